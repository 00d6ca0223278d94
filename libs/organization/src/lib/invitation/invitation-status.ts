import { InvitationStatus } from '@alianza/shared';

/** Where an invitation stands at `now`: a pending one past its expiry is expired. */
export function invitationStatus(
  invitation: { status: InvitationStatus; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  return invitation.status === InvitationStatus.PENDING && invitation.expiresAt <= now
    ? InvitationStatus.EXPIRED
    : invitation.status;
}
