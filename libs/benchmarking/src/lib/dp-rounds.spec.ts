import { AppError } from '@alianza/shared';
import { BenchmarkOutcome, BenchmarkWithheldReason } from './benchmark-statistics';
import { MarginBasis, PrivacyLevel, releaseWithDifferentialPrivacy } from './differential-privacy';
import { decideDpRound, dpRoundSettings, positionAmongQuantiles } from './dp-rounds';
import { seededRandomSource } from './random-source';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? String(error.details?.['field']) : 'not an AppError';
  }
  return undefined;
};

describe('dpRoundSettings', () => {
  const request = { lower: 0, upper: 100, level: PrivacyLevel.BALANCED, publishMean: false };

  it('turns a level into its ε and defaults to the quartiles', () => {
    expect(dpRoundSettings(request, false)).toEqual({
      lower: 0,
      upper: 100,
      epsilon: 1,
      level: PrivacyLevel.BALANCED,
      mean: false,
      quantiles: [0.25, 0.5, 0.75],
    });
    expect(dpRoundSettings({ ...request, level: PrivacyLevel.STRONG }, false).epsilon).toBe(0.5);
  });

  it('takes an exact ε instead of the level, and sorts the quantiles', () => {
    expect(
      dpRoundSettings({ ...request, epsilon: 3, quantiles: [0.9, 0.1], publishMean: true }, true),
    ).toMatchObject({ epsilon: 3, level: null, mean: true, quantiles: [0.1, 0.9] });
  });

  it('names the field of the input that is wrong', () => {
    expect(fieldOf(() => dpRoundSettings({ ...request, upper: 0 }, false))).toBe(
      'differentialPrivacy.upper',
    );
    expect(fieldOf(() => dpRoundSettings({ ...request, epsilon: 5.5 }, false))).toBe(
      'differentialPrivacy.epsilon',
    );
    expect(fieldOf(() => dpRoundSettings({ ...request, publishMean: true }, false))).toBe(
      'differentialPrivacy.publishMean',
    );
    expect(fieldOf(() => dpRoundSettings({ ...request, lower: -1, publishMean: true }, true))).toBe(
      'differentialPrivacy.lower',
    );
    expect(fieldOf(() => dpRoundSettings({ ...request, upper: 1e16 }, false))).toBe(
      'differentialPrivacy.upper',
    );
    expect(fieldOf(() => dpRoundSettings({ ...request, quantiles: [0.5, 0.5] }, false))).toBe(
      'differentialPrivacy.quantiles',
    );
  });
});

describe('decideDpRound', () => {
  const settings = dpRoundSettings(
    { lower: 0, upper: 100, level: PrivacyLevel.BALANCED, publishMean: true },
    true,
  );

  it('withholds below k, whatever the values', () => {
    expect(decideDpRound(3, settings, [10, 20])).toEqual({
      outcome: BenchmarkOutcome.WITHHELD,
      reason: BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS,
    });
  });

  it('publishes the release of the random source with its public settings', () => {
    const values = [5, 10, 40, 70, 99];
    const decision = decideDpRound(3, settings, values, seededRandomSource('round'));
    expect(decision).toEqual({
      outcome: BenchmarkOutcome.PUBLISHED,
      result: {
        rule: 'differential-privacy',
        level: PrivacyLevel.BALANCED,
        lower: 0,
        upper: 100,
        ...releaseWithDifferentialPrivacy(values, settings, seededRandomSource('round')),
      },
    });
  });

  it('publishes where values all sit at one end, which the rank-band rule withholds', () => {
    expect(decideDpRound(3, settings, [0, 0, 0, 30]).outcome).toBe(BenchmarkOutcome.PUBLISHED);
  });
});

describe('positionAmongQuantiles', () => {
  const quartiles = [0.25, 0.5, 0.75].map((p, i) => ({
    p,
    value: [20, 40, 60][i] as number,
    epsilon: 1,
    margin95: 10,
    step: 1,
    basis: MarginBasis.EVENLY_SPREAD_VALUES,
  }));

  it('counts the published quantiles below the value', () => {
    expect([5, 20, 25, 45, 60.5, 1e9].map((v) => positionAmongQuantiles(v, quartiles))).toEqual([
      0, 0, 1, 2, 3, 3,
    ]);
  });
});
