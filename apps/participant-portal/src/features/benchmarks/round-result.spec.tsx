import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { benchmarksMessages } from './messages';
import { RoundResult, type RoundResultProps } from './round-result';

const closed: RoundResultProps = {
  status: 'CLOSED',
  closedAt: '2026-11-20T10:00:00.000Z',
  unit: '€',
  k: 3,
  higherIsBetter: true,
  result: null,
  resultHiddenReason: null,
  mySubmission: null,
  myBand: null,
  noisyResult: null,
  myQuantilePosition: null,
};

// 12 15 18 | 20 25 30 with k = 3: two groups of three
const twoGroups = {
  count: 6,
  meanDecimal: '20.00',
  bands: [
    { fromRank: 1, toRank: 3, averageDecimal: '15.00' },
    { fromRank: 4, toRank: 6, averageDecimal: '25.00' },
  ],
};
const mine = { organizationId: 'org-a', valueDecimal: '25', submittedAt: '2026-11-19T10:00:00Z' };

function render(round: Partial<RoundResultProps>, language: 'es' | 'en' = 'es') {
  return renderWithProviders(<RoundResult round={{ ...closed, ...round }} />, {
    messages: { benchmarks: benchmarksMessages },
    language,
  });
}

describe('RoundResult', () => {
  it('shows the group averages, my value on the chart and my group counted from the best', () => {
    render({ result: twoGroups, mySubmission: mine, myBand: 1 });
    expect(
      screen.getByText(
        'Tu valor está en el grupo «Mitad de valores más altos»: el 1.º de 2, contando desde el mejor.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Tu valor: 25 €')).toBeVisible();
    expect(
      screen.getByRole('img', {
        name: 'Medias publicadas por grupos: Mitad de valores más bajos: 15 €; Mitad de valores más altos: 25 €',
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: /^Solo se publican medias de grupos de al menos 3 empresas\. Nunca el mínimo, el máximo, la mediana ni el valor de nadie/,
    });
    expect(
      within(table).getByRole('row', { name: /^Mitad de valores más altos \(el tuyo\)/ }),
    ).toHaveTextContent('325 €');
    expect(within(table).getByRole('row', { name: /^Todas las empresas/ })).toHaveTextContent(
      '620 €',
    );
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('counts from the best end when lower is better', () => {
    render({ result: twoGroups, mySubmission: mine, myBand: 1, higherIsBetter: false }, 'en');
    expect(
      screen.getByText(
        'Your value is in the group “Half with the highest values”: number 2 of 2, counting from the best.',
      ),
    ).toBeVisible();
  });

  it('shows only the average of all when the group is too small to split', () => {
    // 10 20 40 with k = 3: the round of issue 11 publishes its average alone
    const result = {
      count: 3,
      meanDecimal: '23.33',
      bands: [{ fromRank: 1, toRank: 3, averageDecimal: '23.33' }],
    };
    render({ result, mySubmission: { ...mine, valueDecimal: '10' }, myBand: 0 }, 'en');
    expect(screen.getByText(/With so few companies no groups are published/)).toBeVisible();
    expect(screen.queryByText(/Your value is in the group/)).not.toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /^All companies/ })).toHaveTextContent(
      '323.33 €',
    );
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

  it('shows the noisy figures with their margins and where the value stands, in plain words', () => {
    render(
      {
        noisyResult: {
          count: 6,
          mean: { valueDecimal: '48', margin95: 12.5, basis: 'ANY_VALUES' },
          quantiles: [
            { p: 0.25, valueDecimal: '31', margin95: 20, basis: 'EVENLY_SPREAD_VALUES' },
            { p: 0.5, valueDecimal: '47', margin95: 18, basis: 'EVENLY_SPREAD_VALUES' },
            { p: 0.75, valueDecimal: '62', margin95: 20, basis: 'EVENLY_SPREAD_VALUES' },
          ],
        },
        mySubmission: { ...mine, valueDecimal: '50' },
        myQuantilePosition: 2,
        unit: '%',
      },
      'en',
    );
    expect(
      screen.getByText(
        'Figures with noise added to protect each company: the average may be off by about ±12.5 % in 95 of 100 rounds.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText('Your value is above 2 of the 3 figures published with noise.'),
    ).toBeVisible();
    const table = screen.getByRole('table', {
      name: 'They were worked out once, at closing, with 6 companies: they do not change.',
    });
    const median = within(table).getByRole('row', { name: /the median/ });
    expect(median).toHaveTextContent('47 %');
    expect(median).toHaveTextContent('±18 % (typically)');
    expect(within(table).getAllByRole('row')).toHaveLength(5); // header, average, 3 quartiles
  });
});
