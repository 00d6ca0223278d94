import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DetectedOverlap } from './activity-helpers';
import { DetectedTable } from './detected-table';
import { activityMessages } from './messages';

vi.setConfig({ testTimeout: 20_000 });

const option = (label: string, dimension: 'MARKET' | 'SEGMENT' | 'PRODUCT') => ({
  id: label,
  areaId: 'area-1',
  dimension,
  label,
  position: 0,
});

const pair = (over: Partial<DetectedOverlap> = {}): DetectedOverlap => ({
  id: 'area-1:a+b',
  kind: 'PAIR',
  areaId: 'area-1',
  organizationIds: ['a', 'b'],
  markets: [option('Andalucía', 'MARKET')],
  segments: [option('Hostelería', 'SEGMENT')],
  products: [],
  sharedCustomers: 3,
  status: 'NEW',
  changedSinceReview: false,
  overlapId: null,
  review: null,
  ...over,
});

const NAMES: Record<string, string> = {
  'area-1:a+b': 'Horno Sur y Molino Norte',
  'area-1:a+c': 'Horno Sur y Pan Este',
  'area-1:b+c': 'Molino Norte y Pan Este',
};

function render(overlaps: DetectedOverlap[], canChange = true, language: 'es' | 'en' = 'es') {
  const onDeclare = vi.fn();
  const onDismiss = vi.fn();
  renderWithProviders(
    <DetectedTable
      kind="PAIR"
      label="Parejas"
      overlaps={overlaps}
      names={(o) => NAMES[o.id] ?? o.id}
      canChange={canChange}
      onDeclare={onDeclare}
      onDismiss={onDismiss}
    />,
    { messages: { activity: activityMessages }, language },
  );
  return { onDeclare, onDismiss, user: userEvent.setup({ delay: null }) };
}

describe('DetectedTable', () => {
  it('shows what a pair shares and how many customers, never which', async () => {
    const { user, onDeclare, onDismiss } = render([pair()]);
    const row = screen.getByRole('row', { name: /Horno Sur y Molino Norte/ });
    expect(within(row).getByText('Andalucía')).toBeVisible();
    expect(within(row).getByText('Hostelería')).toBeVisible();
    expect(within(row).getByText('3')).toBeVisible();
    expect(within(row).getByText('Por revisar')).toBeVisible();
    await user.click(
      within(row).getByRole('button', {
        name: 'Declarar el solapamiento entre Horno Sur y Molino Norte',
      }),
    );
    expect(onDeclare).toHaveBeenCalledWith(expect.objectContaining({ id: 'area-1:a+b' }));
    await user.click(
      within(row).getByRole('button', {
        name: 'Descartar el solapamiento entre Horno Sur y Molino Norte',
      }),
    );
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('offers no action on a declared overlap, and only "declare" on a dismissed one', () => {
    render([
      pair({
        status: 'DECLARED',
        overlapId: 'o-1',
        review: { decision: 'DECLARED', reason: null, decidedAt: '2026-11-20T10:00:00Z' },
      }),
      pair({
        id: 'area-1:a+c',
        status: 'DISMISSED',
        review: {
          decision: 'DISMISSED',
          reason: 'Mercados vecinos',
          decidedAt: '2026-11-20T10:00:00Z',
        },
      }),
    ]);
    const declared = screen.getByRole('row', { name: /Horno Sur y Molino Norte/ });
    expect(within(declared).getByText('Declarado')).toBeVisible();
    expect(within(declared).queryByRole('button')).not.toBeInTheDocument();
    const dismissed = screen.getByRole('row', { name: /Horno Sur y Pan Este/ });
    expect(within(dismissed).getByText('Motivo: «Mercados vecinos»')).toBeVisible();
    expect(
      within(dismissed)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Declarar']);
  });

  it('marks an overlap that came back because its facts grew, with the old reason', () => {
    render([
      pair({
        changedSinceReview: true,
        review: {
          decision: 'DISMISSED',
          reason: 'Sin competencia',
          decidedAt: '2026-11-20T10:00:00Z',
        },
      }),
    ]);
    expect(screen.getByText('Cambió desde tu revisión')).toBeVisible();
    expect(screen.getByText('Descartado antes: «Sin competencia»')).toBeVisible();
  });

  it('hides actions when the collaboration is closed, and speaks English', () => {
    render([pair({ products: [], markets: [] })], false, 'en');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Customers in common' })).toBeVisible();
    expect(screen.getByText('To review')).toBeVisible();
  });
});
