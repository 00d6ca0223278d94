import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a scrape may read the metrics: without METRICS_TOKEN, yes (the listener's placement is
 * the protection: see ObservabilityConfig); with it, only `Authorization: Bearer <token>`,
 * compared in constant time.
 */
export function scrapeAllowed(
  authorization: string | string[] | undefined,
  token: string | undefined,
): boolean {
  if (token === undefined) return true;
  if (typeof authorization !== 'string') return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match !== null && timingSafeEqual(digest(match[1] as string), digest(token));
}
