import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { benchmarksMessages } from './messages';
import { RoundResult, type RoundResultProps } from './round-result';

const closed: RoundResultProps = {
  status: 'CLOSED',
  closedAt: '2026-11-20T10:00:00.000Z',
  unit: '€',
  result: null,
  resultHiddenReason: null,
  mySubmission: null,
  myPosition: null,
};

function render(round: Partial<RoundResultProps>, language: 'es' | 'en' = 'es') {
  return renderWithProviders(<RoundResult round={{ ...closed, ...round }} />, {
    messages: { benchmarks: benchmarksMessages },
    language,
  });
}

describe('RoundResult', () => {
  it('shows the aggregates, my value on the box and my quarter', () => {
    render({
      result: { count: 6, firstQuartile: 18.5, median: 21, thirdQuartile: 23.5, mean: null },
      mySubmission: { organizationId: 'org-a', value: 24, submittedAt: '2026-11-19T10:00:00Z' },
      myPosition: 'TOP_QUARTER',
    });
    expect(screen.getByText('Tu posición: cuarto superior')).toBeVisible();
    expect(screen.getByText('Tu valor: 24 €')).toBeVisible();
    expect(
      screen.getByRole('img', { name: 'Caja de cuartiles: Q1 18,5 €, mediana 21 €, Q3 23,5 €' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /^Mediana/ })).toHaveTextContent('21 €');
    // No mean for a metric that does not add up; never a minimum or maximum.
    expect(within(table).queryByRole('row', { name: /^Media / })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('tells a company that did not submit that it gets nothing ("give to get")', () => {
    render({ resultHiddenReason: 'DID_NOT_SUBMIT' }, 'en');
    expect(
      screen.getByText(
        /Your organization did not submit its value, so it does not see the outcome/,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says nothing was published when the round was withheld, without a reason', () => {
    render({ resultHiddenReason: 'WITHHELD' });
    expect(screen.getByText(/No se ha publicado ningún resultado/)).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('waits for the outcome once closed', () => {
    render({ closedAt: null, resultHiddenReason: 'NOT_CLOSED' });
    expect(screen.getByText('La ronda ha cerrado: el resultado se está calculando.')).toBeVisible();
  });
});
