import { Inject } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, mapPage, Page, PageArgs } from '@alianza/api-core';
import { Actor, CurrentActor, requireViewer, secondFactorMissing } from '@alianza/authz';
import { AppError } from '@alianza/shared';
import { ApiTokenService } from './api-token.service';
import { ApiTokenConnection, ApiTokenType } from './dtos/api-token.types';
import { UserType } from './dtos/user.types';

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
