import { Injectable, NestMiddleware } from '@nestjs/common';
import type { RequestWithViewer } from '@alianza/api-core';
import type { NextFunction, Response } from 'express';
import { IdentityService } from './identity.service';

export const SESSION_COOKIE = 'alianza_session';

function tokenOf(req: RequestWithViewer): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookies = (req as { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE];
}

/** Establishes `req.viewer` from the session cookie (web apps) or a bearer token (API clients). */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly identity: IdentityService) {}

  async use(req: RequestWithViewer, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = tokenOf(req);
      if (token) req.viewer = await this.identity.viewerForToken(token);
      next();
    } catch (error) {
      next(error);
    }
  }
}
