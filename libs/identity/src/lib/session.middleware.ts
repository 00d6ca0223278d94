import { Injectable, NestMiddleware } from '@nestjs/common';
import type { RequestWithViewer } from '@alianza/api-core';
import type { NextFunction, Response } from 'express';
import { Actor, ActorService } from '@alianza/authz';
import { apiTokenHash } from './api-token.service';
import { sessionTokenHash } from './identity.service';

export const SESSION_COOKIE = 'alianza_session';

function tokenOf(req: RequestWithViewer): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookies = (req as { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE];
}

/**
 * Establishes `req.viewer` (and the request's actor, in the same query) from the session cookie
 * (web apps), a session bearer token (API clients) or a reporting API token (reports only).
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly actors: ActorService) {}

  async use(
    req: RequestWithViewer & { actor?: Actor },
    _res: Response,
    next: NextFunction,
  ): Promise<void> {
    try {
      const token = tokenOf(req);
      const tokenHash = sessionTokenHash(token);
      const reportingTokenHash = apiTokenHash(token);
      if (tokenHash) req.actor = await this.actors.forSessionToken(tokenHash);
      else if (reportingTokenHash) req.actor = await this.actors.forApiToken(reportingTokenHash);
      req.viewer = req.actor?.viewer;
      next();
    } catch (error) {
      next(error);
    }
  }
}
