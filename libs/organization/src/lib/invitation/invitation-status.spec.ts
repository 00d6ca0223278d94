import { InvitationStatus } from '@alianza/shared';
import { invitationStatus } from './invitation-status';

describe('invitationStatus', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('keeps a pending invitation pending until its expiry, then calls it expired', () => {
    const pending = (expiresAt: Date) => ({ status: InvitationStatus.PENDING, expiresAt });
    expect(invitationStatus(pending(at('2026-12-05T10:00:01Z')), now)).toBe(
      InvitationStatus.PENDING,
    );
    expect(invitationStatus(pending(now), now)).toBe(InvitationStatus.EXPIRED);
    expect(invitationStatus(pending(at('2026-11-01T00:00:00Z')), now)).toBe(
      InvitationStatus.EXPIRED,
    );
  });

  it('leaves an answered or revoked invitation as it was, expired or not', () => {
    for (const status of [
      InvitationStatus.ACCEPTED,
      InvitationStatus.DECLINED,
      InvitationStatus.REVOKED,
    ])
      expect(invitationStatus({ status, expiresAt: at('2026-11-01T00:00:00Z') }, now)).toBe(status);
  });
});
