import type { Formatters } from '@alianza/i18n';
import type { ValuationScale } from '@alianza/graphql-client/types';

export interface ReportLedgerScale {
  readonly valuationScale: ValuationScale;
  readonly currency: string | null;
}

/**
 * An exact decimal of the ledger in its scale: money in its currency, or points (`points`
 * words the number). Without a scale, just the number. (The ledger screen words it the same.)
 */
export function formatReportAmount(
  value: string | null | undefined,
  scale: ReportLedgerScale | null | undefined,
  format: Formatters,
  points: (formatted: string) => string,
): string {
  if (value === null || value === undefined || value === '') return format.number(value);
  if (!scale) return format.number(value);
  if (scale.valuationScale === 'MONEY' && scale.currency)
    return format.money(value, scale.currency);
  return points(format.number(value));
}
