import { claimSigner } from '@alianza/db';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  INVITATION_LINK_PURPOSE,
  invitationTokenHash,
  newInvitationToken,
} from './invitation-link';

describe('invitation link tokens', () => {
  const key = randomBytes(32);
  const signer = claimSigner(key);

  it('are unguessable, and only a keyed hash of them is kept', () => {
    const a = newInvitationToken(signer);
    const b = newInvitationToken(signer);
    expect(a.token).toMatch(/^alzi_[\w-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token.slice(5));
    const sha256 = createHash('sha256').update(a.token).digest('hex');
    expect(a.hash).not.toBe(sha256);
    // HMAC-SHA256 under the key of the token's SHA-256 (what the migration converted in place).
    expect(a.hash).toBe(
      createHmac('sha256', key).update(`${INVITATION_LINK_PURPOSE}\0${sha256}`).digest('hex'),
    );
    // Without the key, no one computes it.
    expect(newInvitationToken(claimSigner(randomBytes(32))).hash).not.toBe(a.hash);
  });

  it('looks up only what can be one of them', () => {
    const { token, hash } = newInvitationToken(signer);
    expect(invitationTokenHash(signer, token)).toBe(hash);
    expect(invitationTokenHash(claimSigner(randomBytes(32)), token)).not.toBe(hash);
    expect(invitationTokenHash(signer, 'alz_session-token')).toBeUndefined();
    expect(invitationTokenHash(signer, `alzi_${'x'.repeat(200)}`)).toBeUndefined();
    expect(invitationTokenHash(signer, '')).toBeUndefined();
  });
});
