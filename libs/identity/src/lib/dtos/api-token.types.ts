import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ApiTokenEntity } from '../entities/api-token.entity';

@ObjectType('PersistedQuery', {
  description: 'A GraphQL document a reporting token may run, with the hash to send it by.',
})
export class PersistedQueryType {
  @Field({
    description: 'The SHA-256 (hex) of `document`: `extensions.persistedQuery.sha256Hash`.',
  })
  sha256Hash!: string;
  @Field({ description: 'The document, exactly as given when the token was created.' })
  document!: string;
}

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
  @Field(() => [PersistedQueryType], {
    nullable: true,
    description: 'The persisted queries the token is limited to; null: any report operation.',
  })
  operations!: PersistedQueryType[] | null;

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
      operations: t.operations
        ? Object.entries(t.operations).map(([sha256Hash, document]) => ({ sha256Hash, document }))
        : null,
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
