import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { Locale } from '@alianza/mail';
import { UserEntity } from '../entities/user.entity';
import { SecondFactorChallengeType } from './two-factor.types';

@ObjectType('User', { description: 'A person with an account.' })
export class UserType {
  @Field(() => ID, { description: 'The id of the user.' })
  id!: string;

  @Field({ description: 'The email address the person signs in with.' })
  email!: string;

  @Field({ description: 'The name the person shows to others.' })
  displayName!: string;

  @Field({ description: 'May register facilitators.' })
  isPlatformAdmin!: boolean;

  @Field({ description: 'May create collaborations and facilitate them.' })
  isFacilitator!: boolean;

  @Field(() => Locale, {
    description:
      'The language of the account: the web apps take it on sign-in, and every email to it is written in it.',
  })
  locale!: Locale;

  @Field({
    description:
      'Whether the address is proven (a link emailed to it was followed). Until it is, invitations sent to the address cannot be answered from this account.',
  })
  emailVerified!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt!: Date;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      isPlatformAdmin: entity.isPlatformAdmin,
      isFacilitator: entity.isFacilitator,
      locale: entity.locale,
      emailVerified: entity.emailVerifiedAt !== null,
      createdAt: entity.createdAt,
    });
  }
}

export const UserConnection = Connection(UserType, 'User');

@ObjectType({
  description:
    'The answer to a sign-in: a session, or (for an account with two-factor sign-in) the second step it waits for.',
})
export class AuthPayload {
  @Field(() => UserType, {
    nullable: true,
    description: 'The signed-in user; null while the sign-in waits for a second factor.',
  })
  user!: UserType | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the session ends; null while the sign-in waits for a second factor.',
  })
  expiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only when `issueBearerToken` was asked for. Shown once; store it like a password.',
  })
  bearerToken!: string | null;

  @Field(() => SecondFactorChallengeType, {
    nullable: true,
    description:
      'Set when the password was right and the account signs in with a second factor: no session yet; finish with `completeLogin`.',
  })
  secondFactorChallenge!: SecondFactorChallengeType | null;
}
