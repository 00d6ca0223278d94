import { AppConfig, GqlContext } from '@alianza/api-core';
import type { CookieOptions } from 'express';
import { AuthPayload, UserType } from './dtos/user.types';
import { SessionKind } from './entities/session.entity';
import type { IssuedSession } from './identity.service';
import type { PendingSecondFactor } from './second-factor-login.service';
import { SESSION_COOKIE } from './session.middleware';

/** The session cookie's attributes (`expires` unset: to clear it). */
export function sessionCookieOptions(config: AppConfig, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/', expires };
}

/**
 * How `login` and `completeLogin` answer a new session: the cookie for a web app, the token in
 * the answer for an API client that asked for a bearer token.
 */
export function answerWithSession(
  ctx: GqlContext,
  config: AppConfig,
  session: IssuedSession,
  kind: SessionKind,
): AuthPayload {
  if (kind === SessionKind.COOKIE)
    ctx.res.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(config, session.expiresAt));
  return {
    user: UserType.from(session.user),
    expiresAt: session.expiresAt,
    bearerToken: kind === SessionKind.BEARER ? session.token : null,
    secondFactorChallenge: null,
  };
}

/** How `login` answers when the sign-in waits for a second factor: no session yet. */
export function answerWithChallenge(pending: PendingSecondFactor): AuthPayload {
  return {
    user: null,
    expiresAt: null,
    bearerToken: null,
    secondFactorChallenge: { token: pending.challenge, expiresAt: pending.expiresAt },
  };
}
