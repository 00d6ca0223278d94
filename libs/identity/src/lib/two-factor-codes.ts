import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The TOTP every authenticator app understands (RFC 6238 as Google Authenticator reads it):
 * HMAC-SHA1, 6 digits, 30-second steps.
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;

/**
 * A code of the step before or after the current one is accepted too: a phone's clock a little
 * off, or a code typed as it changed.
 */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

/** A new shared secret: 160 random bits, in Base32 (what the app is given). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountLabel: string, issuer: string): string {
  return generateURI({
    issuer,
    label: accountLabel,
    secret,
    algorithm: 'sha1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The code as typed ("123 456", "123456"), or null when it cannot be a TOTP code. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, when it is right now (within the tolerance) and of a later
 * step than `afterStep` (the last one accepted: a code is good once); else null.
 */
export function matchingTimeStep(
  secret: string,
  code: string,
  afterStep: number | null,
  nowMs = Date.now(),
): number | null {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(nowMs / 1000),
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
    algorithm: 'sha1',
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // (A TOTP verification's result: the functional API's type also covers HOTP's, without a step.)
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The current code of a secret (tests and the demo; the API never needs it). */
export function currentTotpCode(secret: string, nowMs = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(nowMs / 1000), period: TOTP_PERIOD_SECONDS });
}

/** Recovery codes handed out at once. */
export const RECOVERY_CODE_COUNT = 10;

/** 32 symbols without 0/O and 1/I, so a code read off paper is typed right: 5 bits each. */
const RECOVERY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const RECOVERY_LENGTH = 16; // 80 bits

/** New one-time recovery codes, like `7KQM-2XHD-N4PA-W9TE` (80 random bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(RECOVERY_LENGTH);
    // 256 is a multiple of 32: every symbol is equally likely.
    const symbols = [...bytes].map((b) => RECOVERY_ALPHABET.charAt(b % 32)).join('');
    return [0, 4, 8, 12].map((at) => symbols.slice(at, at + 4)).join('-');
  });
}

/** A recovery code as typed (any case, with or without dashes and spaces), or null if it cannot be one. */
export function normalizeRecoveryCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '');
  if (symbols.length !== RECOVERY_LENGTH) return null;
  for (const c of symbols) if (!RECOVERY_ALPHABET.includes(c)) return null;
  return symbols;
}

/**
 * What is stored of a recovery code: SHA-256 of its user and its normalized symbols. A slow hash
 * (argon2) is not needed: the code carries 80 random bits, beyond any guessing of a leaked hash,
 * and a plain hash lets a sign-in find the code by an index instead of trying ten slow hashes.
 * The user id keeps one account's hashes useless for another's.
 */
export function recoveryCodeHash(userId: string, normalizedCode: string): string {
  return createHash('sha256').update(`${userId}:${normalizedCode}`, 'utf8').digest('hex');
}
