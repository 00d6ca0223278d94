/** A published band: the average of the values ranked `fromRank`..`toRank` (1 = lowest). */
export interface PublishedBand {
  fromRank: number;
  toRank: number;
  average: number;
}

/**
 * The axis of a band chart: from the lowest to the highest band average (and any extra marks,
 * such as one's own value) with a margin on each side. Only averages are published, so nothing
 * else can be drawn.
 */
export function bandDomain(
  averages: readonly number[],
  marks: readonly number[] = [],
): [number, number] {
  const low = Math.min(...averages, ...marks);
  const high = Math.max(...averages, ...marks);
  const span = high - low;
  const pad = span > 0 ? span * 0.25 : Math.max(Math.abs(high) * 0.1, 1);
  return [low - pad, high + pad];
}

/** Where `value` falls on `domain`, in percent of the width (0–100). */
export function positionPercent(value: number, domain: readonly [number, number]): number {
  const [low, high] = domain;
  return Math.min(100, Math.max(0, ((value - low) / (high - low)) * 100));
}

type BandName =
  | 'all'
  | 'lowHalf'
  | 'highHalf'
  | 'lowThird'
  | 'middleThird'
  | 'highThird'
  | 'lowQuarter'
  | 'secondQuarter'
  | 'thirdQuarter'
  | 'highQuarter';

/**
 * The message key naming band `index` of `count` bands in plain words, lowest values first:
 * one band is "all", two are halves, three thirds, four quarters.
 */
export function bandNameKey(index: number, count: number): `bands.${BandName}` {
  const names: Partial<Record<number, readonly BandName[]>> = {
    1: ['all'],
    2: ['lowHalf', 'highHalf'],
    3: ['lowThird', 'middleThird', 'highThird'],
    4: ['lowQuarter', 'secondQuarter', 'thirdQuarter', 'highQuarter'],
  };
  const key = names[count]?.[index];
  if (!key) throw new Error(`no name for band ${index} of ${count}`);
  return `bands.${key}`;
}

/**
 * The place of band `index` counted from the best one (1 = best): the highest band when higher
 * is better, the lowest otherwise.
 */
export function placeFromBest(index: number, count: number, higherIsBetter: boolean): number {
  return higherIsBetter ? count - index : index + 1;
}
