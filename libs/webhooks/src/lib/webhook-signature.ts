import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'Alianza-Signature';
/** The event's id: the same on every attempt and replay (receivers deduplicate on it). */
export const EVENT_ID_HEADER = 'Alianza-Event-Id';
export const EVENT_KIND_HEADER = 'Alianza-Event-Kind';
export const DELIVERY_ID_HEADER = 'Alianza-Delivery-Id';

/**
 * The signature of a body sent at `timestamp` (unix seconds): HMAC-SHA256 under the endpoint's
 * secret of `"<timestamp>.<raw body>"`, in hex. Signing the time with the body lets a receiver
 * refuse an old delivery played again (replay attack) by the age of `t`.
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/**
 * What a receiver does (and the tests do): true when the header's `v1` is the HMAC of
 * `"<t>.<body>"` and `t` is at most `toleranceSeconds` from `now` (unix seconds).
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  now = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(now - t) > toleranceSeconds) return false;
  const expected = signatureHeader(secret, body, t).split('v1=')[1] ?? '';
  return v1.length === expected.length && timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}
