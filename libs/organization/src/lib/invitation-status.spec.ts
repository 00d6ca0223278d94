import { ErrorCode, ErrorReason, InvitationStatus } from '@alianza/shared';
import { invitationLinkRefusal, invitationStatus } from './invitation-status';

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

describe('invitationLinkRefusal', () => {
  it('lets a pending link through and names why any other cannot be used', () => {
    expect(invitationLinkRefusal(InvitationStatus.PENDING)).toBeNull();
    const refusal = (status: InvitationStatus) => {
      const error = invitationLinkRefusal(status);
      return { code: error?.code, reason: error?.reason, status: error?.details?.['status'] };
    };
    expect(refusal(InvitationStatus.EXPIRED)).toEqual({
      code: ErrorCode.INVALID_TRANSITION,
      reason: ErrorReason.INVITATION_EXPIRED,
      status: 'EXPIRED',
    });
    expect(refusal(InvitationStatus.REVOKED).reason).toBe(ErrorReason.INVITATION_WITHDRAWN);
    expect(refusal(InvitationStatus.ACCEPTED).reason).toBe(ErrorReason.INVITATION_USED);
    expect(refusal(InvitationStatus.DECLINED).reason).toBe(ErrorReason.INVITATION_USED);
  });
});
