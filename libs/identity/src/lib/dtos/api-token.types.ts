import { Connection } from '@alianza/api-core';
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
  @Field(() => ID, { description: 'The id of the API token.' }) id!: string;
  @Field({ description: 'The name its owner gave the token, to tell tokens apart.' }) name!: string;
  @Field({ description: 'The first characters of the secret, to recognise it.' }) prefix!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the token was created.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the token stops working.' })
  expiresAt!: Date;
  @Field(() => GraphQLISODateTime, {
    description: 'When the token was revoked; null while it is not.',
    nullable: true,
  })
  revokedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    description: 'When a request last used the token; null if never.',
    nullable: true,
  })
  lastUsedAt!: Date | null;
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

@ObjectType('CreatedApiToken', {
  description: 'A token just created: the only time its secret is shown.',
})
export class CreatedApiTokenType {
  @Field(() => ApiTokenType, {
    description: 'The token as listed from now on (without its secret).',
  })
  token!: ApiTokenType;
  @Field({
    description:
      'The secret, shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is kept.',
  })
  secret!: string;
}

export const ApiTokenConnection = Connection(ApiTokenType, 'ApiToken');
