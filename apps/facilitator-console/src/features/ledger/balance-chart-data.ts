/** API balances → rows and series of the "given vs received" bar chart. */

export interface OrganizationBalanceLike {
  readonly organizationId: string;
  /** Exact decimal strings from the API. */
  readonly given: string;
  readonly received: string;
}

export interface BalanceChartRow {
  readonly organization: string;
  readonly given: number;
  readonly received: number;
}

export interface BalanceChartSeries {
  readonly name: 'given' | 'received';
  readonly label: string;
  readonly color: string;
}

/**
 * One row per organization (sorted by name) with plain numbers for the chart; the exact
 * amounts stay in the table. Organizations without a name in `nameOf` still get a row.
 */
export function balanceChartRows(
  organizations: readonly OrganizationBalanceLike[],
  nameOf: (organizationId: string) => string,
): BalanceChartRow[] {
  return organizations
    .map((o) => ({
      organization: nameOf(o.organizationId),
      given: Number(o.given),
      received: Number(o.received),
    }))
    .sort((a, b) => a.organization.localeCompare(b.organization));
}

/** The chart's two series, named in the user's language. */
export function balanceChartSeries(labels: {
  given: string;
  received: string;
}): BalanceChartSeries[] {
  return [
    { name: 'given', label: labels.given, color: 'teal.6' },
    { name: 'received', label: labels.received, color: 'blue.5' },
  ];
}
