import { readFinalStatementContent } from './final-statement-content';

describe('readFinalStatementContent', () => {
  it('reads the plan outcome, balances, evaluations and missing evaluations as written', () => {
    const written = {
      collaboration: { id: 'c', title: 'Cierre', objective: 'Ahorrar juntos' },
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
        {
          organizationId: 'b',
          objectiveRatings: [{ objectiveId: 'o', rating: 4, comment: '' }],
          peerRatings: [{ organizationId: 'a', rating: 5, comment: 'Puntual' }],
          assessment: '',
        },
        { organizationId: null, objectiveRatings: [], peerRatings: [], assessment: 'Bien' },
      ],
      missingEvaluations: ['c'],
    };
    expect(readFinalStatementContent(written)).toEqual(written);
  });

  it('gives an older or partial statement empty parts instead of failing', () => {
    expect(readFinalStatementContent({ plan: { objectives: [{ title: 'Sin id' }] } })).toEqual({
      collaboration: { id: '', title: '', objective: '' },
      plan: {
        objectives: [{ id: '', title: 'Sin id', indicators: [] }],
        milestonesDone: 0,
        milestonesTotal: 0,
      },
      balances: { organizations: [], pairs: [] },
      evaluations: [],
      missingEvaluations: [],
    });
    expect(readFinalStatementContent(null).balances.pairs).toEqual([]);
    expect(readFinalStatementContent('not an object').evaluations).toEqual([]);
  });

  it('reads numbers stored as text as numbers, and keeps a null current value null', () => {
    const read = readFinalStatementContent({
      plan: {
        objectives: [
          { id: 'o', title: 'x', indicators: [{ id: 'i', baseline: '4', target: '3.5' }] },
        ],
      },
    });
    expect(read.plan.objectives[0].indicators[0]).toMatchObject({
      baseline: 4,
      target: 3.5,
      current: null,
      progressPercent: null,
    });
  });
});
