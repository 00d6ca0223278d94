import type { FinalStatementFieldsFragment } from '@alianza/graphql-client';
import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overviewMessages } from './messages';
import { OpeningContextCard } from './opening-context-card';

const statement = {
  collaborationId: 'c0',
  closedAt: '2026-11-30T10:00:00Z',
  hash: 'a'.repeat(64),
  overrideReason: null,
  collaboration: { id: 'c0', title: 'Compras conjuntas', objective: '' },
  plan: { objectives: [], milestonesDone: 2, milestonesTotal: 3 },
  balances: {
    organizations: [{ organizationId: 'o1', given: '1250.50', received: '300.00', net: '-950.50' }],
    pairs: [],
  },
  evaluations: [],
  missingEvaluations: [],
} as unknown as FinalStatementFieldsFragment;

const render = (currency: string | null) =>
  renderWithProviders(
    <OpeningContextCard
      statement={statement}
      currency={currency}
      organizationName={() => 'La Espiga'}
    />,
    { messages: { overview: overviewMessages } },
  );

describe('OpeningContextCard', () => {
  it('gives each balance its unit: points', () => {
    render(null);
    const row = within(screen.getByRole('table')).getByRole('row', { name: /La Espiga/ });
    expect(row).toHaveTextContent(/1250,50 pts/);
    expect(row).toHaveTextContent(/-950,50 pts/);
  });

  it('gives each balance its unit: the currency', () => {
    render('EUR');
    const row = within(screen.getByRole('table')).getByRole('row', { name: /La Espiga/ });
    expect(row).toHaveTextContent(/1250,50\s€/);
  });
});
