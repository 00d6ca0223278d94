import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisclosureFunnel } from './disclosure-funnel';
import { reportsMessages } from './messages';
import type { ConsoleDisclosureFunnelFragment } from './reports.generated';

const funnel: ConsoleDisclosureFunnelFragment = {
  requested: 4,
  pending: 1,
  changesRequested: 0,
  approved: 2,
  approvedAutomatically: 1,
  rejected: 1,
  withdrawn: 0,
  decisionHoursP50: 0.5,
  decisionHoursP90: 60.25,
  grants: 2,
  grantsActive: 1,
  grantsRevoked: 1,
  grantsExpired: 0,
};

function render(f = funnel, language: 'es' | 'en' = 'es') {
  return renderWithProviders(<DisclosureFunnel funnel={f} />, {
    messages: { reports: reportsMessages },
    language,
  });
}

describe('DisclosureFunnel', () => {
  it('shows each outcome with its count and a bar of its share of all requests', () => {
    render();
    const requests = screen.getByRole('table', { name: 'Solicitudes para compartir' });
    expect(within(requests).getByText('4 solicitudes')).toBeVisible();
    const approved = within(requests).getByRole('row', { name: /^Aprobadas/ });
    expect(within(approved).getByText('2')).toBeVisible();
    const bar = within(approved).getByRole('progressbar', { name: 'Aprobadas: 2 de 4' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(
      within(requests).getByRole('progressbar', { name: 'Rechazadas: 1 de 4' }),
    ).toHaveAttribute('aria-valuenow', '25');
    expect(
      screen.getByText('1 aprobada sin pasar por la facilitación (área abierta)'),
    ).toBeVisible();
    // 2 approved out of 3 decided.
    expect(screen.getByText('67 %')).toBeVisible();
  });

  it('shows grants in force, revoked and expired', () => {
    render();
    const grants = screen.getByRole('table', { name: 'Accesos concedidos' });
    expect(within(grants).getByText('2 accesos')).toBeVisible();
    expect(within(grants).getByRole('progressbar', { name: 'Revocados: 1 de 2' })).toBeVisible();
    expect(within(grants).getByRole('progressbar', { name: 'Caducados: 0 de 2' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
  });

  it('words the median and 90th percentile decision times for people', () => {
    render();
    expect(screen.getByText('30 min')).toBeVisible();
    expect(screen.getByText('60,3 h (≈ 2,5 días)')).toBeVisible();
  });

  it('says there are no decisions yet instead of a zero', () => {
    render({ ...funnel, decisionHoursP50: null, decisionHoursP90: null });
    expect(screen.getAllByText('Aún no hay decisiones')).toHaveLength(2);
  });

  it('says so when nothing was requested yet', () => {
    render({
      ...funnel,
      requested: 0,
      pending: 0,
      approved: 0,
      approvedAutomatically: 0,
      rejected: 0,
    });
    expect(screen.getByText('Aún no hay solicitudes para compartir.')).toBeVisible();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('speaks English', () => {
    render(funnel, 'en');
    expect(screen.getByRole('table', { name: 'Requests to share' })).toBeVisible();
    expect(screen.getByText('60.3 h (≈ 2.5 days)')).toBeVisible();
  });
});
