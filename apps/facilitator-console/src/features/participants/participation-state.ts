import type { ConsoleParticipationRowFragment } from './participants.generated';

/** Whether the facilitator may still withdraw or remove it (the API allows it from these). */
export function canWithdraw(participation: Pick<ConsoleParticipationRowFragment, 'status'>) {
  return participation.status === 'INVITED' || participation.status === 'ACCEPTED';
}

/** Declined or withdrawn organizations may be invited again. */
export function canInviteAgain(participation: Pick<ConsoleParticipationRowFragment, 'status'>) {
  return participation.status === 'DECLINED' || participation.status === 'WITHDRAWN';
}

/** Collaborations take invitations while in draft or active. */
export function takesInvitations(status: string) {
  return status === 'DRAFT' || status === 'ACTIVE';
}

/** Organizations that cannot be invited now (already invited or taking part). */
export function busyOrganizationIds(
  participations: readonly Pick<ConsoleParticipationRowFragment, 'status' | 'organizationId'>[],
): Set<string> {
  return new Set(participations.filter(canWithdraw).map((p) => p.organizationId));
}
