import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FinalStatementView } from './final-statement';
import { closingMessages } from './messages';

const statement = {
  __typename: 'FinalStatement' as const,
  collaborationId: 'c-1',
  closedAt: '2026-12-01T10:00:00Z',
  hash: 'ab'.repeat(32),
  overrideReason: null,
  collaboration: {
    __typename: 'StatementCollaboration' as const,
    id: 'c-1',
    title: 'Pan',
    objective: '',
  },
  plan: {
    __typename: 'StatementPlan' as const,
    objectives: [],
    milestonesDone: 0,
    milestonesTotal: 0,
  },
  balances: { __typename: 'StatementBalances' as const, organizations: [], pairs: [] },
  evaluations: [],
  missingEvaluations: [],
};

function render(language: 'es' | 'en') {
  renderWithProviders(
    <FinalStatementView
      statement={statement as never}
      names={new Map()}
      organizationId={null}
      formatValue={(v) => v}
    />,
    { messages: { closing: closingMessages }, language },
  );
}

describe('the final statement download', () => {
  it('links to the PDF of the sealed statement in the portal’s language', () => {
    render('es');
    const pdf = screen.getByRole('link', { name: /^Descargar el balance final sellado en PDF/ });
    expect(pdf.textContent).toBe('PDF');
    expect(pdf.getAttribute('href')).toMatch(
      /^\/collaborations\/c-1\/final-statement\.pdf\?lang=es/,
    );
  });

  it('in English too', () => {
    render('en');
    const pdf = screen.getByRole('link', { name: /^Download the sealed final statement as PDF/ });
    expect(pdf.getAttribute('href')).toMatch(/\.pdf\?lang=en/);
  });
});
