import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  normalizeIp,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
} from '@nestjs/throttler';
import { AppError } from '@alianza/shared';
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import type { AppConfig } from '../config';
import type { RequestWithViewer } from '../gql-context';
import {
  PROTECTED_ACTION_KEY,
  ProtectedActionOptions,
  REQUEST_BUDGET_KEY,
} from './rate-limit.decorators';
import type { RateLimitStore } from './rate-limit.store';

interface Call {
  req: RequestWithViewer;
  /** Absent for a subscription over a websocket. */
  res: Response | undefined;
  args: Record<string, unknown>;
}

function callOf(context: ExecutionContext): Call {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    const { req, res } = gql.getContext<{ req: RequestWithViewer; res?: Response }>();
    return { req, res, args: gql.getArgs<Record<string, unknown>>() ?? {} };
  }
  const http = context.switchToHttp();
  const req = http.getRequest<RequestWithViewer>();
  return {
    req,
    res: http.getResponse<Response>(),
    args: (req.body as Record<string, unknown> | undefined) ?? {},
  };
}

/** The client's address (Express' `req.ip`, which honours TRUST_PROXY); IPv6 by its /64. */
export function clientIp(req: Pick<RequestWithViewer, 'ip' | 'socket'>): string {
  const ip = req.ip ?? req.socket?.remoteAddress;
  return ip ? normalizeIp(ip) : 'unknown';
}

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/**
 * The rate limits as the throttler applies them, in four budgets:
 * - `ip` and `user`: every GraphQL operation (each root field of a query or mutation) and every
 *   route of a `@RequestBudget()` controller, per client address and per signed-in user;
 * - `action-ip` and `action-account`: each `@ProtectedAction()` on its own, per client address
 *   and per account (an email, hashed, or the signed-in user).
 */
export function throttlerOptions(config: AppConfig, store: RateLimitStore): ThrottlerModuleOptions {
  const { keyPrefix, ipPerMinute, userPerMinute, action } = config.rateLimits;
  const reflector = new Reflector();
  const budgeted = (context: ExecutionContext): boolean =>
    context.getType<string>() === 'graphql'
      ? callOf(context).res !== undefined
      : reflector.getAllAndOverride<boolean>(REQUEST_BUDGET_KEY, [
          context.getHandler(),
          context.getClass(),
        ]) === true;
  const protectedAction = (context: ExecutionContext) =>
    reflector.get<ProtectedActionOptions | undefined>(PROTECTED_ACTION_KEY, context.getHandler());
  const accountOf = (context: ExecutionContext): string | undefined => {
    const call = callOf(context);
    const named = protectedAction(context)?.account?.(call.args);
    if (typeof named === 'string' && named.trim() !== '') return named.trim().toLowerCase();
    return call.req.viewer ? `user:${call.req.viewer.userId}` : undefined;
  };
  const actionName = (context: ExecutionContext) =>
    `${context.getClass().name}.${context.getHandler().name}`;
  const byIp = (req: object) => clientIp(req as RequestWithViewer);
  return {
    storage: store,
    setHeaders: false,
    throttlers: [
      {
        name: 'ip',
        limit: ipPerMinute,
        ttl: 60_000,
        skipIf: (context) => !budgeted(context),
        getTracker: byIp,
        generateKey: (_context, ip) => `${keyPrefix}ip:${ip}`,
      },
      {
        name: 'user',
        limit: userPerMinute,
        ttl: 60_000,
        skipIf: (context) => !budgeted(context) || !callOf(context).req.viewer,
        getTracker: (req: object) => String((req as RequestWithViewer).viewer?.userId),
        generateKey: (_context, userId) => `${keyPrefix}user:${userId}`,
      },
      {
        name: 'action-ip',
        limit: action.perIp,
        ttl: action.windowMs,
        skipIf: (context) => !protectedAction(context),
        getTracker: byIp,
        generateKey: (context, ip) => `${keyPrefix}action:${actionName(context)}:ip:${ip}`,
      },
      {
        name: 'action-account',
        limit: action.perAccount,
        ttl: action.windowMs,
        skipIf: (context) => !protectedAction(context) || !accountOf(context),
        getTracker: (_req, context) => sha256(accountOf(context) ?? ''),
        generateKey: (context, account) =>
          `${keyPrefix}action:${actionName(context)}:account:${account}`,
      },
    ],
  };
}

/**
 * The throttler's guard for GraphQL as well as HTTP (it reads the request from the GraphQL
 * context), answering RATE_LIMITED with `details.retryAfterSeconds`; the exception filter adds
 * the `Retry-After` header (and 429 on HTTP routes).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    const { req, res } = callOf(context);
    // The base class reads the user agent off the request (headers are off: see the filter).
    return {
      req: req as unknown as Record<string, unknown>,
      res: (res ?? {}) as unknown as Record<string, unknown>,
    };
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const what = detail.key.includes(':action:') ? 'Too many attempts' : 'Too many requests';
    throw AppError.rateLimited(detail.timeToBlockExpire, what);
  }
}
