/** What the chart needs of an indicator. */
export interface IndicatorLike {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly baseline: number;
  readonly target: number;
  readonly current: number | null;
}

export interface IndicatorChartRow {
  readonly indicator: string;
  readonly baseline: number;
  readonly target: number;
  /** Null until a value is reported (the bar is left out). */
  readonly current: number | null;
}

/** One row per indicator: its baseline, its target and its latest reported value. */
export function indicatorChartRows(indicators: readonly IndicatorLike[]): IndicatorChartRow[] {
  return indicators.map((i) => ({
    indicator: `${i.name} (${i.unit})`,
    baseline: i.baseline,
    target: i.target,
    current: i.current,
  }));
}
