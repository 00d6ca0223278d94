import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { RequestWithViewer } from '@alianza/api-core';
import type { NextFunction, Response } from 'express';
import { Actor, ActorService } from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { Viewer } from '@alianza/shared';
import { apiTokenHash } from './api-token.service';
import { sessionTokenHash } from './identity.service';

export const SESSION_COOKIE = 'alianza_session';

/**
 * The token a client presents: `authorization: Bearer …` (API clients; a websocket's connection
 * parameter), else the session cookie (web apps).
 */
export function presentedToken(
  authorization: unknown,
  cookies: Record<string, string | undefined> | undefined,
): string | undefined {
  if (typeof authorization === 'string' && authorization.startsWith('Bearer '))
    return authorization.slice('Bearer '.length).trim();
  return cookies?.[SESSION_COOKIE];
}

function tokenOf(req: RequestWithViewer): string | undefined {
  const cookies = (req as { cookies?: Record<string, string> }).cookies;
  return presentedToken(req.headers.authorization, cookies);
}

/**
 * Establishes `req.viewer` and the request's actor from the session cookie (web apps), a session
 * bearer token (API clients) or a reporting API token (reports only), then serves the rest of
 * the request under the viewer's database claim: one connection, every statement checked by the
 * row policies as this viewer (see `Db.runAs`), until the response is closed.
 * Looking the session up also marks it seen, at most once a minute and in the same statement
 * (`ActorService.sessionViewer`), so a session's last activity costs no statement of its own.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly logger = new Logger(SessionMiddleware.name);

  constructor(
    protected readonly actors: ActorService,
    protected readonly db: Db,
  ) {}

  /** Who presents the request's token, if anyone (and the reporting API token it is). */
  protected async presenter(
    req: RequestWithViewer,
  ): Promise<{ viewer?: Viewer; apiTokenId?: string }> {
    const token = tokenOf(req);
    const tokenHash = sessionTokenHash(token);
    const reportingTokenHash = apiTokenHash(token);
    if (tokenHash) return { viewer: await this.actors.sessionViewer(tokenHash) };
    if (reportingTokenHash) {
      const found = await this.actors.apiTokenViewer(reportingTokenHash);
      return { viewer: found?.viewer, apiTokenId: found?.tokenId };
    }
    return {};
  }

  async use(
    req: RequestWithViewer & { actor?: Actor },
    res: Response,
    next: NextFunction,
  ): Promise<void> {
    let viewer: Viewer | undefined;
    let apiTokenId: string | undefined;
    try {
      ({ viewer, apiTokenId } = await this.presenter(req));
    } catch (error) {
      next(error);
      return;
    }
    if (!viewer) {
      next();
      return;
    }
    const signedIn = viewer;
    let served = false;
    await this.db
      .runAs(Claims.user(signedIn.userId), async () => {
        const actor = await this.actors.forViewer(signedIn);
        req.actor = apiTokenId ? { ...actor, apiTokenId } : actor;
        req.viewer = signedIn;
        // Until the response is written ('finish') or its connection is gone ('close'): on a
        // kept-alive connection 'close' only comes when the client hangs up.
        await new Promise<void>((resolve) => {
          // The client may have gone while the session was looked up: then nothing is served
          // (and 'close', already emitted, would never come to end the scope).
          if (res.closed || req.socket?.destroyed) {
            resolve();
            return;
          }
          res.once('finish', resolve);
          res.once('close', resolve);
          served = true;
          next();
        });
      })
      .catch((error: unknown) => {
        if (!served) next(error);
        else this.logger.error({ err: error }, 'Ending a request transaction failed');
      });
  }
}

/**
 * For the routes that stream a document (libs/documents' `DOCUMENT_STREAM_ROUTES`, ADR 0030): the
 * same viewer and actor as `SessionMiddleware`, built under the viewer's claim in a scope that
 * ends at once, then the request is served with no claim scope, so no database connection waits
 * while a body streams. The route enters the claim again (`Db.runAs`) for each short
 * transaction it needs.
 */
@Injectable()
export class UnscopedSessionMiddleware extends SessionMiddleware {
  override async use(
    req: RequestWithViewer & { actor?: Actor },
    _res: Response,
    next: NextFunction,
  ): Promise<void> {
    try {
      const { viewer, apiTokenId } = await this.presenter(req);
      if (viewer) {
        const actor = await this.db.runAs(Claims.user(viewer.userId), () =>
          this.actors.forViewer(viewer),
        );
        req.actor = apiTokenId ? { ...actor, apiTokenId } : actor;
        req.viewer = viewer;
      }
    } catch (error) {
      next(error);
      return;
    }
    next();
  }
}
