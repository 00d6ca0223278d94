import { NotificationKind } from '@alianza/shared';
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KIND_KEYS = new Map(
  Object.entries(NotificationKind).map(([key, kind]) => [key, kind as NotificationKind]),
);
const KEY_OF = new Map([...KIND_KEYS].map(([key, kind]) => [kind, key]));

/** What an unsubscribe link stops: one kind of email to one user. */
export interface Unsubscription {
  userId: string;
  kind: NotificationKind;
}

function mac(key: string, userId: string, kindKey: string): Buffer {
  return createHmac('sha256', key).update(`alianza-unsubscribe:1:${userId}:${kindKey}`).digest();
}

/**
 * The token of a link that stops one kind of email for one user without signing in:
 * `<user id>.<kind>.<HMAC>` under the instance's unsubscribe key. It never expires (an old email's
 * link still works) and only ever turns email off, so a leaked one does no more than that.
 */
export function unsubscribeToken(key: string, { userId, kind }: Unsubscription): string {
  const kindKey = KEY_OF.get(kind);
  if (!kindKey || !UUID.test(userId)) throw new Error('Not an unsubscription');
  return `${userId}.${kindKey}.${mac(key, userId, kindKey).toString('base64url')}`;
}

/** The unsubscription a token stands for, or null if it was not made with this key. */
export function readUnsubscribeToken(key: string, token: string): Unsubscription | null {
  const [userId, kindKey, signature, ...rest] = token.trim().split('.');
  if (rest.length > 0 || !userId || !kindKey || !signature || !UUID.test(userId)) return null;
  const kind = KIND_KEYS.get(kindKey);
  if (!kind) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, userId, kindKey);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}
