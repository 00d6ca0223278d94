import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { SessionEntity, SessionKind } from '../entities/session.entity';

registerEnumType(SessionKind, {
  name: 'SessionKind',
  description:
    "How a session is held: the web apps' cookie, or a bearer token an API client asked for.",
  valuesMap: {
    COOKIE: { description: 'A web app (the session cookie).' },
    BEARER: { description: 'An API client that signed in with `issueBearerToken`.' },
  },
});

@ObjectType('Session', {
  description: 'A place where you are signed in: a browser, or an API client that signed in.',
})
export class SessionType {
  @Field(() => ID, { description: 'The id of the session.' }) id!: string;
  @Field(() => SessionKind, { description: 'How the session was opened.' }) kind!: SessionKind;
  @Field(() => GraphQLISODateTime, { description: 'When it signed in.' })
  createdAt!: Date;
  @Field(() => GraphQLISODateTime, {
    description: 'When it was last used (marked at most once a minute).',
  })
  lastSeenAt!: Date;
  @Field(() => GraphQLISODateTime, {
    description: 'When the session ends unless it is used again.',
  })
  expiresAt!: Date;
  @Field(() => String, { nullable: true, description: 'The browser or program, when known.' })
  userAgent!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The client's address when it signed in, when known.",
  })
  ipAddress!: string | null;
  @Field({ description: 'Whether this is the session the request came with.' })
  current!: boolean;

  static from(s: SessionEntity, currentSessionId: string): SessionType {
    return Object.assign(new SessionType(), {
      id: s.id,
      kind: s.kind,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      userAgent: s.userAgent,
      ipAddress: s.ip,
      current: s.id === currentSessionId,
    });
  }
}

export const SessionConnection = Connection(SessionType, 'Session');
