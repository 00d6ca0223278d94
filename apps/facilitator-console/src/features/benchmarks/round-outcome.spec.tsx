import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { benchmarksMessages } from './messages';
import { RoundOutcome } from './round-outcome';

const base = { k: 5, dominanceCap: 0.25, unit: 'k€', summable: true };

describe('RoundOutcome', () => {
  it('shows published aggregates in a box and a table, never a minimum or maximum', () => {
    renderWithProviders(
      <RoundOutcome
        round={{
          ...base,
          outcome: 'PUBLISHED',
          withheldReason: null,
          result: { count: 6, firstQuartile: 18.5, median: 21, thirdQuartile: 23.5, mean: 21 },
        }}
      />,
      { messages: { benchmarks: benchmarksMessages } },
    );
    expect(
      screen.getByRole('img', {
        name: 'Caja de cuartiles: Q1 18,5 k€, mediana 21 k€, Q3 23,5 k€',
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Nunca se publican el mínimo, el máximo ni valores individuales.',
    });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name} `) });
    expect(row('Empresas')).toHaveTextContent('6');
    expect(row('Primer cuartil')).toHaveTextContent('18,5 k€');
    expect(row('Mediana')).toHaveTextContent('21 k€');
    expect(row('Tercer cuartil')).toHaveTextContent('23,5 k€');
    expect(row('Media')).toHaveTextContent('21 k€');
    expect(screen.queryByText(/Máximo|Mínimo/)).not.toBeInTheDocument();
  });

  it('explains in words why nothing was published', () => {
    renderWithProviders(
      <RoundOutcome
        round={{ ...base, outcome: 'WITHHELD', withheldReason: 'DOMINANCE', result: null }}
      />,
      { messages: { benchmarks: benchmarksMessages }, language: 'en' },
    );
    expect(screen.getByText('Nothing was published')).toBeVisible();
    expect(
      screen.getByText(
        'One company holds more than 25% of the total: the mean and quartiles would give it away.',
      ),
    ).toBeVisible();
  });

  it('names k when too few companies submitted', () => {
    renderWithProviders(
      <RoundOutcome
        round={{
          ...base,
          outcome: 'WITHHELD',
          withheldReason: 'TOO_FEW_SUBMISSIONS',
          result: null,
        }}
      />,
      { messages: { benchmarks: benchmarksMessages } },
    );
    expect(screen.getByText(/Menos de 5 empresas enviaron su valor/)).toBeVisible();
  });
});
