import { useFormat } from '@alianza/i18n';
import { useMemo } from 'react';
import { useT } from './i18n';
import type { LedgerScale } from './ledger-amount';

/**
 * The ticks of a ledger chart's value axis: whole numbers from 0 to at least `max`, evenly
 * spaced by 1, 2 or 5 × 10ⁿ, about `count` steps. Every tick is a different whole number, so
 * none is skipped or shown twice (a chart's own ticks for small values are fractions that round
 * to the same label).
 */
export function integerTicks(max: number, count = 5): number[] {
  const top = Math.max(1, Math.ceil(Number.isFinite(max) ? max : 0));
  const rough = top / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].map((m) => m * magnitude).find((step) => step >= rough) ?? rough;
  const step = Math.max(1, Math.round(nice));
  const end = Math.ceil(top / step) * step;
  return Array.from({ length: end / step + 1 }, (_, i) => i * step);
}

export interface LedgerAxis {
  /** "Valor (€)", "Valor (puntos)": the axis says its unit once. */
  readonly label: string;
  /** Whole numbers in the user's language, without the unit. */
  tickFormatter(value: number): string;
  /** What a recharts axis needs to show `integerTicks(max)`. */
  props(max: number): {
    ticks: number[];
    domain: [number, number];
    allowDecimals: false;
    tickFormatter: (value: number) => string;
  };
}

/** A ledger chart's value axis in the ledger's scale: integer ticks, the unit in the label. */
export function useLedgerAxis(scale: LedgerScale | null | undefined): LedgerAxis {
  const { t } = useT('common');
  const format = useFormat();
  return useMemo(() => {
    const currency = scale?.valuationScale === 'MONEY' ? scale.currency : null;
    const unit = currency
      ? (new Intl.NumberFormat(format.locale, { style: 'currency', currency })
          .formatToParts(0)
          .find((part) => part.type === 'currency')?.value ?? currency)
      : t('ledgerAxis.points');
    const tickFormatter = (value: number) => format.number(value, 0);
    return {
      label: t('ledgerAxis.label', { unit }),
      tickFormatter,
      props: (max) => {
        const ticks = integerTicks(max);
        return { ticks, domain: [0, ticks.at(-1) ?? 1], allowDecimals: false, tickFormatter };
      },
    };
  }, [scale, format, t]);
}
