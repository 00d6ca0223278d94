import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { reportsMessages } from './messages';
import { OrganizationReportTable } from './organization-report-table';

const row = {
  collaborationId: 'c1',
  title: 'Alianza del pan de barrio',
  status: 'ACTIVE' as const,
  participationStatus: 'ACCEPTED' as const,
  given: '0',
  received: '10.00',
  net: '-10.00',
  valuationScale: 'POINTS' as const,
  currency: null,
  givenEntries: 0,
  receivedEntries: 1,
  entriesToConfirm: 2,
  grantsReceived: 3,
  grantsReceivedActive: 1,
  itemsSeen: 2,
  grantsGiven: 1,
  requestsMade: 4,
  requestsApproved: 2,
  requestsRejected: 1,
  requestsPending: 1,
  pledgesOpen: 1,
  pledgesFulfilled: 0,
};

function render(language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MemoryRouter>
      <OrganizationReportTable
        organizationName="Panadería La Espiga"
        rows={[
          row,
          {
            ...row,
            collaborationId: 'c2',
            title: 'Compras de 2025',
            status: 'CLOSED',
            participationStatus: 'WITHDRAWN',
            given: '120.50',
            received: '0',
            net: '120.50',
            valuationScale: 'MONEY',
            currency: 'EUR',
            entriesToConfirm: 0,
          },
        ]}
      />
    </MemoryRouter>,
    { messages: { reports: reportsMessages }, language },
  );
}

describe('OrganizationReportTable', () => {
  it('shows per collaboration what the organization gave, received and saw', () => {
    render();
    const table = screen.getByRole('table', {
      name: 'Cifras de Panadería La Espiga por colaboración',
    });
    const pan = within(table).getByRole('row', { name: /^Alianza del pan de barrio/ });
    expect(within(pan).getByRole('link', { name: 'Alianza del pan de barrio' })).toHaveAttribute(
      'href',
      '/c/c1',
    );
    const cells = within(pan).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('0 pts0 aportaciones');
    expect(cells[1]).toHaveTextContent('10 pts1 aportación2 por confirmar');
    expect(cells[2]).toHaveTextContent('-10 pts');
    expect(cells[3]).toHaveTextContent('2 elementosAccesos vigentes: 1 de 3');
    expect(cells[4]).toHaveTextContent('1 acceso concedido');
    expect(cells[5]).toHaveTextContent('Hechas: 4Aprobadas: 2 · rechazadas: 1 · pendientes: 1');
    expect(cells[6]).toHaveTextContent('Abiertos: 1 · cumplidos: 0');
  });

  it('marks a participation that ended, with amounts in that collaboration’s own scale', () => {
    render();
    const old = screen.getByRole('row', { name: /^Compras de 2025/ });
    expect(within(old).getByText('Cerrada')).toBeVisible();
    expect(within(old).getByText('Se retiró')).toBeVisible();
    expect(within(old).getAllByRole('cell')[0]).toHaveTextContent(/^120,50\s€/);
    expect(within(old).queryByText(/por confirmar/)).not.toBeInTheDocument();
  });

  it('speaks English', () => {
    render('en');
    expect(
      screen.getByRole('table', { name: 'Figures of Panadería La Espiga per collaboration' }),
    ).toBeVisible();
    expect(screen.getAllByText('Made: 4')).toHaveLength(2);
  });
});
