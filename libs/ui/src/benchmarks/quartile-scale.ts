export interface Quartiles {
  firstQuartile: number;
  median: number;
  thirdQuartile: number;
}

/**
 * The axis of a quartile box: Q1..Q3 (and any extra marks, such as one's own value) with a
 * margin on each side. Never the minimum or maximum: they are not published.
 */
export function quartileDomain(q: Quartiles, marks: readonly number[] = []): [number, number] {
  const low = Math.min(q.firstQuartile, ...marks);
  const high = Math.max(q.thirdQuartile, ...marks);
  const span = high - low;
  const pad = span > 0 ? span * 0.25 : Math.max(Math.abs(high) * 0.1, 1);
  return [low - pad, high + pad];
}

/** Where `value` falls on `domain`, in percent of the width (0–100). */
export function positionPercent(value: number, domain: readonly [number, number]): number {
  const [low, high] = domain;
  return Math.min(100, Math.max(0, ((value - low) / (high - low)) * 100));
}
