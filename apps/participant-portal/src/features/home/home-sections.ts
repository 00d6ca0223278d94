import type { PortalHomeCollaborationFragment } from './home.generated';

type Participation = PortalHomeCollaborationFragment['myParticipations'][number];

/** Invited or taking part: the participations that still concern the user. */
const CURRENT = new Set(['INVITED', 'ACCEPTED']);

/** What is up to the organization in a collaboration, most urgent first. */
export type HomeStep = 'invitation' | 'mustAccept' | 'active' | 'other';

const RANK: Record<HomeStep, number> = { invitation: 0, mustAccept: 1, active: 2, other: 3 };

export function homeStep(participation: Participation): HomeStep {
  if (participation.status === 'INVITED') return 'invitation';
  if (participation.status !== 'ACCEPTED') return 'other';
  return participation.mustAcceptGroundRules || !participation.active ? 'mustAccept' : 'active';
}

/** Among collaborations needing the same, the running ones first and the closed ones last. */
const STATUS_RANK: Record<PortalHomeCollaborationFragment['status'], number> = {
  ACTIVE: 0,
  CLOSING: 1,
  DRAFT: 2,
  CLOSED: 3,
};

function urgency(collaboration: PortalHomeCollaborationFragment): number {
  return Math.min(...collaboration.myParticipations.map((p) => RANK[homeStep(p)]));
}

/**
 * Splits the collaborations into pending invitations and the rest: those needing the new rules
 * accepted first, then by status (closed last), keeping the API's order otherwise. Collaborations where none of the user's
 * organizations takes part (e.g. ones they facilitate) are left out.
 */
export function homeSections(collaborations: readonly PortalHomeCollaborationFragment[]) {
  const mine = collaborations
    .map((c) => ({
      ...c,
      myParticipations: c.myParticipations.filter((p) => CURRENT.has(p.status)),
    }))
    .filter((c) => c.myParticipations.length > 0);
  const invitations = mine.filter((c) => urgency(c) === RANK.invitation);
  const others = mine
    .filter((c) => urgency(c) !== RANK.invitation)
    .map((c, index) => ({ c, index }))
    .sort(
      (a, b) =>
        urgency(a.c) - urgency(b.c) ||
        STATUS_RANK[a.c.status] - STATUS_RANK[b.c.status] ||
        a.index - b.index,
    )
    .map(({ c }) => c);
  return {
    invitations,
    others,
    facilitatedOnly: collaborations.some(
      (c) => c.myParticipations.length === 0 && c.viewerIsFacilitator,
    ),
  };
}
