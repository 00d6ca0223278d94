import { describe, expect, it } from 'vitest';
import { summarizeOpeningContext } from './opening-context';

describe('summarizeOpeningContext', () => {
  it('reads the plan outcome, balances and evaluations of a final statement', () => {
    const content = JSON.stringify({
      collaboration: { id: 'c0', title: 'Alianza 2025', objective: 'Comprar juntos' },
      plan: {
        objectives: [{ id: 'o1', title: 'Bajar costes', indicators: [{ id: 'i1' }, { id: 'i2' }] }],
        milestonesDone: 3,
        milestonesTotal: 4,
      },
      balances: {
        organizations: [{ organizationId: 'a', given: '120.50', received: '20', net: '100.50' }],
        pairs: [],
      },
      evaluations: [{ organizationId: 'a' }, { organizationId: null }],
      missingEvaluations: ['b'],
    });
    expect(summarizeOpeningContext(content)).toEqual({
      title: 'Alianza 2025',
      objective: 'Comprar juntos',
      milestonesDone: 3,
      milestonesTotal: 4,
      objectives: [{ title: 'Bajar costes', indicators: 2 }],
      balances: [{ organizationId: 'a', given: '120.50', received: '20', net: '100.50' }],
      evaluations: 2,
      missingEvaluations: 1,
    });
  });

  it('leaves out what the statement lacks instead of failing', () => {
    expect(summarizeOpeningContext('{}')).toMatchObject({
      title: null,
      milestonesTotal: null,
      objectives: [],
      balances: [],
      evaluations: 0,
    });
  });

  it('answers null for content that is not JSON', () => {
    expect(summarizeOpeningContext('not json')).toBeNull();
  });
});
