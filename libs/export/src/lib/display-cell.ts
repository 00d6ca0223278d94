import { formatWallDate, formatWallDateTime, wallClockOf } from './export-dates';
import { EXPORT_LOCALES, ExportLanguage, ExportOptions } from './export-options';
import { CellValue, ExportColumn, isMoneyCell } from './export-table';

const WORDS: Record<ExportLanguage, { yes: string; no: string; points: string }> = {
  es: { yes: 'Sí', no: 'No', points: 'pts' },
  en: { yes: 'Yes', no: 'No', points: 'pts' },
};

/** The words for yes and no in the reader's language. */
export const yesNo = (language: ExportLanguage, value: boolean): string =>
  value ? WORDS[language].yes : WORDS[language].no;

/**
 * A number as a person reads it in their language, with thousands separators:
 * 1.234,5 (es) or 1,234.5 (en).
 */
export function formatNumber(
  language: ExportLanguage,
  value: number | string,
  decimals?: number,
): string {
  return new Intl.NumberFormat(EXPORT_LOCALES[language], {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
  }).format(Number(value));
}

/** An amount with its currency (1.234,50 €), or in points (130,00 pts) when it has none. */
export function formatMoney(
  language: ExportLanguage,
  amount: number | string,
  currency: string | null | undefined,
): string {
  if (!currency) return `${formatNumber(language, amount, 2)} ${WORDS[language].points}`;
  return new Intl.NumberFormat(EXPORT_LOCALES[language], { style: 'currency', currency }).format(
    Number(amount),
  );
}

/** A cell as text for a page (PDF): numbers, amounts and dates in the reader's notation. */
export function displayCell(
  column: ExportColumn,
  value: CellValue,
  options: ExportOptions,
): string {
  if (value === null || value === '') return '—';
  const { language } = options;
  switch (column.kind) {
    case 'integer':
    case 'number':
      return typeof value === 'number' || typeof value === 'string'
        ? formatNumber(language, value, column.decimals)
        : String(value);
    case 'percent':
      return typeof value === 'number' || typeof value === 'string'
        ? `${formatNumber(language, value, column.decimals)} %`
        : String(value);
    case 'money':
      if (isMoneyCell(value)) return formatMoney(language, value.amount, value.currency);
      return typeof value === 'number' || typeof value === 'string'
        ? formatMoney(language, value, column.currency)
        : String(value);
    case 'date':
    case 'dateTime': {
      const clock = wallClockOf(value, options.timeZone);
      if (!clock) return String(value);
      return column.kind === 'date' ? formatWallDate(clock) : formatWallDateTime(clock);
    }
    case 'boolean':
      return yesNo(language, Boolean(value));
    case 'text':
      return isMoneyCell(value) ? String(value.amount) : String(value);
  }
}
