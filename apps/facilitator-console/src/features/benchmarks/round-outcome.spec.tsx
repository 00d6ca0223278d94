import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { benchmarksMessages } from './messages';
import { RoundOutcome } from './round-outcome';

const base = { k: 5, dominanceCap: 0.25, unit: 'k€', summable: true, noisyResult: null };

describe('RoundOutcome', () => {
  it('shows the group averages in a chart and a table, never a minimum, maximum or value', () => {
    // 12 15 18 | 20 25 30 with k = 3: two groups of three
    renderWithProviders(
      <RoundOutcome
        round={{
          ...base,
          k: 3,
          outcome: 'PUBLISHED',
          withheldReason: null,
          result: {
            count: 6,
            meanDecimal: '20.00',
            bands: [
              { fromRank: 1, toRank: 3, averageDecimal: '15.00' },
              { fromRank: 4, toRank: 6, averageDecimal: '25.00' },
            ],
          },
        }}
      />,
      { messages: { benchmarks: benchmarksMessages } },
    );
    expect(
      screen.getByRole('img', {
        name: 'Medias publicadas por grupos: Mitad de valores más bajos: 15 k€; Mitad de valores más altos: 25 k€',
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: /^Solo se publican medias de grupos de al menos 3 empresas, ordenadas por valor\. Nunca el mínimo, el máximo, la mediana ni el valor de nadie/,
    });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name} `) });
    expect(row('Mitad de valores más bajos')).toHaveTextContent('315 k€');
    expect(row('Mitad de valores más altos')).toHaveTextContent('325 k€');
    expect(row('Todas las empresas')).toHaveTextContent('620 k€');
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header and three rows
    expect(screen.queryByText(/Máximo|Mínimo|Mediana|cuartil/)).not.toBeInTheDocument();
  });

  it('says a round published with the old quartiles was withdrawn', () => {
    renderWithProviders(
      <RoundOutcome
        round={{ ...base, outcome: 'WITHHELD', withheldReason: 'RULE_RETIRED', result: null }}
      />,
      { messages: { benchmarks: benchmarksMessages }, language: 'en' },
    );
    expect(screen.getByText(/published with quartiles, an earlier rule/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
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
        'One company holds more than 25% of the total: the averages would give it away.',
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

  it('shows the noisy figures of a round with noise added, each with its margin', () => {
    renderWithProviders(
      <RoundOutcome
        round={{
          ...base,
          unit: '%',
          outcome: 'PUBLISHED',
          withheldReason: null,
          result: null,
          noisyResult: {
            count: 6,
            epsilon: 2,
            level: 'PRECISE',
            lowerDecimal: '0',
            upperDecimal: '100',
            mean: { valueDecimal: '48', margin95: 33.3, basis: 'ANY_VALUES' },
            quantiles: [
              { p: 0.5, valueDecimal: '47', margin95: 18, basis: 'EVENLY_SPREAD_VALUES' },
            ],
          },
        }}
      />,
      { messages: { benchmarks: benchmarksMessages } },
    );
    const table = screen.getByRole('table', {
      name: 'Cifras publicadas con ruido añadido para proteger a cada empresa (6 empresas). Se calcularon una sola vez, al cerrar.',
    });
    expect(within(table).getByRole('row', { name: /^la media / })).toHaveTextContent('±33,3 %');
    expect(within(table).getByRole('row', { name: /la mediana/ })).toHaveTextContent(
      '±18 % (habitualmente)',
    );
  });
});
