import type { PersistedQueryView } from './persisted-queries';

/** A reporting API token as both apps list it (the fields of the API's `ApiToken`). */
export interface ApiTokenView {
  readonly id: string;
  readonly name: string;
  /** The first characters of the secret, to recognise it. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
  readonly active: boolean;
  /** The persisted queries it is limited to; null or absent: any report. */
  readonly operations?: readonly PersistedQueryView[] | null;
}

export type ApiTokenState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** Days a new token lives unless the user picks another date. */
export const DEFAULT_TOKEN_DAYS = 90;
/** The latest expiry the form offers (the API refuses more than a year and a day). */
export const MAX_TOKEN_DAYS = 365;

/** Revoked wins over expired: a revoked token stays revoked whatever its date. */
export function tokenState(token: ApiTokenView, now: Date = new Date()): ApiTokenState {
  if (token.revokedAt) return 'REVOKED';
  if (!token.active || new Date(token.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** A calendar day `days` after `from`, as the date picker holds it (YYYY-MM-DD, local time). */
export function dayAfter(from: Date, days: number): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant a token picked to expire "on" a day stops working: the end of that local day. */
export function expiryInstant(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1, 23, 59, 59, 0).toISOString();
}
