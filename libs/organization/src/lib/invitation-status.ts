import { AppError, ErrorReason, InvitationStatus } from '@alianza/shared';

/** Where an invitation stands at `now`: a pending one past its expiry is expired. */
export function invitationStatus(
  invitation: { status: InvitationStatus; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  return invitation.status === InvitationStatus.PENDING && invitation.expiresAt <= now
    ? InvitationStatus.EXPIRED
    : invitation.status;
}

/**
 * Why an invitation's link can no longer be used, as an error its page can say (the reason), or
 * null while it is pending. The same for an invitation to an organization or to a collaboration.
 */
export function invitationLinkRefusal(status: InvitationStatus): AppError | null {
  const refused = (message: string, reason: ErrorReason) =>
    AppError.invalidTransition(message, { status: status.toUpperCase() }).because(reason);
  switch (status) {
    case InvitationStatus.PENDING:
      return null;
    case InvitationStatus.EXPIRED:
      return refused(
        'This invitation has expired: ask whoever invited you for a new one.',
        ErrorReason.INVITATION_EXPIRED,
      );
    case InvitationStatus.REVOKED:
      return refused('This invitation was withdrawn.', ErrorReason.INVITATION_WITHDRAWN);
    case InvitationStatus.ACCEPTED:
    case InvitationStatus.DECLINED:
      return refused(
        `This invitation was ${status} already: its link cannot be used again.`,
        ErrorReason.INVITATION_USED,
      );
  }
}
