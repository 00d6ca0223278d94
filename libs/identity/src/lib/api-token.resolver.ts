import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IdArg, ProtectedAction, Trim } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { Type } from 'class-transformer';
import { IsDate, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ApiTokenService } from './api-token.service';
import { ApiTokenEntity } from './entities/api-token.entity';

@ObjectType('ApiToken', {
  description: 'A reporting API token: reads reports with its owner’s access, nothing else.',
})
class ApiTokenType {
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
class CreatedApiTokenType {
  @Field(() => ApiTokenType) token!: ApiTokenType;
  @Field({
    description:
      'The secret, shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is kept.',
  })
  secret!: string;
}

@InputType()
class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Monthly board report".' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working (at most a year).' })
  @Type(() => Date)
  @IsDate()
  expiresAt!: Date;
}

@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Authenticated() // one's own tokens only (SQL)
  @Query(() => [ApiTokenType], { description: 'Your reporting API tokens, newest first.' })
  async apiTokens(@CurrentActor() actor: Actor): Promise<ApiTokenType[]> {
    return (await this.tokens.list(actor)).map(ApiTokenType.from);
  }

  @Authenticated() // any user may read reports through a token; the token has their access
  @ProtectedAction() // creates a credential: limited per user and per address
  @Mutation(() => CreatedApiTokenType, {
    description: 'Create a read-only reporting API token. The secret is returned once.',
  })
  async createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenType> {
    const { token, secret } = await this.tokens.create(actor, input.name, input.expiresAt);
    return { token: ApiTokenType.from(token), secret };
  }

  @Authenticated() // one's own tokens only (SQL)
  @Mutation(() => ApiTokenType, { description: 'Revoke a reporting API token, at once.' })
  async revokeApiToken(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<ApiTokenType> {
    return ApiTokenType.from(await this.tokens.revoke(actor, id));
  }
}
