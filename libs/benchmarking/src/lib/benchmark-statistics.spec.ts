import { BenchmarkOutcome, BenchmarkPosition, BenchmarkWithheldReason } from './benchmark.enums';
import {
  aggregate,
  allowsDifferencing,
  decideRound,
  metricKey,
  positionOf,
  quantile,
} from './benchmark-statistics';

const contributions = (values: number[], prefix = 'org') =>
  values.map((value, i) => ({ organizationId: `${prefix}-${i}`, value }));

describe('quantile (linear interpolation, NumPy default)', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
  });

  it('lands on order statistics when (n − 1)·p is whole', () => {
    expect(quantile([1, 3, 5, 7, 9], 0.25)).toBe(3);
    expect(quantile([1, 3, 5, 7, 9], 0.5)).toBe(5);
    expect(quantile([1, 3, 5, 7, 9], 0.75)).toBe(7);
    expect(quantile([7], 0.25)).toBe(7);
  });
});

describe('aggregate', () => {
  it('gives count, quartiles and, for summable metrics, the mean of unsorted values', () => {
    // sorted 12 15 18 20 25 30: h = 1.25, 2.5, 3.75
    expect(aggregate([30, 12, 20, 15, 25, 18], true)).toEqual({
      count: 6,
      firstQuartile: 15.75,
      median: 19,
      thirdQuartile: 23.75,
      mean: 20,
    });
  });

  it('has no mean for a metric that does not add up', () => {
    expect(aggregate([1, 2, 3, 4], false).mean).toBeNull();
  });

  it('rounds away float noise', () => {
    expect(aggregate([0.1, 0.2, 0.3], true)).toEqual({
      count: 3,
      firstQuartile: 0.15,
      median: 0.2,
      thirdQuartile: 0.25,
      mean: 0.2,
    });
  });
});

describe('decideRound', () => {
  const rules = { k: 5, summable: true, dominanceCap: 0.25 };

  it('publishes when k organizations submitted and nobody dominates', () => {
    // sorted 16 18 20 22 24 26, largest share 26 / 126 ≈ 0.21
    const decision = decideRound(rules, contributions([16, 18, 20, 22, 24, 26]), []);
    expect(decision).toEqual({
      outcome: BenchmarkOutcome.PUBLISHED,
      result: { count: 6, firstQuartile: 18.5, median: 21, thirdQuartile: 23.5, mean: 21 },
    });
  });

  it('withholds below k', () => {
    expect(decideRound(rules, contributions([10, 20]), [])).toEqual({
      outcome: BenchmarkOutcome.WITHHELD,
      reason: BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS,
    });
    expect(decideRound(rules, contributions([1, 1, 1, 1]), []).outcome).toBe(
      BenchmarkOutcome.WITHHELD,
    );
  });

  it('withholds a summable metric where one contributor holds more than the cap', () => {
    // 50 / 90 ≈ 0.56 > 0.25
    expect(decideRound(rules, contributions([10, 10, 10, 10, 50]), [])).toEqual({
      outcome: BenchmarkOutcome.WITHHELD,
      reason: BenchmarkWithheldReason.DOMINANCE,
    });
    // Not summable: the cap does not apply.
    expect(
      decideRound({ ...rules, summable: false }, contributions([10, 10, 10, 10, 50]), []).outcome,
    ).toBe(BenchmarkOutcome.PUBLISHED);
  });

  it('lets a share exactly at the cap through, and a zero total too', () => {
    expect(decideRound({ ...rules, k: 3 }, contributions([25, 25, 25, 25]), []).outcome).toBe(
      BenchmarkOutcome.PUBLISHED,
    );
    expect(decideRound(rules, contributions([0, 0, 0, 0, 0]), []).outcome).toBe(
      BenchmarkOutcome.PUBLISHED,
    );
  });

  it('withholds when an earlier publication differs by fewer than k contributors', () => {
    const six = contributions([16, 18, 20, 22, 24, 26]);
    const fiveOfThem = six.slice(0, 5); // 24 / 100 = 0.24: no dominance
    const published = [six.map((c) => c.organizationId)];
    expect(decideRound(rules, fiveOfThem, published)).toEqual({
      outcome: BenchmarkOutcome.WITHHELD,
      reason: BenchmarkWithheldReason.DIFFERENCING,
    });
    // The very same contributors again: nothing to subtract.
    expect(decideRound(rules, six, published).outcome).toBe(BenchmarkOutcome.PUBLISHED);
  });
});

describe('allowsDifferencing', () => {
  const set = (...ids: string[]) => new Set(ids);
  it('counts the symmetric difference against k', () => {
    expect(allowsDifferencing(set('a', 'b', 'c'), ['a', 'b', 'c'], 3)).toBe(false);
    expect(allowsDifferencing(set('a', 'b', 'c'), ['a', 'b', 'c', 'd'], 3)).toBe(true);
    expect(allowsDifferencing(set('a', 'b', 'c', 'e'), ['a', 'b', 'c', 'd'], 3)).toBe(true);
    expect(allowsDifferencing(set('a', 'b', 'c', 'e', 'f'), ['a', 'b', 'c', 'd'], 3)).toBe(false);
  });
});

describe('positionOf', () => {
  const result = { firstQuartile: 15.75, median: 19, thirdQuartile: 23.75 };

  it('places values in quarters, best first, boundaries in the better quarter', () => {
    expect(positionOf(30, result, true)).toBe(BenchmarkPosition.TOP_QUARTER);
    expect(positionOf(23.75, result, true)).toBe(BenchmarkPosition.TOP_QUARTER);
    expect(positionOf(20, result, true)).toBe(BenchmarkPosition.UPPER_MIDDLE);
    expect(positionOf(19, result, true)).toBe(BenchmarkPosition.UPPER_MIDDLE);
    expect(positionOf(18, result, true)).toBe(BenchmarkPosition.LOWER_MIDDLE);
    expect(positionOf(15, result, true)).toBe(BenchmarkPosition.BOTTOM_QUARTER);
  });

  it('turns around when lower is better', () => {
    expect(positionOf(12, result, false)).toBe(BenchmarkPosition.TOP_QUARTER);
    expect(positionOf(15.75, result, false)).toBe(BenchmarkPosition.TOP_QUARTER);
    expect(positionOf(18, result, false)).toBe(BenchmarkPosition.UPPER_MIDDLE);
    expect(positionOf(20, result, false)).toBe(BenchmarkPosition.LOWER_MIDDLE);
    expect(positionOf(30, result, false)).toBe(BenchmarkPosition.BOTTOM_QUARTER);
  });
});

describe('metricKey', () => {
  it('ignores case, accents and spacing', () => {
    expect(metricKey(' Facturación  anual', 'EUR')).toBe(metricKey('facturacion anual', 'eur'));
    expect(metricKey('Facturación anual', 'EUR')).not.toBe(metricKey('Facturación anual', '%'));
  });
});
