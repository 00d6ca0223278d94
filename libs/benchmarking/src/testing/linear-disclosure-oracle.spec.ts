import { determinedValues, type LinearFact } from './linear-disclosure-oracle';

/**
 * The rule published until issue 11, written here as the facts it gave away: the p-quantile by
 * linear interpolation between order statistics (h = (n − 1)·p, Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)).
 */
function interpolatedQuantileFact(count: number, p: number, published: number): LinearFact {
  const h = (count - 1) * p;
  const lower = Math.floor(h);
  const coefficients = Array.from({ length: count }, () => 0);
  coefficients[lower] = 1 - (h - lower);
  if (lower + 1 < count) coefficients[lower + 1] = h - lower;
  return { coefficients, min: published, max: published };
}

const oldQuartiles = (count: number, [q1, median, q3]: [number, number, number]) => [
  interpolatedQuantileFact(count, 0.25, q1),
  interpolatedQuantileFact(count, 0.5, median),
  interpolatedQuantileFact(count, 0.75, q3),
];

const options = { searchBox: { min: -1000, max: 1000 }, tolerance: 1e-6 };
const anyRank = (count: number) => Array.from({ length: count }, (_, r) => r);
const domain = { min: -1e15, max: 1e15 };

describe('the linear disclosure oracle', () => {
  it('shows that the old quartiles 15, 20, 30 of 10, 20, 40 give every other value away', () => {
    const facts = oldQuartiles(3, [15, 20, 30]);
    const leaked = [10, 20, 40].map((own) =>
      determinedValues({ count: 3, facts, domain, ownValue: own, ownRanks: anyRank(3) }, options),
    );
    expect(leaked).toEqual([
      [
        { rank: 0, value: 20 },
        { rank: 1, value: 40 },
      ],
      [
        { rank: 0, value: 10 },
        { rank: 1, value: 40 },
      ],
      [
        { rank: 0, value: 10 },
        { rank: 1, value: 20 },
      ],
    ]);
  });

  it('shows that with five values the old quartiles are the 2nd, 3rd and 4th values', () => {
    // 11 13 17 19 23: Q1 = 13, median = 17, Q3 = 19
    const facts = oldQuartiles(5, [13, 17, 19]);
    const leaked = determinedValues(
      { count: 5, facts, domain, ownValue: 11, ownRanks: anyRank(5) },
      options,
    );
    expect(leaked).toEqual([
      { rank: 0, value: 13 },
      { rank: 1, value: 17 },
      { rank: 2, value: 19 },
    ]);
  });

  it('finds nothing when only the average of 10, 20, 40 is known', () => {
    const facts = [{ coefficients: [1, 1, 1], min: 70, max: 70 }];
    for (const own of [10, 20, 40]) {
      expect(
        determinedValues({ count: 3, facts, domain, ownValue: own, ownRanks: anyRank(3) }, options),
      ).toEqual([]);
    }
  });

  it('knows that values which cannot be negative and add up to nothing are all zero', () => {
    const facts = [{ coefficients: [1, 1, 1], min: 30, max: 30 }];
    expect(
      determinedValues(
        { count: 3, facts, domain: { min: 0, max: 1e15 }, ownValue: 30, ownRanks: anyRank(3) },
        options,
      ),
    ).toEqual([
      { rank: 0, value: 0 },
      { rank: 1, value: 0 },
    ]);
  });
});
