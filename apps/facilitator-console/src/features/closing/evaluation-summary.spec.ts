import { describe, expect, it } from 'vitest';
import { summarizeEvaluations } from './evaluation-summary';

const participants = [
  { id: 'a', name: 'Horno Norte' },
  { id: 'b', name: 'Granja Sur' },
  { id: 'c', name: 'Reparto Este' },
];
const objectives = [
  { id: 'o1', title: 'Comprar juntos' },
  { id: 'o2', title: 'Compartir clientes' },
];

describe('summarizeEvaluations', () => {
  const summary = summarizeEvaluations(
    [
      {
        organizationId: 'a',
        assessment: 'Bien',
        updatedAt: '2026-11-20T10:00:00Z',
        objectiveRatings: [{ objectiveId: 'o1', rating: 4, comment: 'Ahorro' }],
        peerRatings: [
          { organizationId: 'b', rating: 5, comment: '' },
          { organizationId: 'c', rating: 3, comment: '' },
        ],
      },
      {
        organizationId: 'b',
        assessment: '',
        objectiveRatings: [{ objectiveId: 'o1', rating: 5, comment: '' }],
        peerRatings: [{ organizationId: 'a', rating: 4, comment: '' }],
      },
      {
        organizationId: null,
        assessment: 'Visión de la facilitadora',
        objectiveRatings: [],
        peerRatings: [{ organizationId: 'c', rating: 2, comment: 'Poco' }],
      },
    ],
    participants,
    objectives,
  );

  it('tells who has evaluated and who has not', () => {
    expect(summary.participants.map((p) => [p.name, p.evaluated])).toEqual([
      ['Horno Norte', true],
      ['Granja Sur', true],
      ['Reparto Este', false],
    ]);
    expect(summary.missing.map((m) => m.organizationId)).toEqual(['c']);
    expect(summary.participants[0].updatedAt).toBe('2026-11-20T10:00:00Z');
  });

  it('averages the scores of each objective, none where nobody scored it', () => {
    expect(summary.objectives.map((o) => [o.title, o.average, o.ratings.length])).toEqual([
      ['Comprar juntos', 4.5, 2],
      ['Compartir clientes', null, 0],
    ]);
  });

  it('gathers the ratings each organization received, the facilitator’s included', () => {
    const reparto = summary.peers.find((p) => p.organizationId === 'c');
    expect(reparto?.average).toBe(2.5);
    expect(reparto?.ratings).toEqual([
      { from: 'a', rating: 3, comment: '' },
      { from: null, rating: 2, comment: 'Poco' },
    ]);
  });

  it('keeps the facilitator’s own assessment apart', () => {
    expect(summary.facilitator?.assessment).toBe('Visión de la facilitadora');
  });
});
