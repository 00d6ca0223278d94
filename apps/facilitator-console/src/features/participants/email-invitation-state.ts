import type { ConsoleCollaborationInvitationRowFragment } from './participants.generated';

/** Where an invitation by email stands, as the facilitator follows it. */
export type EmailInvitationStage = 'SENT' | 'OPENED' | 'ACCEPTED' | 'WITHDRAWN' | 'EXPIRED';

type Row = Pick<ConsoleCollaborationInvitationRowFragment, 'status' | 'openedAt'>;

/** Sent, then opened (its link was followed), accepted; or withdrawn, or expired unanswered. */
export function emailInvitationStage(invitation: Row): EmailInvitationStage {
  switch (invitation.status) {
    case 'PENDING':
      return invitation.openedAt ? 'OPENED' : 'SENT';
    case 'ACCEPTED':
      return 'ACCEPTED';
    case 'EXPIRED':
      return 'EXPIRED';
    default:
      return 'WITHDRAWN';
  }
}

/** A pending invitation, or one that expired unanswered, may be sent again with a new link. */
export function canResend(invitation: Row): boolean {
  return invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
}

/** Only a pending one may be withdrawn. */
export function canWithdrawEmailInvitation(invitation: Row): boolean {
  return invitation.status === 'PENDING';
}

export const STAGE_COLORS: Record<EmailInvitationStage, string> = {
  SENT: 'yellow',
  OPENED: 'blue',
  ACCEPTED: 'teal',
  WITHDRAWN: 'gray',
  EXPIRED: 'gray',
};
