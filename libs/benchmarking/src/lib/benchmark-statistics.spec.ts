import {
  bandSizes,
  BenchmarkOutcome,
  BenchmarkWithheldReason,
  cannotPublishReason,
  bandsRevealNothing,
  decideRound,
  metricKey,
  publish,
  valueDomain,
} from './benchmark-statistics';

const contributions = (values: number[], prefix = 'org') =>
  values.map((value, i) => ({ organizationId: `${prefix}-${i}`, value }));
const signed = valueDomain(false);
const nonNegative = valueDomain(true);

describe('bandSizes', () => {
  it('cuts as evenly as possible, larger bands first', () => {
    expect(bandSizes(10, 3)).toEqual([4, 3, 3]);
    expect(bandSizes(12, 4)).toEqual([3, 3, 3, 3]);
    expect(bandSizes(7, 2)).toEqual([4, 3]);
    expect(bandSizes(5, 1)).toEqual([5]);
  });
});

describe('bandsRevealNothing', () => {
  it('refuses a tie across a band boundary', () => {
    expect(bandsRevealNothing([1, 2, 5, 6, 8, 9], [3, 3], signed)).toBe(true);
    expect(bandsRevealNothing([1, 2, 5, 5, 8, 9], [3, 3], signed)).toBe(false);
  });

  it('refuses a lowest band whose values but the largest sit at the known minimum', () => {
    expect(bandsRevealNothing([0, 0, 30], [3], nonNegative)).toBe(false);
    expect(bandsRevealNothing([0, 5, 10], [3], nonNegative)).toBe(true);
    expect(bandsRevealNothing([0, 0, 30], [3], signed)).toBe(true);
  });
});

describe('publish', () => {
  it('publishes only the average of 10, 20, 40 with k = 3 (the finding of issue 11)', () => {
    expect(publish(contributions([10, 20, 40]), 3, signed)?.result).toEqual({
      rule: 'rank-bands',
      count: 3,
      mean: 23.333333,
      meanDecimal: '23.33',
      bands: [{ fromRank: 1, toRank: 3, average: 23.333333, averageDecimal: '23.33' }],
    });
  });

  it('splits six values into two bands of three and tells each contributor its band', () => {
    // sorted 12 15 18 | 20 25 30
    const published = publish(contributions([30, 12, 20, 15, 25, 18]), 3, signed);
    expect(published?.result).toEqual({
      rule: 'rank-bands',
      count: 6,
      mean: 20,
      meanDecimal: '20.00',
      bands: [
        { fromRank: 1, toRank: 3, average: 15, averageDecimal: '15.00' },
        { fromRank: 4, toRank: 6, average: 25, averageDecimal: '25.00' },
      ],
    });
    expect(Object.fromEntries(published?.bandOf ?? [])).toEqual({
      'org-0': 1,
      'org-1': 0,
      'org-2': 1,
      'org-3': 0,
      'org-4': 1,
      'org-5': 0,
    });
  });

  it('uses at most four bands', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(publish(contributions(values), 3, signed)?.result.bands).toEqual([
      { fromRank: 1, toRank: 3, average: 2, averageDecimal: '2.00' },
      { fromRank: 4, toRank: 6, average: 5, averageDecimal: '5.00' },
      { fromRank: 7, toRank: 9, average: 8, averageDecimal: '8.00' },
      { fromRank: 10, toRank: 12, average: 11, averageDecimal: '11.00' },
    ]);
  });

  it('falls back to fewer bands when a boundary is tied', () => {
    // Four bands would cut between the two 9s; three bands (4 each) cut at 4|5 and 8|9.
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 11, 12];
    expect(publish(contributions(values), 3, signed)?.result.bands).toEqual([
      { fromRank: 1, toRank: 4, average: 2.5, averageDecimal: '2.50' },
      { fromRank: 5, toRank: 8, average: 6.5, averageDecimal: '6.50' },
      { fromRank: 9, toRank: 12, average: 10.25, averageDecimal: '10.25' },
    ]);
    // Two bands of three would have equal averages (5 | 5 tie): only the overall average.
    expect(publish(contributions([1, 2, 5, 5, 8, 9]), 3, signed)?.result.bands).toEqual([
      { fromRank: 1, toRank: 6, average: 5, averageDecimal: '5.00' },
    ]);
  });

  it('falls back to the overall average when the lowest band is zeros but one', () => {
    // Two bands would state "0, 0, 0 average 0"; one band of six averages 2.5.
    expect(publish(contributions([0, 0, 0, 4, 5, 6]), 3, nonNegative)?.result.bands).toEqual([
      { fromRank: 1, toRank: 6, average: 2.5, averageDecimal: '2.50' },
    ]);
  });

  it('publishes nothing when every value but one is zero on a metric that cannot be negative', () => {
    expect(publish(contributions([0, 0, 30]), 3, nonNegative)).toBeNull();
    expect(publish(contributions([0, 0, 0]), 3, nonNegative)).toBeNull();
  });

  it('rounds away float noise', () => {
    expect(publish(contributions([0.1, 0.2, 0.3]), 3, signed)?.result.mean).toBe(0.2);
  });

  it('averages the submitted decimals exactly, at a fixed scale of 2', () => {
    const published = publish(contributions([100, 0, 0]), 3, signed)?.result;
    expect(published).toMatchObject({ mean: 33.333333, meanDecimal: '33.33' });
    expect(publish(contributions([0.105, 0.2, 0.3]), 3, signed)?.result.meanDecimal).toBe('0.20');
    expect(publish(contributions([200, 0, 0]), 3, signed)?.result.meanDecimal).toBe('66.67');
  });
});

describe('decideRound', () => {
  const rules = { k: 5, summable: true, dominanceCap: 0.25 };

  it('publishes when k organizations submitted and nobody dominates', () => {
    // largest share 26 / 126 ≈ 0.21; six values make one band of at least five
    const decision = decideRound(rules, contributions([16, 18, 20, 22, 24, 26]), []);
    expect(decision.outcome).toBe(BenchmarkOutcome.PUBLISHED);
    expect(decision.outcome === BenchmarkOutcome.PUBLISHED && decision.result).toEqual({
      rule: 'rank-bands',
      count: 6,
      mean: 21,
      meanDecimal: '21.00',
      bands: [{ fromRank: 1, toRank: 6, average: 21, averageDecimal: '21.00' }],
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

  it('lets a share exactly at the cap through', () => {
    expect(decideRound({ ...rules, k: 3 }, contributions([25, 25, 25, 25]), []).outcome).toBe(
      BenchmarkOutcome.PUBLISHED,
    );
  });

  it('withholds values that cannot be negative and add up to nothing: all are zero', () => {
    expect(decideRound(rules, contributions([0, 0, 0, 0, 0]), [])).toEqual({
      outcome: BenchmarkOutcome.WITHHELD,
      reason: BenchmarkWithheldReason.VALUES_AT_LIMIT,
    });
  });

  it('withholds when an earlier publication differs by fewer than k contributors', () => {
    // (see differencing.spec.ts for combinations of several rounds)
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

describe('cannotPublishReason', () => {
  const rules = { k: 3, summable: true, dominanceCap: 0.25 };

  it('foresees too few submissions when fewer than k organizations are asked', () => {
    expect(cannotPublishReason(rules, 2, false)).toBe(BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS);
    expect(cannotPublishReason(rules, 2, true)).toBe(BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS);
  });

  it('foresees dominance when too few are asked for everybody to stay within the cap', () => {
    // 3 × 0.25 < 1: somebody holds more than a quarter of any total
    expect(cannotPublishReason(rules, 3, false)).toBe(BenchmarkWithheldReason.DOMINANCE);
    // 4 × 0.25 = 1: four equal shares sit exactly at the cap
    expect(cannotPublishReason(rules, 4, false)).toBeNull();
  });

  it('lets the cap aside for metrics that do not add up and for rounds with noise added', () => {
    expect(cannotPublishReason({ ...rules, summable: false }, 3, false)).toBeNull();
    expect(cannotPublishReason(rules, 3, true)).toBeNull();
  });
});

describe('metricKey', () => {
  it('ignores case, accents and spacing', () => {
    expect(metricKey(' Facturación  anual', 'EUR')).toBe(metricKey('facturacion anual', 'eur'));
    expect(metricKey('Facturación anual', 'EUR')).not.toBe(metricKey('Facturación anual', '%'));
  });
});
