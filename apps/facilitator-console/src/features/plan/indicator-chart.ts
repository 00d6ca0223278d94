/** What the chart needs of an indicator (its values are exact decimal strings). */
export interface IndicatorLike {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly baselineDecimal: string;
  readonly targetDecimal: string;
  readonly currentDecimal: string | null;
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
    baseline: Number(i.baselineDecimal),
    target: Number(i.targetDecimal),
    current: i.currentDecimal === null ? null : Number(i.currentDecimal),
  }));
}
