import { BenchmarkOutcome, BenchmarkPosition, BenchmarkWithheldReason } from './benchmark.enums';

/** What a published round shows: never the minimum, the maximum or any single value. */
export interface BenchmarkAggregates {
  count: number;
  firstQuartile: number;
  median: number;
  thirdQuartile: number;
  /** Only for summable metrics (where an average means something). */
  mean: number | null;
}

export interface Contribution {
  organizationId: string;
  value: number;
}

export interface RoundRules {
  /** Minimum number of contributors (k-anonymity). */
  k: number;
  /** Whether values add up (revenue, staff): the dominance cap and the mean apply. */
  summable: boolean;
  /** Largest share of the total any one contributor may hold, in (0, 1]. */
  dominanceCap: number;
}

export type RoundDecision =
  | { outcome: BenchmarkOutcome.PUBLISHED; result: BenchmarkAggregates }
  | { outcome: BenchmarkOutcome.WITHHELD; reason: BenchmarkWithheldReason };

/** Aggregates are rounded to 6 decimals: float noise (0.1 + 0.2) must not look like data. */
const round6 = (x: number): number => Number(x.toFixed(6));

/**
 * The `p`-quantile (0 ≤ p ≤ 1) of ascending `sorted` values by linear interpolation between
 * order statistics — NumPy's default ("linear", Hyndman & Fan type 7): with h = (n − 1)·p,
 * Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]), 0-based. For 1, 2, 3, 4: Q(0.25) = 1.75,
 * Q(0.5) = 2.5, Q(0.75) = 3.25.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return below + (h - lower) * (above - below);
}

/** Count, quartiles (see `quantile`) and, for summable metrics, the mean. */
export function aggregate(values: readonly number[], summable: boolean): BenchmarkAggregates {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, v) => total + v, 0);
  return {
    count: sorted.length,
    firstQuartile: round6(quantile(sorted, 0.25)),
    median: round6(quantile(sorted, 0.5)),
    thirdQuartile: round6(quantile(sorted, 0.75)),
    mean: summable ? round6(sum / sorted.length) : null,
  };
}

/**
 * Whether two contributor sets, published one after the other, would let anyone learn the
 * values of the few organizations in which they differ: they differ, but by fewer than k.
 */
export function allowsDifferencing(
  current: ReadonlySet<string>,
  published: readonly string[],
  k: number,
): boolean {
  const other = new Set(published);
  let difference = 0;
  for (const id of current) if (!other.has(id)) difference++;
  for (const id of other) if (!current.has(id)) difference++;
  return difference > 0 && difference < k;
}

/**
 * What closing a round publishes, checked in this order:
 * 1. at least k contributions, else TOO_FEW_SUBMISSIONS;
 * 2. for summable metrics, no contributor above `dominanceCap` of the total (largest / sum, a
 *    share equal to the cap passes; a total of 0 has no dominant contributor), else DOMINANCE;
 * 3. no earlier published round of the same metric whose contributor set differs from this one
 *    by 1..k−1 organizations (see `allowsDifferencing`), else DIFFERENCING.
 * Otherwise the aggregates (see `aggregate`) are published.
 */
export function decideRound(
  rules: RoundRules,
  contributions: readonly Contribution[],
  publishedContributorSets: readonly (readonly string[])[],
): RoundDecision {
  const withheld = (reason: BenchmarkWithheldReason): RoundDecision => ({
    outcome: BenchmarkOutcome.WITHHELD,
    reason,
  });
  if (contributions.length < rules.k) return withheld(BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS);
  const values = contributions.map((c) => c.value);
  if (rules.summable) {
    const sum = values.reduce((total, v) => total + v, 0);
    const largest = Math.max(...values);
    if (sum > 0 && largest / sum > rules.dominanceCap)
      return withheld(BenchmarkWithheldReason.DOMINANCE);
  }
  const current = new Set(contributions.map((c) => c.organizationId));
  if (publishedContributorSets.some((set) => allowsDifferencing(current, set, rules.k)))
    return withheld(BenchmarkWithheldReason.DIFFERENCING);
  return { outcome: BenchmarkOutcome.PUBLISHED, result: aggregate(values, rules.summable) };
}

/**
 * The quarter an organization's own `value` falls in against published aggregates, oriented so
 * that TOP_QUARTER is always the best. A value on a boundary counts in the better quarter:
 * higher-is-better: ≥ Q3 top, ≥ median upper middle, ≥ Q1 lower middle, else bottom;
 * lower-is-better: ≤ Q1 top, ≤ median upper middle, ≤ Q3 lower middle, else bottom.
 */
export function positionOf(
  value: number,
  result: Pick<BenchmarkAggregates, 'firstQuartile' | 'median' | 'thirdQuartile'>,
  higherIsBetter: boolean,
): BenchmarkPosition {
  const { firstQuartile: q1, median, thirdQuartile: q3 } = result;
  if (higherIsBetter) {
    if (value >= q3) return BenchmarkPosition.TOP_QUARTER;
    if (value >= median) return BenchmarkPosition.UPPER_MIDDLE;
    if (value >= q1) return BenchmarkPosition.LOWER_MIDDLE;
    return BenchmarkPosition.BOTTOM_QUARTER;
  }
  if (value <= q1) return BenchmarkPosition.TOP_QUARTER;
  if (value <= median) return BenchmarkPosition.UPPER_MIDDLE;
  if (value <= q3) return BenchmarkPosition.LOWER_MIDDLE;
  return BenchmarkPosition.BOTTOM_QUARTER;
}

/**
 * The key under which rounds count as "the same metric" for the differencing defence: name and
 * unit, case-, accent- and spacing-insensitive ("Facturación  anual" / "facturacion anual").
 */
export function metricKey(name: string, unit: string): string {
  const normalize = (s: string) =>
    s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${normalize(name)}|${normalize(unit)}`;
}
