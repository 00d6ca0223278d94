import type { Formatters } from '@alianza/i18n';

/** The scale a collaboration's ledger values contributions in (as the API names it). */
export interface LedgerScale {
  readonly valuationScale: string;
  /** ISO 4217, for the money scale. */
  readonly currency: string | null;
}

/**
 * An exact decimal from the ledger, shown in its scale: money in its currency, or points
 * (`points` words the number, e.g. (n) => t('points', { value: n })). Without a known scale,
 * just the number.
 */
export function formatLedgerAmount(
  value: string | null | undefined,
  scale: LedgerScale | null | undefined,
  format: Formatters,
  points: (formatted: string) => string,
): string {
  if (value === null || value === undefined || value === '' || !scale) return format.number(value);
  if (scale.valuationScale === 'MONEY' && scale.currency)
    return format.money(value, scale.currency);
  return points(format.number(value));
}
