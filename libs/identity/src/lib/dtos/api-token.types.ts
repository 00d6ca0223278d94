import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ApiTokenEntity } from '../entities/api-token.entity';

@ObjectType('ApiToken', {
  description: 'A reporting API token: reads reports with its owner’s access, nothing else.',
})
export class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the secret, to recognise it.' }) prefix!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt!: Date | null;
  @Field({ description: 'Neither revoked nor expired.' }) active!: boolean;

  static from(t: ApiTokenEntity): ApiTokenType {
    return Object.assign(new ApiTokenType(), {
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      revokedAt: t.revokedAt,
      lastUsedAt: t.lastUsedAt,
      active: !t.revokedAt && t.expiresAt.getTime() > Date.now(),
    });
  }
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field(() => ApiTokenType) token!: ApiTokenType;
  @Field({
    description:
      'The secret, shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is kept.',
  })
  secret!: string;
}
