import { decimalFromNumber, decimalMean } from '@alianza/api-core';
import { allowsDifferencing } from './differencing';

/** Whether a closed round published its aggregates or withheld them. */
export enum BenchmarkOutcome {
  PUBLISHED = 'published',
  WITHHELD = 'withheld',
}

/** Why a closed round published nothing (told to the facilitator only). */
export enum BenchmarkWithheldReason {
  /** Fewer organizations submitted than the round's minimum group size k. */
  TOO_FEW_SUBMISSIONS = 'too_few_submissions',
  /** A summable metric where one contributor holds more than the dominance cap of the total. */
  DOMINANCE = 'dominance',
  /**
   * Combining the totals of earlier published rounds of the same area and unit (any metric name)
   * with this one would isolate fewer than k organizations (ADR 0011).
   */
  DIFFERENCING = 'differencing',
  /**
   * Almost every value sits at the bound everybody knows (e.g. all but one are 0 on a metric
   * that cannot be negative): even the overall average would give values away.
   */
  VALUES_AT_LIMIT = 'values_at_limit',
  /**
   * Published before issue 11 under the quartile rule, which could give values away: withdrawn
   * by the upgrade (ADR 0011). Its contributors still count for the differencing defence.
   */
  RULE_RETIRED = 'rule_retired',
}

/** Largest magnitude of a submitted value: far beyond any business figure, well inside a double. */
export const MAX_BENCHMARK_VALUE = 1e15;

/** At most this many rank bands (quarters): finer splits would need ever larger groups. */
export const MAX_BENCHMARK_BANDS = 4;

/**
 * One published band: the average of a run of consecutive ranks of the ascending values, never a
 * single value. Ranks are 1-based from the lowest value; every band holds at least k values.
 */
export interface BenchmarkBand {
  fromRank: number;
  toRank: number;
  average: number;
  /** The exact average at `BENCHMARK_AGGREGATE_SCALE` (absent from rounds closed before it). */
  averageDecimal?: string;
}

/**
 * What a published round shows (ADR 0011): the number of values, their overall average and the
 * averages of 1 to 4 disjoint rank bands of at least k values each. Never a minimum, a maximum,
 * a median or any single value. `rule` names how the figures were made, so that a later rule
 * (e.g. noisy figures) can sit beside this one in frozen snapshots.
 */
export interface BenchmarkPublication {
  rule: 'rank-bands';
  count: number;
  mean: number;
  /** The exact mean at `BENCHMARK_AGGREGATE_SCALE` (absent from rounds closed before it). */
  meanDecimal?: string;
  bands: BenchmarkBand[];
}

export interface Contribution {
  organizationId: string;
  value: number;
}

export interface RoundRules {
  /** Minimum number of contributors (k-anonymity), and of values in each band. */
  k: number;
  /** Whether values add up (revenue, staff): values are ≥ 0 and the dominance cap applies. */
  summable: boolean;
  /** Largest share of the total any one contributor may hold, in (0, 1]. */
  dominanceCap: number;
}

export type RoundDecision =
  | {
      outcome: BenchmarkOutcome.PUBLISHED;
      result: BenchmarkPublication;
      /** Each contributor's band (index in `result.bands`): told to that contributor only. */
      bandOf: Map<string, number>;
    }
  | { outcome: BenchmarkOutcome.WITHHELD; reason: BenchmarkWithheldReason };

/** What everybody knows of any value of a round before it publishes: the input's bounds. */
export function valueDomain(summable: boolean): { min: number; max: number } {
  return { min: summable ? 0 : -MAX_BENCHMARK_VALUE, max: MAX_BENCHMARK_VALUE };
}

/** Figures are rounded to 6 decimals: float noise (0.1 + 0.2) must not look like data. */
const round6 = (x: number): number => Number(x.toFixed(6));

/**
 * The decimals of the published averages (`meanDecimal`, `averageDecimal`): computed exactly from
 * the submitted decimals and rounded half away from zero to 2 decimals, whatever the values (a
 * scale that followed the values would tell how precise somebody's value was). 100, 0 and 0
 * average "33.33".
 */
export const BENCHMARK_AGGREGATE_SCALE = 2;

const exactMean = (values: readonly number[]): string =>
  decimalMean(values.map(decimalFromNumber), BENCHMARK_AGGREGATE_SCALE);

/**
 * The sizes of `bands` disjoint bands over `count` ascending values, as equal as possible, the
 * larger ones first (10 in 3: 4, 3, 3).
 */
export function bandSizes(count: number, bands: number): number[] {
  const base = Math.floor(count / bands);
  return Array.from({ length: bands }, (_, i) => base + (i < count % bands ? 1 : 0));
}

/**
 * Whether publishing the averages of these bands of the ascending `sorted` values, with their
 * ranks, lets nobody — not even a contributor who adds its own value — pin down any other value
 * (proof in ADR 0011). Two conditions:
 * 1. strictly increasing across every boundary: the last value of a band is below the first of
 *    the next (a tie there pins both bands; equal averages are the extreme case);
 * 2. the lowest band's values but its largest are not all at the domain's minimum (values that
 *    cannot be negative and add up to nothing are all zero), and likewise at the top.
 */
export function bandsRevealNothing(
  sorted: readonly number[],
  sizes: readonly number[],
  domain: { min: number; max: number },
): boolean {
  let end = 0;
  for (const size of sizes.slice(0, -1)) {
    end += size;
    if (!((sorted[end - 1] as number) < (sorted[end] as number))) return false;
  }
  const first = sizes[0] as number;
  const last = sizes[sizes.length - 1] as number;
  return (
    (sorted[first - 2] as number) > domain.min &&
    (sorted[sorted.length - last + 1] as number) < domain.max
  );
}

/**
 * The finest safe publication of `contributions`, or null: b = min(4, ⌊n/k⌋) disjoint rank bands
 * of near-equal size (≥ k each), falling back to fewer bands — down to the overall average alone —
 * while `bandsRevealNothing` refuses. Ties are ordered by organization, so that a contributor's
 * band is well defined.
 */
export function publish(
  contributions: readonly Contribution[],
  k: number,
  domain: { min: number; max: number },
): { result: BenchmarkPublication; bandOf: Map<string, number> } | null {
  const ordered = [...contributions].sort(
    (a, b) => a.value - b.value || a.organizationId.localeCompare(b.organizationId),
  );
  const sorted = ordered.map((c) => c.value);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  for (let b = Math.min(MAX_BENCHMARK_BANDS, Math.floor(sorted.length / k)); b >= 1; b--) {
    const sizes = bandSizes(sorted.length, b);
    if (!bandsRevealNothing(sorted, sizes, domain)) continue;
    const bands: BenchmarkBand[] = [];
    const bandOf = new Map<string, number>();
    let from = 0;
    sizes.forEach((size, index) => {
      const members = ordered.slice(from, from + size);
      for (const m of members) bandOf.set(m.organizationId, index);
      const sum = members.reduce((s, m) => s + m.value, 0);
      bands.push({
        fromRank: from + 1,
        toRank: from + size,
        average: round6(sum / size),
        averageDecimal: exactMean(members.map((m) => m.value)),
      });
      from += size;
    });
    return {
      result: {
        rule: 'rank-bands',
        count: sorted.length,
        mean: round6(total / sorted.length),
        meanDecimal: exactMean(sorted),
        bands,
      },
      bandOf,
    };
  }
  return null;
}

/**
 * What closing a round publishes, checked in this order:
 * 1. at least k contributions, else TOO_FEW_SUBMISSIONS;
 * 2. for summable metrics, no contributor above `dominanceCap` of the total (largest / sum, a
 *    share equal to the cap passes; a total of 0 has no dominant contributor), else DOMINANCE;
 * 3. no combination of the totals of this round and the earlier published rounds of the same
 *    quantity (`publishedContributorSets`: same area and unit) that weighs 1..k−1 organizations
 *    not already exposed (see `allowsDifferencing`), else DIFFERENCING;
 * 4. a safe band split (see `publish`), else VALUES_AT_LIMIT.
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
  const current = contributions.map((c) => c.organizationId);
  if (allowsDifferencing(current, publishedContributorSets, rules.k))
    return withheld(BenchmarkWithheldReason.DIFFERENCING);
  const publication = publish(contributions, rules.k, valueDomain(rules.summable));
  if (!publication) return withheld(BenchmarkWithheldReason.VALUES_AT_LIMIT);
  return { outcome: BenchmarkOutcome.PUBLISHED, ...publication };
}

/**
 * What will make a round withhold whatever the organizations submit, known from how many were
 * asked: fewer than k, TOO_FEW_SUBMISSIONS; for a summable metric published in rank bands, too
 * few for everybody to stay within the cap (asked × cap < 1: somebody must hold more), DOMINANCE.
 * Null when the round can publish. With noise added the cap does not apply: clamping to the
 * plausible range bounds any one organization's influence.
 */
export function cannotPublishReason(
  rules: RoundRules,
  asked: number,
  noiseAdded: boolean,
): BenchmarkWithheldReason | null {
  if (asked < rules.k) return BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS;
  if (!noiseAdded && rules.summable && asked * rules.dominanceCap < 1 - 1e-9)
    return BenchmarkWithheldReason.DOMINANCE;
  return null;
}

/** A label compared case-, accent- and spacing-insensitively ("Facturación  anual" / "facturacion anual"). */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The normalized name and unit of a round's metric (stored, indexed). */
export function metricKey(name: string, unit: string): string {
  return `${normalizeLabel(name)}|${normalizeLabel(unit)}`;
}
