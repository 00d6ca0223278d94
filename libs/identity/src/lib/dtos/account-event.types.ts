import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { AccountEventKind } from '@alianza/shared';
import { AccountEventEntity } from '../entities/account-event.entity';

registerEnumType(AccountEventKind, {
  name: 'AccountEventKind',
  description: 'What changed how an account signs in.',
});

@ObjectType('AccountEventActor', { description: 'Someone other than the user who acted.' })
export class AccountEventActorType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('AccountEvent', {
  description: 'An entry of the account security log: a change to how the account signs in.',
})
export class AccountEventType {
  @Field(() => ID) id!: string;
  @Field(() => AccountEventKind) kind!: AccountEventKind;
  @Field(() => GraphQLISODateTime) at!: Date;
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
