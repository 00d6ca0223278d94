import type { Formatters } from '@alianza/i18n';
import type { ValuationScale } from '@alianza/graphql-client/types';

export interface LedgerScale {
  readonly valuationScale: ValuationScale;
  readonly currency: string | null;
}

/**
 * An exact decimal from the ledger, shown in its scale: money in its currency, or points.
 * `points` words the number, e.g. (n) => t('points', { value: n }).
 */
export function formatLedgerAmount(
  value: string | null | undefined,
  scale: LedgerScale,
  format: Formatters,
  points: (formatted: string) => string,
): string {
  if (value === null || value === undefined || value === '') return format.number(value);
  if (scale.valuationScale === 'MONEY' && scale.currency)
    return format.money(value, scale.currency);
  return points(format.number(value));
}
