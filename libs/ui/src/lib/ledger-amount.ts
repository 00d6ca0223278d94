import type { Formatters } from '@alianza/i18n';

/** The scale a collaboration's ledger values contributions in (as the API names it). */
export interface LedgerScale {
  readonly valuationScale: string;
  /** ISO 4217, for the money scale. */
  readonly currency: string | null;
}

/** Spaces inside an amount ("12 puntos", "1 234,50 €") that must not become line breaks. */
const BREAKABLE_SPACE = /[ \u202f]/g;

/**
 * An exact decimal from the ledger, shown in its scale: money in its currency, or points
 * (`points` words the number, e.g. (n) => t('points', { value: n })). Without a known scale,
 * just the number. The result never wraps: its spaces are non-breaking, so a narrow table
 * column keeps "1.250,00 €" on one line.
 */
export function formatLedgerAmount(
  value: string | null | undefined,
  scale: LedgerScale | null | undefined,
  format: Formatters,
  points: (formatted: string) => string,
): string {
  const text =
    value === null || value === undefined || value === '' || !scale
      ? format.number(value)
      : scale.valuationScale === 'MONEY' && scale.currency
        ? format.money(value, scale.currency)
        : points(format.number(value));
  return text.replace(BREAKABLE_SPACE, '\u00a0');
}
