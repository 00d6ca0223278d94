import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { reportsMessages } from './messages';
import { PortfolioTable } from './portfolio-page';

const rows = [
  {
    collaborationId: 'c1',
    title: 'Alianza del pan de barrio',
    status: 'ACTIVE' as const,
    activeParticipants: 3,
    pendingDisclosureRequests: 2,
    activeGrants: 1,
    percentDone: 37.5,
    overdueMilestones: 1,
    overdueTasks: 2,
    confirmedValue: '1250.50',
    valuationScale: 'MONEY' as const,
    currency: 'EUR',
    openPledges: 3,
    overduePledges: 1,
  },
  {
    collaborationId: 'c2',
    title: 'Rutas compartidas',
    status: 'DRAFT' as const,
    activeParticipants: 0,
    pendingDisclosureRequests: 0,
    activeGrants: 0,
    percentDone: 0,
    overdueMilestones: 0,
    overdueTasks: 0,
    confirmedValue: '10',
    valuationScale: 'POINTS' as const,
    currency: null,
    openPledges: 0,
    overduePledges: 0,
  },
];

describe('PortfolioTable', () => {
  it('shows one row per collaboration, amounts in each ledger’s scale, linked to its report', () => {
    renderWithProviders(
      <MemoryRouter>
        <PortfolioTable rows={rows} />
      </MemoryRouter>,
      { messages: { reports: reportsMessages } },
    );
    const table = screen.getByRole('table', {
      name: 'Tus colaboraciones, con sus cifras principales',
    });
    const pan = within(table).getByRole('row', { name: /^Alianza del pan de barrio/ });
    expect(within(pan).getByRole('link', { name: 'Alianza del pan de barrio' })).toHaveAttribute(
      'href',
      '/c/c1/report',
    );
    expect(within(pan).getByText('38 %')).toBeVisible();
    expect(within(pan).getByText('Hitos: 1 · tareas: 2')).toBeVisible();
    expect(within(pan).getByText('1250,50 €')).toBeVisible();
    expect(within(pan).getByText('3 (vencidos: 1)')).toBeVisible();
    const rutas = within(table).getByRole('row', { name: /^Rutas compartidas/ });
    expect(within(rutas).getByText('10 pts')).toBeVisible();
  });
});
