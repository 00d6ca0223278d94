import { describe, expect, it } from 'vitest';
import type { ConsoleCollaborationNeedsQuery } from './collaborations.generated';
import { needsFrom, pendingNeeds } from './needs';

const answer: ConsoleCollaborationNeedsQuery = {
  pendingDisclosures: { totalCount: 3 },
  disputedEntries: { totalCount: 0 },
  plan: {
    collaborationId: 'c1',
    overdueTaskCount: 2,
    overdueMilestoneCount: 1,
    milestones: [
      {
        id: 'm1',
        proposalStatus: 'ACCEPTED',
        tasks: [
          { id: 't1', proposalStatus: 'PROPOSED' },
          { id: 't2', proposalStatus: 'ACCEPTED' },
        ],
      },
      { id: 'm2', proposalStatus: 'PROPOSED', tasks: [{ id: 't3', proposalStatus: 'DECLINED' }] },
    ],
  },
  collaboration: { id: 'c1', grantsNeedingReview: { totalCount: 1 } },
};

describe('needsFrom', () => {
  it('counts what waits for the facilitator', () => {
    expect(needsFrom(answer)).toEqual({
      pendingDisclosures: 3,
      disputedEntries: 0,
      overduePlan: 3,
      planProposals: 2,
      grantsToReview: 1,
    });
  });
});

describe('pendingNeeds', () => {
  it('lists only what is pending, each with the screen that handles it', () => {
    expect(pendingNeeds(needsFrom(answer), 'c1')).toEqual([
      { key: 'pendingDisclosures', count: 3, to: '/c/c1/queue' },
      { key: 'grantsToReview', count: 1, to: '/c/c1/grants' },
      { key: 'overduePlan', count: 3, to: '/c/c1/plan' },
      { key: 'planProposals', count: 2, to: '/c/c1/plan' },
    ]);
  });

  it('is empty when nothing is pending', () => {
    const none = {
      pendingDisclosures: 0,
      disputedEntries: 0,
      overduePlan: 0,
      planProposals: 0,
      grantsToReview: 0,
    };
    expect(pendingNeeds(none, 'c1')).toEqual([]);
  });
});
