import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { UserEntity } from '../entities/user.entity';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'May register facilitators.' })
  isPlatformAdmin!: boolean;

  @Field({ description: 'May create collaborations and facilitate them.' })
  isFacilitator!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      isPlatformAdmin: entity.isPlatformAdmin,
      isFacilitator: entity.isFacilitator,
      createdAt: entity.createdAt,
    });
  }
}

export const UserConnection = Connection(UserType, 'User');

@ObjectType()
export class AuthPayload {
  @Field(() => UserType)
  user!: UserType;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Only when `issueBearerToken` was asked for. Shown once; store it like a password.',
  })
  bearerToken!: string | null;
}
