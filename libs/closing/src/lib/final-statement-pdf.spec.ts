import { extractText } from '@alianza/stamping';
import { FinalStatementContent } from './final-statement-content';
import { finalStatementPdf, statementRatings } from './final-statement-pdf';

const CONTENT: FinalStatementContent = {
  collaboration: { id: 'c', title: 'Compra conjunta de harina', objective: 'Ahorrar juntos' },
  plan: {
    objectives: [
      {
        id: 'o1',
        title: 'Ahorrar',
        indicators: [
          {
            id: 'i',
            name: 'Ahorro',
            unit: 'EUR',
            baseline: 0,
            target: 200,
            current: 50,
            progressPercent: 25,
          },
        ],
      },
    ],
    milestonesDone: 1,
    milestonesTotal: 2,
  },
  balances: {
    organizations: [
      { organizationId: 'a', given: '100.00', received: '30.00', net: '70.00' },
      { organizationId: 'b', given: '30.00', received: '100.00', net: '-70.00' },
    ],
    pairs: [{ giverOrganizationId: 'a', receiverOrganizationId: 'b', value: '100.00' }],
  },
  evaluations: [
    {
      organizationId: 'a',
      objectiveRatings: [{ objectiveId: 'o1', rating: 4, comment: '' }],
      peerRatings: [{ organizationId: 'b', rating: 5, comment: 'Muy bien' }],
      assessment: '',
    },
    {
      organizationId: 'b',
      objectiveRatings: [{ objectiveId: 'o1', rating: 1, comment: '' }],
      peerRatings: [{ organizationId: 'a', rating: 3, comment: '' }],
      assessment: '',
    },
    { organizationId: null, objectiveRatings: [], peerRatings: [], assessment: 'Buen trabajo' },
  ],
  missingEvaluations: [],
};

describe('the final statement as PDF', () => {
  it('summarises the evaluations as the report does: mean per objective and per organization', () => {
    expect(statementRatings(CONTENT)).toEqual({
      objectives: [{ id: 'o1', title: 'Ahorrar', ratings: 2, average: 2.5 }],
      peers: [
        { organizationId: 'b', ratings: 1, average: 5 },
        { organizationId: 'a', ratings: 1, average: 3 },
      ],
    });
  });

  it('prints the debe y haber, the plan, the evaluations and the seal as extractable text', async () => {
    const hash = 'ab'.repeat(32);
    const bytes = await finalStatementPdf(
      {
        content: CONTENT,
        hash,
        canonicalContent: '{}',
        closedAt: new Date('2026-12-06T08:00:00Z'),
        overrideReason: null,
        names: new Map([
          ['a', 'Panadería Núñez'],
          ['b', 'Molinos Łukasz'],
        ]),
        currency: 'EUR',
      },
      { language: 'es', timeZone: 'Europe/Madrid' },
    );
    const text = (await extractText(Buffer.from(bytes), 'pdf'))!.parts
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('Balance final: Compra conjunta de harina');
    expect(text).toContain('Cerrada el 06/12/2026 09:00');
    expect(text).toContain('Panadería Núñez');
    // Outside WinAnsi: approximated in the PDF, never an error.
    expect(text).toContain('Molinos ?ukasz');
    expect(text).toContain('-70,00 €');
    expect(text).toContain('Hitos hechos: 1 de 2');
    expect(text).toContain('Buen trabajo');
    expect(text).toContain(hash);
    expect(text).toContain('sha256sum');
  });
});
