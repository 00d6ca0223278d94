import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestWithViewer } from '@alianza/api-core';
import { AppError } from '@alianza/shared';
import { ActorService } from './actor.service';
import { POLICY_KEY, PolicyDeclaration, REPORT_ACCESS_KEY } from './policy.decorators';

function requestOf(context: ExecutionContext): RequestWithViewer {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithViewer>();
}

/**
 * Global guard: every operation must declare a policy (deny by default); reporting API tokens
 * reach only operations marked `@ReportAccess()`. Builds the request's
 * actor and applies the coarse check; the rows themselves are filtered in SQL by services.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorService,
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
    if (declaration.kind === 'authenticated') return true;
    if (!actor.ability.can(declaration.action, declaration.subject)) throw AppError.forbidden();
    return true;
  }
}
