import { AppError } from '@alianza/shared';
import { eitherDecimal } from '@alianza/api-core';
import {
  BenchmarkOutcome,
  BenchmarkWithheldReason,
  MAX_BENCHMARK_VALUE,
} from './benchmark-statistics';
import {
  DpQuantile,
  DpRelease,
  DpSettings,
  PRIVACY_LEVEL_EPSILON,
  PrivacyLevel,
  releaseWithDifferentialPrivacy,
  validateDpSettings,
} from './differential-privacy';
import { cryptoRandomSource, RandomSource } from './random-source';

/** Q1, the median and Q3: what a differentially private round publishes unless told otherwise. */
export const DEFAULT_DP_QUANTILES: readonly number[] = [0.25, 0.5, 0.75];

/** A round's differential-privacy settings, stored with the round when it is created. */
export interface DpRoundSettings extends DpSettings {
  /** The preset the facilitator chose, or null for an exact ε (advanced). */
  level: PrivacyLevel | null;
}

/** What the facilitator asks for; `epsilon`, when given, replaces the level's ε. */
export interface DpRoundRequest {
  /** The bounds as Decimals, or (deprecated) as Floats: exactly one of each pair. */
  lowerDecimal?: string | null;
  upperDecimal?: string | null;
  lower?: number | null;
  upper?: number | null;
  level: PrivacyLevel;
  epsilon?: number | null;
  publishMean: boolean;
  quantiles?: readonly number[] | null;
}

/**
 * The frozen snapshot of a differentially private round (beside `rule: 'rank-bands'`): the one
 * release drawn when it closed, with the public settings it was drawn under.
 */
export interface DpPublication extends DpRelease {
  rule: 'differential-privacy';
  level: PrivacyLevel | null;
  lower: number;
  upper: number;
}

/** Prefixes the field of a BAD_USER_INPUT thrown by `fn` with the input object's name. */
function naming<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof AppError && typeof error.details?.['field'] === 'string') {
      throw new AppError(error.code, error.message, {
        ...error.details,
        field: `${prefix}.${error.details['field']}`,
      });
    }
    throw error;
  }
}

/**
 * The settings a request stands for, refused with BAD_USER_INPUT naming the field
 * (`differentialPrivacy.lower`, `.upper`, `.epsilon`, `.publishMean`, `.quantiles`). The mean is
 * published only for metrics that add up; quantiles are kept in increasing order.
 */
export function dpRoundSettings(request: DpRoundRequest, summable: boolean): DpRoundSettings {
  return naming('differentialPrivacy', () => {
    if (request.publishMean && !summable)
      throw AppError.badInput('The average is published only for figures that add up.', {
        field: 'publishMean',
      });
    // The field a refusal names: the form of the bound the client gave.
    const sent = (field: 'lower' | 'upper') =>
      request[`${field}Decimal`] != null ? `${field}Decimal` : field;
    const bound = (field: 'lower' | 'upper'): number => {
      const given = eitherDecimal(
        `${field}Decimal`,
        request[`${field}Decimal`],
        request[field],
        true,
      );
      const value = Number(given);
      if (Math.abs(value) > MAX_BENCHMARK_VALUE)
        throw AppError.badInput('Enter a number of a sensible size.', { field: sent(field) });
      return value;
    };
    const lower = bound('lower');
    const upper = bound('upper');
    if (summable && lower < 0)
      throw AppError.badInput('Figures that add up are zero or more.', { field: sent('lower') });
    const custom = request.epsilon !== undefined && request.epsilon !== null;
    const settings: DpRoundSettings = {
      lower,
      upper,
      epsilon: custom ? (request.epsilon as number) : PRIVACY_LEVEL_EPSILON[request.level],
      level: custom ? null : request.level,
      mean: request.publishMean,
      quantiles: [...(request.quantiles ?? DEFAULT_DP_QUANTILES)].sort((a, b) => a - b),
    };
    try {
      validateDpSettings(settings);
    } catch (error) {
      const field = error instanceof AppError ? error.details?.['field'] : undefined;
      if (field !== 'lower' && field !== 'upper') throw error;
      const refused = error as AppError;
      throw AppError.badInput(refused.message, { ...refused.details, field: sent(field) });
    }
    return settings;
  });
}

export type DpRoundDecision =
  | { outcome: BenchmarkOutcome.PUBLISHED; result: DpPublication }
  | { outcome: BenchmarkOutcome.WITHHELD; reason: BenchmarkWithheldReason };

/**
 * What closing a differentially private round publishes (ADR 0012): withheld when fewer than k
 * organizations submitted — a decision on the public count only, never on the values — else ONE
 * release drawn from `random`, to be stored and never drawn again.
 */
export function decideDpRound(
  k: number,
  settings: DpRoundSettings,
  values: readonly number[],
  random: RandomSource = cryptoRandomSource,
): DpRoundDecision {
  if (values.length < k)
    return {
      outcome: BenchmarkOutcome.WITHHELD,
      reason: BenchmarkWithheldReason.TOO_FEW_SUBMISSIONS,
    };
  const release = releaseWithDifferentialPrivacy(values, settings, random);
  return {
    outcome: BenchmarkOutcome.PUBLISHED,
    result: {
      rule: 'differential-privacy',
      level: settings.level,
      lower: settings.lower,
      upper: settings.upper,
      ...release,
    },
  };
}

/**
 * Where a value stands among published quantiles: how many of them lie below it (0 = below the
 * first one, `quantiles.length` = above the last). Uses only the published figures and the
 * caller's own value, so telling it to that caller reveals nothing about anyone else.
 */
export function positionAmongQuantiles(value: number, quantiles: readonly DpQuantile[]): number {
  return quantiles.filter((q) => q.value < value).length;
}
