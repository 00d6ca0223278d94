import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig, type RequestWithViewer } from '@alianza/api-core';
import { AppError, Viewer } from '@alianza/shared';
import { ActorService } from './actor.service';
import {
  BEFORE_SECOND_FACTOR_KEY,
  POLICY_KEY,
  PolicyDeclaration,
  REPORT_ACCESS_KEY,
} from './policy.decorators';

function requestOf(context: ExecutionContext): RequestWithViewer {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithViewer>();
}

/** Whether the instance requires a second factor of this viewer: a facilitator or administrator. */
export function secondFactorRequired(viewer: Viewer, requiredForStaff: boolean): boolean {
  return requiredForStaff && (viewer.isFacilitator || viewer.isPlatformAdmin);
}

/**
 * Whether the instance requires a second factor of this viewer and the viewer, signed in with a
 * session, has none (a reporting token's viewer does not say, and reads reports only).
 */
export function secondFactorMissing(viewer: Viewer, requiredForStaff: boolean): boolean {
  return secondFactorRequired(viewer, requiredForStaff) && viewer.hasSecondFactor === false;
}

/**
 * Global guard: every operation must declare a policy (deny by default); reporting API tokens
 * reach only operations marked `@ReportAccess()`; a staff session that must still set up its
 * second factor reaches only public operations and those marked `@BeforeSecondFactor()`
 * (SECOND_FACTOR_REQUIRED). Builds the request's actor and applies the coarse check; the rows
 * themselves are filtered in SQL by services.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.get<PolicyDeclaration | undefined>(
      POLICY_KEY,
      context.getHandler(),
    );
    if (!declaration) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no policy: refused`,
      );
      throw AppError.forbidden();
    }
    const req = requestOf(context);
    const actor = await this.actors.forRequest(req);
    if (actor.apiTokenId && !this.reflector.get<boolean>(REPORT_ACCESS_KEY, context.getHandler())) {
      throw AppError.forbidden('A reporting API token may only read reports.');
    }
    if (declaration.kind === 'public') return true;
    if (!actor.viewer) throw AppError.unauthenticated();
    if (
      secondFactorMissing(actor.viewer, this.config.twoFactor.requiredForStaff) &&
      !this.reflector.get<boolean>(BEFORE_SECOND_FACTOR_KEY, context.getHandler())
    )
      throw AppError.secondFactorRequired();
    if (declaration.kind === 'authenticated') return true;
    if (!actor.ability.can(declaration.action, declaration.subject)) throw AppError.forbidden();
    return true;
  }
}
