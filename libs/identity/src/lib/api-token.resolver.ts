import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  AppConfig,
  mapPage,
  oneOf,
  Page,
  PageArgs,
  ProtectedAction,
  RenamedIdArg,
} from '@alianza/api-core';
import {
  Actor,
  Authenticated,
  CurrentActor,
  requireViewer,
  secondFactorMissing,
} from '@alianza/authz';
import { AppError } from '@alianza/shared';
import { ApiTokenService } from './api-token.service';
import { CreateApiTokenInput } from './dtos/api-token.inputs';
import { ApiTokenConnection, ApiTokenType, CreatedApiTokenType } from './dtos/api-token.types';
import { UserType } from './dtos/user.types';

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

/**
 * A user's reporting API tokens: the user's own, to that user alone. `me` answers a reporting
 * token and a staff session still without its second factor: neither reads tokens here, as
 * neither could through the root `apiTokens`.
 */
@Resolver(() => UserType)
export class UserApiTokensResolver {
  constructor(
    private readonly tokens: ApiTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => ApiTokenConnection, {
    description:
      'The reporting API tokens of this user, newest first (revoked and expired ones included): only for the user themself, FORBIDDEN for anyone else and through a reporting API token.',
  })
  async apiTokens(
    @Parent() user: UserType,
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Page<ApiTokenType>> {
    if (actor.apiTokenId) throw AppError.forbidden('A reporting API token may only read reports.');
    const viewer = requireViewer(actor);
    if (secondFactorMissing(viewer, this.config.twoFactor.requiredForStaff))
      throw AppError.secondFactorRequired();
    if (viewer.userId !== user.id)
      throw AppError.forbidden('Only the user may see their API tokens.');
    return mapPage(await this.tokens.page(actor, page), ApiTokenType.from);
  }
}
