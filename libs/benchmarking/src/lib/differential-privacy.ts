import { AppError } from '@alianza/shared';
import { cryptoRandomSource, RandomSource } from './random-source';

/**
 * Differentially private figures for a benchmark round (see docs/adr/0012).
 *
 * Neighbouring datasets differ in ONE company's value ("replace one", bounded DP): the number of
 * contributions n is public. Every value is first clamped into the facilitator's plausible range
 * [lower, upper], chosen before any value is seen. Each released figure gets an equal share of the
 * round's ε (basic composition: the shares add up to ε, so the whole release is ε-DP):
 * - the mean: the clamped mean plus Laplace noise of scale (upper − lower) / (n · ε_mean), then
 *   clamped into the range;
 * - each quantile p: the exponential mechanism over the range (Smith 2011) — the range is cut at
 *   the sorted clamped values into n + 1 intervals, interval i (i values below it) is chosen with
 *   probability ∝ length · exp(−ε_p · |i − p·n| / 2), then a point uniformly inside it; the
 *   quantiles are then put in increasing order.
 * Everything after the noise (clamping, ordering, rounding to `step`) uses only the noisy figures
 * and public settings, so it costs no privacy.
 */

/** The privacy levels a facilitator chooses from, strongest first. */
export enum PrivacyLevel {
  STRONG = 'strong',
  BALANCED = 'balanced',
  PRECISE = 'precise',
}

/**
 * ε of each level, for the whole round (all its figures together). Whatever anyone sees, one
 * company's value makes it at most e^ε times more (or less) likely: ×1.6 for STRONG, ×2.7 for
 * BALANCED, ×7.4 for PRECISE.
 */
export const PRIVACY_LEVEL_EPSILON: Readonly<Record<PrivacyLevel, number>> = {
  [PrivacyLevel.STRONG]: 0.5,
  [PrivacyLevel.BALANCED]: 1,
  [PrivacyLevel.PRECISE]: 2,
};

/** The largest ε accepted: above it (×148), the "privacy" would be a label on exact figures. */
export const MAX_EPSILON = 5;

/** What a facilitator decides for a round that publishes with differential privacy. */
export interface DpSettings {
  /** The smallest plausible value: smaller values count as this one. */
  lower: number;
  /** The largest plausible value: larger values count as this one. */
  upper: number;
  /** The round's privacy budget ε, in (0, MAX_EPSILON] (see PRIVACY_LEVEL_EPSILON). */
  epsilon: number;
  /** Whether to publish the mean (for metrics that add up). */
  mean: boolean;
  /** The quantiles to publish, each strictly between 0 and 1, e.g. [0.25, 0.5, 0.75]. */
  quantiles: readonly number[];
}

/** What a figure's margin holds for. */
export enum MarginBasis {
  /** Whatever the values are: it bounds the noise added to the mean of the clamped values. */
  ANY_VALUES = 'any_values',
  /**
   * Computed for values spread evenly over the range (the noise of a quantile depends on the
   * values themselves, and a margin computed from them would reveal them).
   */
  EVENLY_SPREAD_VALUES = 'evenly_spread_values',
}

/** How noisy one figure is, from public facts only (n, the range, ε): safe to show anyone. */
export interface FigureNoise {
  /** The share of the round's ε spent on this figure. */
  epsilon: number;
  /** 95 times in 100, the published figure is within ± margin95 of the true one (see `basis`). */
  margin95: number;
  /** The figure is rounded to a multiple of this power of ten (about a tenth of the margin). */
  step: number;
  basis: MarginBasis;
}

export interface QuantileNoise extends FigureNoise {
  p: number;
}

/** The noise of every figure of a round, before any value is known (e.g. to preview a round). */
export interface DpNoise {
  count: number;
  epsilon: number;
  mean: FigureNoise | null;
  /** In the order of `DpSettings.quantiles`. */
  quantiles: QuantileNoise[];
}

export interface DpFigure extends FigureNoise {
  value: number;
}

export interface DpQuantile extends QuantileNoise {
  value: number;
}

/** What a differentially private round publishes. */
export interface DpRelease {
  count: number;
  epsilon: number;
  mean: DpFigure | null;
  /** In the order of `DpSettings.quantiles`; values increase with p. */
  quantiles: DpQuantile[];
}

const LN_20 = Math.log(20);

const clamp = (x: number, lower: number, upper: number): number =>
  Math.min(upper, Math.max(lower, x));

/** Every value moved into [lower, upper]. */
export function clampToRange(values: readonly number[], lower: number, upper: number): number[] {
  return values.map((v) => clamp(v, lower, upper));
}

/** A Laplace(0, scale) draw by inverse CDF: F⁻¹(u) = scale·ln(2u) below ½, −scale·ln(2 − 2u) above. */
export function sampleLaplace(random: RandomSource, scale: number): number {
  const u = random.uniform();
  return u < 0.5 ? scale * Math.log(2 * u) : -scale * Math.log(2 - 2 * u);
}

/**
 * The exponential mechanism's probability for each of the n + 1 intervals that the ascending
 * clamped values cut [lower, upper] into (interval i lies between the i-th and (i + 1)-th value,
 * with `lower` and `upper` as the outer ends): ∝ length_i · exp(−ε·|i − p·n| / 2), normalized in
 * log space (log-sum-exp), so that large n or ε cannot underflow every weight to 0.
 */
function intervalProbabilities(edges: readonly number[], p: number, epsilon: number): number[] {
  const n = edges.length - 2;
  const target = p * n;
  const logWeights = edges
    .slice(1)
    .map(
      (right, i) => Math.log(right - (edges[i] as number)) - (epsilon * Math.abs(i - target)) / 2,
    );
  const max = Math.max(...logWeights);
  const logTotal = max + Math.log(logWeights.reduce((sum, w) => sum + Math.exp(w - max), 0));
  return logWeights.map((w) => Math.exp(w - logTotal));
}

/**
 * One ε-DP draw of the p-quantile of `sortedClamped` (ascending, inside [lower, upper]) by the
 * exponential mechanism: an interval by its probability, then a uniform point inside it.
 */
export function sampleQuantile(
  sortedClamped: readonly number[],
  lower: number,
  upper: number,
  p: number,
  epsilon: number,
  random: RandomSource,
): number {
  const edges = [lower, ...sortedClamped, upper];
  const probabilities = intervalProbabilities(edges, p, epsilon);
  let remaining = random.uniform();
  let chosen = probabilities.length - 1;
  for (let i = 0; i < probabilities.length; i++) {
    remaining -= probabilities[i] as number;
    if (remaining < 0) {
      chosen = i;
      break;
    }
  }
  // Rounding may leave a sliver past the last interval: it belongs to the last non-empty one.
  while ((probabilities[chosen] as number) === 0) chosen--;
  const left = edges[chosen] as number;
  const right = edges[chosen + 1] as number;
  return left + random.uniform() * (right - left);
}

/**
 * The 95 % margin of the p-quantile for n values spread evenly over the range (at lower + j·w,
 * j = 1…n, w = (upper − lower) / (n + 1)): the smallest h such that the mechanism lands within
 * ± h of their p-quantile (linear interpolation: t = lower + (1 + (n − 1)·p)·w) with probability
 * ≥ 0.95. The output density is constant on each interval, so the probability G(h) of
 * [t − h, t + h] is linear between the distances from t to the interval ends: G is evaluated
 * there and the crossing of 0.95 solved exactly.
 */
function quantileMargin95(n: number, lower: number, upper: number, p: number, epsilon: number) {
  const width = (upper - lower) / (n + 1);
  const edges = Array.from({ length: n + 2 }, (_, j) => (j === n + 1 ? upper : lower + j * width));
  const probabilities = intervalProbabilities(edges, p, epsilon);
  const truth = lower + (1 + (n - 1) * p) * width;
  const cdf = (y: number) =>
    probabilities.reduce(
      (sum, probability, i) => sum + probability * clamp((y - (edges[i] as number)) / width, 0, 1),
      0,
    );
  const within = (h: number) => cdf(truth + h) - cdf(truth - h);
  const breaks = [...new Set(edges.map((edge) => Math.abs(edge - truth)))].sort((a, b) => a - b);
  let [h0, g0] = [0, 0];
  for (const h1 of breaks) {
    const g1 = within(h1);
    if (g1 >= 0.95) return h0 + ((0.95 - g0) / (g1 - g0)) * (h1 - h0);
    [h0, g0] = [h1, g1];
  }
  return upper - lower;
}

/** The power of ten at most a tenth of the margin: the published figure's precision. */
const stepFor = (margin95: number): number => 10 ** Math.floor(Math.log10(margin95 / 10));

/** `x` on the grid of `step` (decimals written out, so 0.1 · 3 is 0.3), inside the range. */
function roundTo(x: number, step: number, lower: number, upper: number): number {
  const decimals = Math.max(0, -Math.round(Math.log10(step)));
  return clamp(Number((Math.round(x / step) * step).toFixed(decimals)), lower, upper);
}

/** Refuses settings no release may use, naming the field: BAD_USER_INPUT. */
export function validateDpSettings(settings: DpSettings): void {
  const { lower, upper, epsilon, quantiles } = settings;
  if (!Number.isFinite(lower))
    throw AppError.badInput('The lowest plausible value must be a number.', { field: 'lower' });
  if (!Number.isFinite(upper))
    throw AppError.badInput('The highest plausible value must be a number.', { field: 'upper' });
  if (!(lower < upper) || !Number.isFinite(upper - lower))
    throw AppError.badInput('The highest plausible value must be above the lowest one.', {
      field: 'upper',
    });
  if (!Number.isFinite(epsilon) || epsilon <= 0 || epsilon > MAX_EPSILON)
    throw AppError.badInput(`The privacy level ε must be above 0 and at most ${MAX_EPSILON}.`, {
      field: 'epsilon',
    });
  if (quantiles.some((p) => !Number.isFinite(p) || p <= 0 || p >= 1))
    throw AppError.badInput('Each quantile must lie strictly between 0 and 1.', {
      field: 'quantiles',
    });
  if (new Set(quantiles).size !== quantiles.length)
    throw AppError.badInput('Each quantile may be asked for once.', { field: 'quantiles' });
  if (!settings.mean && quantiles.length === 0)
    throw AppError.badInput('Choose at least one figure to publish.', { field: 'quantiles' });
}

function validateCount(count: number, field: string): void {
  if (!Number.isInteger(count) || count < 1)
    throw AppError.badInput('At least one value is needed.', { field });
}

/**
 * The Laplace scale of the mean: replacing one of n clamped values moves their mean by at most
 * (upper − lower) / n (its sensitivity), divided by the mean's share of ε.
 */
const meanNoiseScale = ({ lower, upper }: DpSettings, count: number, epsilon: number): number =>
  (upper - lower) / (count * epsilon);

function noiseOf(settings: DpSettings, count: number): DpNoise {
  const { lower, upper, epsilon, quantiles } = settings;
  const share = epsilon / ((settings.mean ? 1 : 0) + quantiles.length);
  const figure = (margin95: number, basis: MarginBasis): FigureNoise => ({
    epsilon: share,
    margin95,
    step: stepFor(margin95),
    basis,
  });
  const laplaceScale = meanNoiseScale(settings, count, share);
  return {
    count,
    epsilon,
    mean: settings.mean
      ? figure(Math.min(laplaceScale * LN_20, upper - lower), MarginBasis.ANY_VALUES)
      : null,
    quantiles: quantiles.map((p) => ({
      p,
      ...figure(quantileMargin95(count, lower, upper, p, share), MarginBasis.EVENLY_SPREAD_VALUES),
    })),
  };
}

/**
 * How noisy each figure of a round with these settings and `count` contributions will be —
 * from public facts only, so it may be shown before the round closes ("with 8 companies, the
 * average may differ from the true one by about ± 1 200"). Throws BAD_USER_INPUT on bad settings.
 */
export function describeNoise(settings: DpSettings, count: number): DpNoise {
  validateDpSettings(settings);
  validateCount(count, 'count');
  return noiseOf(settings, count);
}

/**
 * The ε-differentially private figures of `values` (see the top of this file). Draw ONCE per
 * round and store the result: every further draw on the same values spends ε again. `random` is
 * the CSPRNG unless a test passes a seeded source. Throws BAD_USER_INPUT on bad input.
 */
export function releaseWithDifferentialPrivacy(
  values: readonly number[],
  settings: DpSettings,
  random: RandomSource = cryptoRandomSource,
): DpRelease {
  validateDpSettings(settings);
  validateCount(values.length, 'values');
  if (values.some((v) => !Number.isFinite(v)))
    throw AppError.badInput('Every value must be a number.', { field: 'values' });
  const { lower, upper } = settings;
  const noise = noiseOf(settings, values.length);
  const clamped = clampToRange(values, lower, upper).sort((a, b) => a - b);

  let mean: DpFigure | null = null;
  if (noise.mean) {
    const clampedMean = clamped.reduce((sum, v) => sum + v, 0) / clamped.length;
    const scale = meanNoiseScale(settings, clamped.length, noise.mean.epsilon);
    const noisy = clamp(clampedMean + sampleLaplace(random, scale), lower, upper);
    mean = { ...noise.mean, value: roundTo(noisy, noise.mean.step, lower, upper) };
  }

  const draws = noise.quantiles.map((q) =>
    sampleQuantile(clamped, lower, upper, q.p, q.epsilon, random),
  );
  // Increasing in p: the k-th smallest p gets the k-th smallest draw.
  const ascendingDraws = [...draws].sort((a, b) => a - b);
  const rankOfP = [...noise.quantiles].map((q) => q.p).sort((a, b) => a - b);
  const quantiles = noise.quantiles.map((q) => {
    const draw = ascendingDraws[rankOfP.indexOf(q.p)] as number;
    return { ...q, value: roundTo(draw, q.step, lower, upper) };
  });

  return { count: values.length, epsilon: settings.epsilon, mean, quantiles };
}
