import type { ConsoleCollaborationNeedsQuery } from './collaborations.generated';

/** What waits for the facilitator in one collaboration. */
export interface CollaborationNeeds {
  readonly pendingDisclosures: number;
  readonly disputedEntries: number;
  /** Overdue tasks and milestones of the plan. */
  readonly overduePlan: number;
  /** Milestones and tasks proposed by participants, awaiting a decision. */
  readonly planProposals: number;
  readonly grantsToReview: number;
}

export type NeedKey = keyof CollaborationNeeds;

/** Where each kind of pending work is handled, relative to the collaboration. */
export const NEED_PATHS: Readonly<Record<NeedKey, string>> = {
  pendingDisclosures: 'queue',
  disputedEntries: 'ledger',
  overduePlan: 'plan',
  planProposals: 'plan',
  grantsToReview: 'grants',
};

export const NEED_KEYS: readonly NeedKey[] = [
  'pendingDisclosures',
  'grantsToReview',
  'disputedEntries',
  'overduePlan',
  'planProposals',
];

/** Turns the answer of `ConsoleCollaborationNeeds` into counts. */
export function needsFrom(data: ConsoleCollaborationNeedsQuery): CollaborationNeeds {
  const milestones = data.plan.milestones;
  const proposedMilestones = milestones.filter((m) => m.proposalStatus === 'PROPOSED').length;
  const proposedTasks = milestones
    .flatMap((m) => m.tasks)
    .filter((task) => task.proposalStatus === 'PROPOSED').length;
  return {
    pendingDisclosures: data.pendingDisclosures.totalCount,
    disputedEntries: data.disputedEntries.totalCount,
    overduePlan: data.plan.overdueTaskCount + data.plan.overdueMilestoneCount,
    planProposals: proposedMilestones + proposedTasks,
    grantsToReview: data.collaboration.grantsNeedingReview.totalCount,
  };
}

/** The kinds with something pending, in the order they are shown, with where to go. */
export function pendingNeeds(
  needs: CollaborationNeeds,
  collaborationId: string,
): { key: NeedKey; count: number; to: string }[] {
  return NEED_KEYS.filter((key) => needs[key] > 0).map((key) => ({
    key,
    count: needs[key],
    to: `/c/${collaborationId}/${NEED_PATHS[key]}`,
  }));
}
