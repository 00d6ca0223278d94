import { describe, expect, it } from 'vitest';
import { parseFinalStatement } from './final-statement';

describe('parseFinalStatement', () => {
  it('reads the plan outcome, balances, evaluations and missing evaluations', () => {
    const content = parseFinalStatement(
      JSON.stringify({
        collaboration: { id: 'c', title: 'Cierre', objective: '' },
        plan: {
          objectives: [
            {
              id: 'o',
              title: 'Ahorrar',
              indicators: [
                {
                  id: 'i',
                  name: 'Coste',
                  unit: 'EUR',
                  baseline: 4,
                  target: 3,
                  current: null,
                  progressPercent: null,
                },
              ],
            },
          ],
          milestonesDone: 1,
          milestonesTotal: 2,
        },
        balances: {
          organizations: [{ organizationId: 'a', given: '12.50', received: '0', net: '12.50' }],
          pairs: [{ giverOrganizationId: 'a', receiverOrganizationId: null, value: '12.50' }],
        },
        evaluations: [
          { organizationId: null, objectiveRatings: [], peerRatings: [], assessment: 'Bien' },
        ],
        missingEvaluations: ['b'],
      }),
    );
    expect(content?.plan.milestonesDone).toBe(1);
    expect(content?.plan.objectives[0].indicators[0]).toMatchObject({ current: null, target: 3 });
    expect(content?.balances.organizations[0].net).toBe('12.50');
    expect(content?.balances.pairs[0].receiverOrganizationId).toBeNull();
    expect(content?.evaluations[0]).toMatchObject({ organizationId: null, assessment: 'Bien' });
    expect(content?.missingEvaluations).toEqual(['b']);
  });

  it('fills what is missing with empty values, and refuses what is not JSON', () => {
    expect(parseFinalStatement('{}')?.balances.pairs).toEqual([]);
    expect(parseFinalStatement('not json')).toBeNull();
  });
});
