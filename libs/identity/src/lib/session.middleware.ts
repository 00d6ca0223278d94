import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { RequestWithViewer } from '@alianza/api-core';
import type { NextFunction, Response } from 'express';
import { Actor, ActorService } from '@alianza/authz';
import { Credential } from '@alianza/db';
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

/** The credential a request presents, by its hash, if it can be one of ours. */
function credentialOf(req: RequestWithViewer): Credential | undefined {
  const token = tokenOf(req);
  const sessionHash = sessionTokenHash(token);
  if (sessionHash) return { kind: 'session', tokenHash: sessionHash };
  const reportingHash = apiTokenHash(token);
  if (reportingHash) return { kind: 'api-token', tokenHash: reportingHash };
  return undefined;
}

/**
 * Establishes `req.viewer` and the request's actor from the session cookie (web apps), a session
 * bearer token (API clients) or a reporting API token (reports only), then serves the rest of
 * the request under the viewer's database claim: one connection, every statement checked by the
 * row policies as this viewer, until the response is closed.
 * The request's first transaction looks the token up, marks it seen (at most once a minute) and
 * enters its user's claim in one statement (`ActorService.asHolder`, ADR 0036): guards read
 * `req.viewer` before any other statement. A token no live session or reporting token has
 * leaves the request anonymous, with no transaction open; a request without one sends nothing.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly logger = new Logger(SessionMiddleware.name);

  constructor(protected readonly actors: ActorService) {}

  async use(
    req: RequestWithViewer & { actor?: Actor },
    res: Response,
    next: NextFunction,
  ): Promise<void> {
    const credential = credentialOf(req);
    if (!credential) {
      next();
      return;
    }
    let served = false;
    await this.actors
      .asHolder(credential, async (actor) => {
        req.actor = actor;
        req.viewer = actor.viewer;
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
      .then(
        (held) => {
          // No live session or token has it: served as anyone without one is.
          if (!held) next();
        },
        (error: unknown) => {
          if (!served) next(error);
          else this.logger.error({ err: error }, 'Ending a request transaction failed');
        },
      );
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
      const credential = credentialOf(req);
      const held = credential && (await this.actors.asHolder(credential, async (a) => a));
      if (held) {
        req.actor = held.value;
        req.viewer = held.value.viewer;
      }
    } catch (error) {
      next(error);
      return;
    }
    next();
  }
}
