import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ledgerMessages } from './messages';
import { PairHeatmap } from './pair-heatmap';

const orgs = [
  { id: 'a', name: 'Panadería La Espiga' },
  { id: 'b', name: 'Molino del Sur' },
];

describe('PairHeatmap', () => {
  it('shows a captioned giver × receiver table with the amounts in the cells', () => {
    renderWithProviders(
      <PairHeatmap
        pairs={[{ giverOrganizationId: 'b', receiverOrganizationId: 'a', value: '10.00' }]}
        organizations={orgs}
        amount={(v) => `${v} pts`}
      />,
      { messages: { ledger: ledgerMessages } },
    );
    const table = screen.getByRole('table', { name: /Filas: quien da; columnas: quien recibe/ });
    expect(within(table).getByRole('columnheader', { name: 'Panadería La Espiga' })).toBeVisible();
    const molinoRow = within(table).getByRole('row', { name: /^Molino del Sur/ });
    expect(within(molinoRow).getByRole('rowheader', { name: 'Molino del Sur' })).toBeVisible();
    const filled = within(molinoRow).getByText('10.00 pts');
    expect(filled).toHaveStyle({ color: 'rgb(255, 255, 255)' });
    const espigaRow = within(table).getByRole('row', { name: /^Panadería La Espiga/ });
    expect(within(espigaRow).getByText('0 pts')).toBeVisible();
  });

  it('speaks English', () => {
    renderWithProviders(<PairHeatmap pairs={[]} organizations={orgs} amount={(v) => v} />, {
      messages: { ledger: ledgerMessages },
      language: 'en',
    });
    expect(
      screen.getByRole('table', { name: /Rows: who gives; columns: who receives/ }),
    ).toBeVisible();
  });
});
