import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { oneOf, ProtectedAction, RenamedIdArg } from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import { ApiTokenService } from './api-token.service';
import { CreateApiTokenInput } from './dtos/api-token.inputs';
import { ApiTokenType, CreatedApiTokenType } from './dtos/api-token.types';

@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Authenticated() // one's own tokens only (SQL)
  @Query(() => [ApiTokenType], {
    description: 'Your reporting API tokens, newest first.',
    deprecationReason:
      'Use me { apiTokens } (User.apiTokens, a connection). Removed after 2027-06-30.',
  })
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
    @Args('input', { description: 'The name and lifetime of the token.' })
    input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenType> {
    const { token, secret } = await this.tokens.create(
      actor,
      input.name,
      input.expiresAt,
      input.operations,
    );
    return { token: ApiTokenType.from(token), secret };
  }

  @Authenticated() // one's own tokens only (SQL)
  @Mutation(() => ApiTokenType, { description: 'Revoke a reporting API token, at once.' })
  async revokeApiToken(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('apiTokenId') apiTokenId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'apiTokenId' })
    id: string | undefined,
  ): Promise<ApiTokenType> {
    return ApiTokenType.from(
      await this.tokens.revoke(actor, oneOf({ apiTokenId, id }, 'apiTokenId')),
    );
  }
}
