import { NotificationKind } from '@alianza/shared';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

const KEY = 'a test key for unsubscribe links, 32+ chars';
const userId = '0b5f1f0e-6a39-4c39-9a55-4a8f0e2b7c11';
const kind = NotificationKind.DISCLOSURE_PENDING;

describe('unsubscribe tokens', () => {
  it('reads back the user and kind a token was made for', () => {
    const token = unsubscribeToken(KEY, { userId, kind });
    expect(token).toMatch(/^[\w.-]+$/);
    expect(readUnsubscribeToken(KEY, token)).toEqual({ userId, kind });
  });

  it('refuses a token made under another key, or changed by one character', () => {
    const token = unsubscribeToken(KEY, { userId, kind });
    expect(readUnsubscribeToken('another key of the same length, 32+ chars', token)).toBeNull();
    const otherKind = token.replace('DISCLOSURE_PENDING', 'GRANT_REVOKED');
    expect(readUnsubscribeToken(KEY, otherKind)).toBeNull();
    const otherUser = token.replace(userId, userId.replace('c11', 'c12'));
    expect(readUnsubscribeToken(KEY, otherUser)).toBeNull();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(readUnsubscribeToken(KEY, token.slice(0, -1) + last)).toBeNull();
  });

  it('refuses what is not a token at all', () => {
    for (const junk of ['', '...', 'x.y.z', `${userId}.NOT_A_KIND.abc`, `${userId}.GRANT_REVOKED`])
      expect(readUnsubscribeToken(KEY, junk)).toBeNull();
    expect(
      readUnsubscribeToken(KEY, `${unsubscribeToken(KEY, { userId, kind })}.extra`),
    ).toBeNull();
  });
});
