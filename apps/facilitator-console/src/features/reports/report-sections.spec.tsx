import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvaluationSection } from './evaluation-section';
import { LedgerSection } from './ledger-section';
import { reportsMessages } from './messages';
import { PlanSection } from './plan-section';

const messages = { messages: { reports: reportsMessages } };

const plan = {
  percentDone: 62.5,
  milestones: 4,
  milestonesDone: 2,
  milestonesOverdue: 1,
  tasks: 10,
  tasksDone: 6,
  tasksBlocked: 1,
  tasksOverdue: 1,
  overdue: [
    {
      kind: 'TASK' as const,
      id: 't1',
      title: 'Pedir presupuesto',
      dueDate: '2026-11-20',
      responsibleOrganizationId: 'o1',
      responsibleOrganizationName: 'Molino del Sur',
    },
    {
      kind: 'MILESTONE' as const,
      id: 'm1',
      title: 'Primer pedido conjunto',
      dueDate: '2026-11-02',
      responsibleOrganizationId: null,
      responsibleOrganizationName: null,
    },
  ],
  indicators: [
    {
      indicatorId: 'i1',
      objective: 'Comprar harina juntos',
      name: 'Coste de la harina',
      unit: 'EUR/kg',
      baselineDecimal: '0.8',
      targetDecimal: '0.68',
      currentDecimal: '0.74',
      progressPercent: 50,
    },
    {
      indicatorId: 'i2',
      objective: 'Compartir rutas',
      name: 'Rutas compartidas',
      unit: 'rutas',
      baselineDecimal: '0',
      targetDecimal: '4',
      currentDecimal: null,
      progressPercent: null,
    },
  ],
};

describe('PlanSection', () => {
  it('lists what is overdue, oldest first, with who is responsible', () => {
    renderWithProviders(<PlanSection plan={plan} />, messages);
    expect(screen.getByText('63 %')).toBeVisible();
    expect(screen.getByText('2 de 4')).toBeVisible();
    expect(screen.getByText('6 de 10')).toBeVisible();
    const table = screen.getByRole('table', { name: /Hitos y tareas vencidos/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^HitoPrimer pedido conjunto.*Sin responsable$/),
      expect.stringMatching(/^TareaPedir presupuesto.*Molino del Sur$/),
    ]);
  });

  it('draws each indicator against its target, and says when it has no measurement', () => {
    renderWithProviders(<PlanSection plan={plan} />, messages);
    expect(
      screen.getByRole('progressbar', { name: 'Avance de «Coste de la harina» hacia su meta' }),
    ).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText('Base 0,8 · actual 0,74 · meta 0,68 EUR/kg')).toBeVisible();
    expect(screen.getByText('Sin medidas todavía')).toBeVisible();
    expect(screen.getByText('Base 0 · actual sin medir · meta 4 rutas')).toBeVisible();
  });
});

describe('LedgerSection', () => {
  it('shows balances per organization and who gave to whom, biggest first', () => {
    renderWithProviders(
      <LedgerSection
        amount={(v) => `${v} pts`}
        ledger={{
          valuationScale: 'POINTS',
          currency: null,
          confirmedValue: '35',
          entriesPending: 1,
          entriesDisputed: 0,
          pledgesOpen: 2,
          pledgesOverdue: 1,
          pledgesFulfilled: 1,
          pledgesCancelled: 0,
          organizations: [
            { organizationId: 'p', name: 'Panadería', given: '5', received: '30', net: '-25' },
            { organizationId: 'm', name: 'Molino', given: '30', received: '5', net: '25' },
          ],
          pairs: [
            {
              giverOrganizationId: 'p',
              giverName: 'Panadería',
              receiverOrganizationId: null,
              receiverName: null,
              value: '5',
            },
            {
              giverOrganizationId: 'm',
              giverName: 'Molino',
              receiverOrganizationId: 'p',
              receiverName: 'Panadería',
              value: '30',
            },
          ],
        }}
      />,
      messages,
    );
    expect(screen.getByText('35 pts')).toBeVisible();
    const balances = screen.getByRole('table', { name: /Lo dado, lo recibido y el saldo/ });
    const names = within(balances)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names).toEqual(['Molino', 'Panadería']);
    const panaderia = within(balances).getByRole('row', { name: /^Panadería/ });
    expect(within(panaderia).getByText('-25 pts')).toBeVisible();
    const pairs = screen.getByRole('table', { name: /Quién dio a quién/ });
    const rows = within(pairs).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'MolinoPanadería30 pts',
      'PanaderíaToda la colaboración5 pts',
    ]);
    expect(screen.getByText('Vencidos: 1 · cumplidos: 1 · cancelados: 0')).toBeVisible();
  });
});

describe('EvaluationSection', () => {
  it('waits for the collaboration to close', () => {
    renderWithProviders(<EvaluationSection evaluation={null} />, messages);
    expect(
      screen.getByText('La evaluación aparece aquí cuando la colaboración se cierra.'),
    ).toBeVisible();
  });

  it('shows the mean ratings once closed', () => {
    renderWithProviders(
      <EvaluationSection
        evaluation={{
          evaluations: 3,
          facilitatorAssessed: true,
          objectives: [{ objectiveId: 'o', title: 'Comprar juntos', ratings: 3, average: 4.3 }],
          peers: [{ organizationId: 'm', name: 'Molino', ratings: 0, average: null }],
        }}
      />,
      messages,
    );
    const objectives = screen.getByRole('table', { name: /Valoración media de cada objetivo/ });
    expect(within(objectives).getByText('4,3 / 5')).toBeVisible();
    const peers = screen.getByRole('table', { name: /Valoración media que recibió/ });
    expect(within(peers).getByText('Sin valoraciones')).toBeVisible();
  });
});
