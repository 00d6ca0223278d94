import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ledgerMessages } from '../ledger/messages';
import { FinalStatementView } from './final-statement-view';
import { closingMessages } from './messages';
import type { ClosingModel } from './use-closing';

const statement = {
  collaborationId: 'c-1',
  closedAt: '2026-12-01T10:00:00Z',
  hash: 'ab'.repeat(32),
  overrideReason: null,
  collaboration: { id: 'c-1', title: 'Pan', objective: '' },
  plan: { objectives: [], milestonesDone: 0, milestonesTotal: 0 },
  balances: { organizations: [], pairs: [] },
  evaluations: [],
  missingEvaluations: [],
};

function render(language: 'es' | 'en') {
  const model = {
    statement,
    former: [],
    participants: [],
    objectives: [],
    organizationName: () => '',
    amount: (value: string) => value,
  } as unknown as ClosingModel;
  renderWithProviders(<FinalStatementView model={model} />, {
    messages: { closing: closingMessages, ledger: ledgerMessages },
    language,
  });
}

describe('the final statement download', () => {
  it('links to the PDF of the sealed statement in the console’s language', () => {
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
