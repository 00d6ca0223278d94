import { AppError, ErrorCode } from '@alianza/shared';
import {
  clampToRange,
  describeNoise,
  DpSettings,
  MarginBasis,
  MAX_EPSILON,
  PRIVACY_LEVEL_EPSILON,
  PrivacyLevel,
  releaseWithDifferentialPrivacy,
  sampleLaplace,
  sampleQuantile,
} from './differential-privacy';
import { seededRandomSource } from './random-source';

const repeat = <T>(count: number, make: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));

/** The Kolmogorov–Smirnov statistic: the largest gap between the samples' CDF and `cdf`. */
function ksStatistic(samples: readonly number[], cdf: (x: number) => number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.reduce((gap, x, i) => {
    const f = cdf(x);
    return Math.max(gap, Math.abs((i + 1) / sorted.length - f), Math.abs(f - i / sorted.length));
  }, 0);
}

/** KS critical value at α = 0.001 for n samples (asymptotic: √(−ln(α/2) / 2) / √n). */
const ksCritical = (n: number) => Math.sqrt(-Math.log(0.0005) / 2) / Math.sqrt(n);

/** Pearson's χ² of observed counts against expected probabilities (classes of probability 0 skipped). */
function chiSquare(observed: readonly number[], probabilities: readonly number[]): number {
  const total = observed.reduce((sum, c) => sum + c, 0);
  return probabilities.reduce((sum, p, i) => {
    if (p === 0) return sum;
    const expected = p * total;
    return sum + ((observed[i] as number) - expected) ** 2 / expected;
  }, 0);
}

/** χ² critical values at α = 0.001 by degrees of freedom (from the χ² distribution's table). */
const CHI_SQUARE_CRITICAL_0_001: Record<number, number> = { 3: 16.266, 6: 22.458 };

/** `hits` of `total` is 95 %, within 4 standard errors of a proportion (√(0.95 · 0.05 / total)). */
function expectShareNear95(hits: number, total: number): void {
  expect(Math.abs(hits / total - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / total));
}

const settings = (overrides: Partial<DpSettings> = {}): DpSettings => ({
  lower: 0,
  upper: 100,
  epsilon: 1,
  mean: true,
  quantiles: [0.25, 0.5, 0.75],
  ...overrides,
});

/** The error a call throws, or a failure if it throws none. */
function errorOf(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('sampleLaplace', () => {
  const scale = 3;
  const random = seededRandomSource('laplace');
  const samples = repeat(20_000, () => sampleLaplace(random, scale));

  it('follows the Laplace distribution (Kolmogorov–Smirnov)', () => {
    const laplaceCdf = (x: number) =>
      x < 0 ? Math.exp(x / scale) / 2 : 1 - Math.exp(-x / scale) / 2;
    expect(ksStatistic(samples, laplaceCdf)).toBeLessThan(ksCritical(samples.length));
  });

  it('has mean 0 and variance 2·scale²', () => {
    const n = samples.length;
    const mean = samples.reduce((sum, x) => sum + x, 0) / n;
    const variance = samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
    // Standard errors: √(2/n)·scale for the mean, √(20/n)·scale² for the variance; 5 of them.
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(2 / n) * scale);
    expect(Math.abs(variance - 2 * scale ** 2)).toBeLessThan(5 * Math.sqrt(20 / n) * scale ** 2);
  });
});

describe('sampleQuantile (exponential mechanism)', () => {
  /** The exact interval probabilities, computed here independently of the module. */
  function exactProbabilities(
    sorted: number[],
    lower: number,
    upper: number,
    p: number,
    e: number,
  ) {
    const edges = [lower, ...sorted, upper];
    const weights = sorted
      .concat(upper)
      .map(
        (right, i) => (right - edges[i]!) * Math.exp((-e * Math.abs(i - p * sorted.length)) / 2),
      );
    const total = weights.reduce((sum, w) => sum + w, 0);
    return weights.map((w) => w / total);
  }

  it.each([
    { values: [3, 7, 7, 15, 40], p: 0.5, epsilon: 1, freedom: 3 },
    { values: [5, 12, 18, 26, 33, 37], p: 0.25, epsilon: 2, freedom: 6 },
  ])(
    'picks each interval with its exact probability (χ², $values, p $p, ε $epsilon)',
    ({ values, p, epsilon, freedom }) => {
      const random = seededRandomSource(`quantile ${values.join(' ')}`);
      const draws = repeat(10_000, () => sampleQuantile(values, 0, 40, p, epsilon, random));
      const probabilities = exactProbabilities(values, 0, 40, p, epsilon);
      // A draw in interval i has exactly i values below it (ties make empty intervals).
      const observed = new Array<number>(values.length + 1).fill(0);
      for (const y of draws) observed[values.filter((v) => v < y).length]!++;
      expect(probabilities.filter((q) => q > 0)).toHaveLength(freedom + 1);
      expect(observed.filter((_, i) => probabilities[i] === 0).every((c) => c === 0)).toBe(true);
      expect(chiSquare(observed, probabilities)).toBeLessThan(CHI_SQUARE_CRITICAL_0_001[freedom]!);

      // Inside its interval, a draw is uniform.
      const edges = [0, ...values, 40];
      const positions = draws.map((y) => {
        const i = values.filter((v) => v < y).length;
        return (y - edges[i]!) / (edges[i + 1]! - edges[i]!);
      });
      expect(ksStatistic(positions, (u) => u)).toBeLessThan(ksCritical(positions.length));
    },
  );

  it('stays accurate and finite for many values and a large ε (log-space weights)', () => {
    const values = repeat(1001, (i) => i);
    const random = seededRandomSource('many values');
    const draws = repeat(100, () => sampleQuantile(values, 0, 1000, 0.5, MAX_EPSILON, random));
    // Rank errors beyond 6 have probability below e^(−ε·6/2) per side.
    expect(draws.every((y) => Math.abs(y - 500) <= 7)).toBe(true);
  });

  it('may answer anywhere in the range when the values are bunched (it never sees them exactly)', () => {
    const random = seededRandomSource('bunched');
    const draws = repeat(2000, () => sampleQuantile([50, 50, 50], 0, 100, 0.5, 1, random));
    expect(draws.every((y) => y > 0 && y < 100 && y !== 50)).toBe(true);
    expect(draws.some((y) => y < 25) && draws.some((y) => y > 75)).toBe(true);
  });
});

describe('releaseWithDifferentialPrivacy', () => {
  it('clamps every value into the plausible range before adding noise', () => {
    expect(clampToRange([-5, 3, 250], 0, 100)).toEqual([0, 3, 100]);
    // Half the values far above the range: the raw mean is 500 002.5, the clamped one 7.5.
    const values = [...repeat(50, () => 1_000_000), ...repeat(50, () => 5)];
    const release = releaseWithDifferentialPrivacy(
      values,
      settings({ upper: 10, epsilon: MAX_EPSILON, quantiles: [0.5] }),
      seededRandomSource('clamp'),
    );
    // Scale 10 / (100 · 2.5) = 0.04: the margin is ±0.12.
    expect(Math.abs(release.mean!.value - 7.5)).toBeLessThanOrEqual(release.mean!.margin95);
    expect(release.quantiles[0]!.value).toBeGreaterThanOrEqual(0);
    expect(release.quantiles[0]!.value).toBeLessThanOrEqual(10);
  });

  it('publishes only figures inside the range, on their step, quantiles increasing with p', () => {
    const random = seededRandomSource('inside');
    const asked = settings({ lower: 10, upper: 60, quantiles: [0.75, 0.25, 0.5] });
    for (const values of repeat(100, () => repeat(4, () => random.uniform() * 100))) {
      const { mean, quantiles } = releaseWithDifferentialPrivacy(values, asked, random);
      for (const figure of [mean!, ...quantiles]) {
        expect(figure.value).toBeGreaterThanOrEqual(10);
        expect(figure.value).toBeLessThanOrEqual(60);
        const steps = figure.value / figure.step;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
      }
      expect(quantiles.map((q) => q.p)).toEqual([0.75, 0.25, 0.5]);
      const [q3, q1, median] = quantiles.map((q) => q.value);
      expect(q1! <= median! && median! <= q3!).toBe(true);
    }
  });

  it('gives the same figures for the same seed and others for another seed', () => {
    const values = [12, 31, 47, 58, 66, 90];
    const once = (seed: string) =>
      releaseWithDifferentialPrivacy(values, settings(), seededRandomSource(seed));
    expect(once('round A')).toEqual(once('round A'));
    const values1 = [once('round A'), once('round B')].map((r) => [
      r.mean!.value,
      ...r.quantiles.map((q) => q.value),
    ]);
    expect(values1[0]).not.toEqual(values1[1]);
  });

  it('does not change the values it is given', () => {
    const values = [30, 10, 200, -4];
    releaseWithDifferentialPrivacy(values, settings(), seededRandomSource('untouched'));
    expect(values).toEqual([30, 10, 200, -4]);
  });

  it('splits ε equally across the published figures (basic composition)', () => {
    const release = releaseWithDifferentialPrivacy(
      [1, 2, 3],
      settings({ epsilon: 2 }),
      seededRandomSource('split'),
    );
    const shares = [release.mean!, ...release.quantiles].map((f) => f.epsilon);
    expect(shares).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(release.epsilon).toBe(2);
    const medianOnly = describeNoise(settings({ epsilon: 2, mean: false, quantiles: [0.5] }), 3);
    expect(medianOnly.quantiles[0]!.epsilon).toBe(2);
    expect(medianOnly.mean).toBeNull();
  });

  it('states noise that depends only on the count, the range and ε — never on the values', () => {
    const asked = settings();
    const random = seededRandomSource('public noise');
    const stated = describeNoise(asked, 7);
    for (const values of [
      repeat(7, () => 50),
      [0, 1, 2, 3, 97, 98, 99],
      [5, 9, 14, 40, 41, 42, 77],
    ]) {
      const release = releaseWithDifferentialPrivacy(values, asked, random);
      const { value: _mean, ...meanNoise } = release.mean!;
      expect(meanNoise).toEqual(stated.mean);
      expect(release.quantiles.map(({ value: _q, ...noise }) => noise)).toEqual(stated.quantiles);
    }
    expect(stated.mean!.basis).toBe(MarginBasis.ANY_VALUES);
    expect(stated.quantiles.every((q) => q.basis === MarginBasis.EVENLY_SPREAD_VALUES)).toBe(true);
  });

  it('gives the mean a 95 % margin of scale · ln 20, capped at the width of the range', () => {
    // Scale (100 − 0) / (20 · 2) = 2.5.
    expect(describeNoise(settings({ epsilon: 2, quantiles: [] }), 20).mean!.margin95).toBeCloseTo(
      2.5 * Math.log(20),
      10,
    );
    expect(describeNoise(settings({ epsilon: 0.5 }), 3).mean!.margin95).toBe(100);
  });

  it('keeps 95 % of published means within their stated margin', () => {
    const asked = settings({ epsilon: 2, quantiles: [] });
    const values = repeat(20, (i) => 31 + i * 2); // mean 50, far from the ends
    const random = seededRandomSource('mean margin');
    const releases = repeat(10_000, () => releaseWithDifferentialPrivacy(values, asked, random));
    const within = releases.filter((r) => Math.abs(r.mean!.value - 50) <= r.mean!.margin95);
    expectShareNear95(within.length, releases.length);
  });

  it('keeps 95 % of published medians of evenly spread values within their stated margin', () => {
    const values = repeat(9, (j) => (j + 1) * 10); // [0, 100] cut into 10
    const margin = describeNoise(settings({ mean: false, quantiles: [0.5] }), 9).quantiles[0]!;
    const random = seededRandomSource('median margin');
    const draws = repeat(20_000, () => sampleQuantile(values, 0, 100, 0.5, margin.epsilon, random));
    const within = draws.filter((y) => Math.abs(y - 50) <= margin.margin95);
    expectShareNear95(within.length, draws.length);
  });
});

describe('privacy: one company changing its value barely changes what is published', () => {
  const BINS = 10;

  /**
   * For each of 10 equal bins of [0, 100] that both runs reach at least 200 times, |ln| of the
   * ratio of their frequencies, minus what ε allows plus 4 standard errors of that log-ratio
   * (√(1/a + 1/b)); > 0 in some bin means the runs differ by more than e^ε.
   */
  function worstExcess(first: readonly number[], second: readonly number[], epsilon: number) {
    const counts = (draws: readonly number[]) => {
      const c = new Array<number>(BINS).fill(0);
      for (const y of draws) c[Math.min(BINS - 1, Math.floor(y / (100 / BINS)))]!++;
      return c;
    };
    const [a, b] = [counts(first), counts(second)];
    let worst = -Infinity;
    for (let i = 0; i < BINS; i++) {
      const [x, y] = [a[i]!, b[i]!];
      if (x < 200 || y < 200) continue;
      worst = Math.max(worst, Math.abs(Math.log(x / y)) - epsilon - 4 * Math.sqrt(1 / x + 1 / y));
    }
    return worst;
  }

  // The neighbours differ in one company's value, moved from one end of the range to the other.
  const before = [0, 20, 30, 40, 50];
  const after = [100, 20, 30, 40, 50];
  const RUNS = 20_000;

  it('keeps the mean within e^ε, and the check catches a mean with too little noise', () => {
    const asked = settings({ epsilon: 1, quantiles: [] });
    const random = seededRandomSource('neighbours mean');
    const run = (values: number[]) =>
      repeat(RUNS, () => releaseWithDifferentialPrivacy(values, asked, random).mean!.value);
    expect(worstExcess(run(before), run(after), 1)).toBeLessThan(0);

    // The same mean with a quarter of the noise (scale 100 / (5 · 1) / 4): no longer 1-DP.
    const tooLittle = (values: number[]) =>
      repeat(RUNS, () =>
        Math.min(
          100,
          Math.max(0, values.reduce((s, v) => s + v, 0) / 5 + sampleLaplace(random, 5)),
        ),
      );
    expect(worstExcess(tooLittle(before), tooLittle(after), 1)).toBeGreaterThan(0);
  });

  it('keeps the median within e^ε', () => {
    // The mechanism itself: a release only rounds and orders its draws, which cannot weaken ε.
    const random = seededRandomSource('neighbours median');
    const run = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return repeat(RUNS, () => sampleQuantile(sorted, 0, 100, 0.5, 1, random));
    };
    expect(worstExcess(run(before), run(after), 1)).toBeLessThan(0);
  });
});

describe('settings', () => {
  it('offers three levels from strong protection to more precise figures', () => {
    const levels = [PrivacyLevel.STRONG, PrivacyLevel.BALANCED, PrivacyLevel.PRECISE];
    const epsilons = levels.map((level) => PRIVACY_LEVEL_EPSILON[level]);
    expect(epsilons).toEqual([0.5, 1, 2]);
    const margins = epsilons.map(
      (epsilon) => describeNoise(settings({ epsilon }), 30).mean!.margin95,
    );
    expect(margins[0]! > margins[1]! && margins[1]! > margins[2]!).toBe(true);
  });

  it.each<[string, Partial<DpSettings>, string]>([
    ['a lowest value that is not a number', { lower: Number.NaN }, 'lower'],
    ['an infinite highest value', { upper: Infinity }, 'upper'],
    ['a range upside down', { lower: 10, upper: 5 }, 'upper'],
    ['an empty range', { lower: 5, upper: 5 }, 'upper'],
    ['a range too wide to measure', { lower: -Number.MAX_VALUE, upper: Number.MAX_VALUE }, 'upper'],
    ['ε of 0', { epsilon: 0 }, 'epsilon'],
    ['a negative ε', { epsilon: -1 }, 'epsilon'],
    ['ε above the maximum', { epsilon: MAX_EPSILON + 0.1 }, 'epsilon'],
    ['a quantile of 0 (the minimum)', { quantiles: [0, 0.5] }, 'quantiles'],
    ['a quantile of 1 (the maximum)', { quantiles: [1] }, 'quantiles'],
    ['a quantile asked twice', { quantiles: [0.5, 0.5] }, 'quantiles'],
    ['nothing to publish', { mean: false, quantiles: [] }, 'quantiles'],
  ])('refuses %s, naming the field', (_case, overrides, field) => {
    const error = errorOf(() =>
      releaseWithDifferentialPrivacy([1, 2, 3], settings(overrides), seededRandomSource('bad')),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field });
    expect(errorOf(() => describeNoise(settings(overrides), 3)).details).toEqual({ field });
  });

  it('refuses no values, values that are not numbers and a count below 1', () => {
    const refuse = (values: number[]) =>
      errorOf(() => releaseWithDifferentialPrivacy(values, settings(), seededRandomSource('bad')));
    expect(refuse([]).details).toEqual({ field: 'values' });
    expect(refuse([1, Number.NaN]).details).toEqual({ field: 'values' });
    expect(refuse([1, -Infinity]).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(errorOf(() => describeNoise(settings(), 0)).details).toEqual({ field: 'count' });
    expect(errorOf(() => describeNoise(settings(), 2.5)).details).toEqual({ field: 'count' });
  });
});
