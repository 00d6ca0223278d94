import { generateSync } from 'otplib';
import { Api, TestUser } from './api';

/**
 * The code an authenticator app shows for `secret`, `steps` time steps from now (the API accepts
 * the step before and after the current one; a code of a step already used never again).
 */
export function totp(secret: string, steps = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** A code no step near now has: wrong for sure. */
export function wrongCode(secret: string): string {
  const near = new Set([-1, 0, 1, 2].map((s) => totp(secret, s)));
  for (let n = 0; ; n += 1) {
    const code = String(n).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

export interface TwoFactorUser extends TestUser {
  secret: string;
  recoveryCodes: string[];
  /** The code that confirmed the set-up: spent. */
  confirmedWith: string;
}

/** Turns two-factor sign-in on for `user` (spending the current time step's code). */
export async function enableTwoFactor(t: Api, user: TestUser): Promise<TwoFactorUser> {
  const started = await t.ok<{ startTwoFactorSetup: { secret: string } }>(
    `mutation { startTwoFactorSetup { secret } }`,
    {},
    user,
  );
  const secret = started.startTwoFactorSetup.secret;
  const code = totp(secret);
  const confirmed = await t.ok<{ confirmTwoFactorSetup: { codes: string[] } }>(
    `mutation($input: TwoFactorCodeInput!) { confirmTwoFactorSetup(input: $input) { codes } }`,
    { input: { code } },
    user,
  );
  return {
    ...user,
    secret,
    recoveryCodes: confirmed.confirmTwoFactorSetup.codes,
    confirmedWith: code,
  };
}

export const LOGIN_STEP = `mutation($input: LoginInput!) {
  login(input: $input) { user { id } expiresAt bearerToken secondFactorChallenge { token expiresAt } } }`;
export const COMPLETE_LOGIN = `mutation($input: CompleteLoginInput!) {
  completeLogin(input: $input) { user { id email } expiresAt bearerToken secondFactorChallenge { token } } }`;

/** The challenge `login` answers an account with a second factor (bearer session asked for). */
export async function challengeOf(t: Api, user: { email: string; password: string }) {
  const data = await t.ok<{ login: { secondFactorChallenge: { token: string } | null } }>(
    LOGIN_STEP,
    { input: { email: user.email, password: user.password, issueBearerToken: true } },
  );
  const challenge = data.login.secondFactorChallenge?.token;
  if (!challenge) throw new Error('login answered no second-factor challenge');
  return challenge;
}

/** Signs a two-factor user in with a code `steps` away from now; their new bearer token. */
export async function signInWithCode(t: Api, user: TwoFactorUser, steps = 1): Promise<string> {
  const challenge = await challengeOf(t, user);
  const data = await t.ok<{ completeLogin: { bearerToken: string } }>(COMPLETE_LOGIN, {
    input: { challenge, code: totp(user.secret, steps) },
  });
  return data.completeLogin.bearerToken;
}
