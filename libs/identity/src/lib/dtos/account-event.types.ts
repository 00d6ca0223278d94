import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { AccountEventKind } from '@alianza/shared';
import { AccountEventEntity } from '../entities/account-event.entity';

registerEnumType(AccountEventKind, {
  valuesMap: {
    CALENDAR_FEED_CREATED: { description: 'A calendar feed was created.' },
    CALENDAR_FEED_REVOKED: { description: 'A calendar feed was revoked.' },
    EMAIL_CHANGED: { description: 'The sign-in email address was changed.' },
    EMAIL_CHANGE_REQUESTED: { description: 'A change of the email address was asked for.' },
    EMAIL_VERIFIED: { description: 'The email address was confirmed.' },
    OTHER_SESSIONS_ENDED: { description: 'Every other session was ended.' },
    PASSWORD_CHANGED: { description: 'The password was changed.' },
    RECOVERY_CODES_REGENERATED: {
      description: 'New recovery codes were made; the old ones stopped working.',
    },
    RECOVERY_CODE_USED: { description: 'A recovery code was used to sign in.' },
    SECOND_FACTOR_DISABLED: { description: 'Two-factor authentication was turned off.' },
    SECOND_FACTOR_ENABLED: { description: 'Two-factor authentication was turned on.' },
    SECOND_FACTOR_RESET: { description: 'An administrator removed the second factor.' },
    SESSION_ENDED: { description: 'A session was ended.' },
  },
  name: 'AccountEventKind',
  description: 'What changed how an account signs in.',
});

@ObjectType('AccountEventActor', { description: 'Someone other than the user who acted.' })
export class AccountEventActorType {
  @Field(() => ID, { description: 'The id of the person who acted.' }) id!: string;
  @Field({ description: 'The name the person shows to others.' }) displayName!: string;
}

@ObjectType('AccountEvent', {
  description: 'An entry of the account security log: a change to how the account signs in.',
})
export class AccountEventType {
  @Field(() => ID, { description: 'The id of the event.' }) id!: string;
  @Field(() => AccountEventKind, { description: 'What happened to the account.' })
  kind!: AccountEventKind;
  @Field(() => GraphQLISODateTime, { description: 'When it happened.' }) at!: Date;
  @Field(() => String, { nullable: true, description: "The client's address, when known." })
  ip!: string | null;
  @Field(() => String, { nullable: true, description: 'The browser or program, when known.' })
  userAgent!: string | null;
  @Field(() => String, { nullable: true, description: 'Why, when someone else acted.' })
  reason!: string | null;
  @Field(() => AccountEventActorType, {
    nullable: true,
    description: 'Who acted, when it was not the user (a platform administrator).',
  })
  actor!: AccountEventActorType | null;

  static from(e: AccountEventEntity): AccountEventType {
    const other = e.actor && e.actor.id !== e.userId ? e.actor : null;
    return Object.assign(new AccountEventType(), {
      id: e.id,
      kind: e.kind,
      at: e.at,
      ip: e.ip,
      userAgent: e.userAgent,
      reason: e.reason,
      actor: other ? { id: other.id, displayName: other.displayName } : null,
    });
  }
}

export const AccountEventConnection = Connection(AccountEventType, 'AccountEvent');
