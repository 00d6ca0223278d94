import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { es: 'es-ES', en: 'en-GB' };

export interface Formatters {
  readonly locale: string;
  /** 23 nov 2026 */
  date(value: string | Date | null | undefined): string;
  /** 23 nov 2026, 14:05 */
  dateTime(value: string | Date | null | undefined): string;
  /** 1.234,5 */
  number(value: number | string | null | undefined, fractionDigits?: number): string;
  /** 1.234,50 € (exact decimal strings from the API are parsed only to display them) */
  money(value: number | string | null | undefined, currency: string): string;
  /** 45 % */
  percent(ratio: number | null | undefined): string;
  /** hace 3 días */
  relative(value: string | Date): string;
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

export function formattersFor(language: string): Formatters {
  const locale = LOCALES[language] ?? language;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const dash = '—';
  return {
    locale,
    date: (value) => (value ? dateFormat.format(toDate(value)) : dash),
    dateTime: (value) => (value ? dateTimeFormat.format(toDate(value)) : dash),
    number: (value, fractionDigits) => {
      if (value === null || value === undefined || value === '') return dash;
      return new Intl.NumberFormat(locale, {
        maximumFractionDigits: fractionDigits ?? 2,
        minimumFractionDigits: fractionDigits ?? 0,
      }).format(Number(value));
    },
    money: (value, currency) => {
      if (value === null || value === undefined || value === '') return dash;
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(value));
    },
    percent: (ratio) =>
      ratio === null || ratio === undefined
        ? dash
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
            ratio,
          ),
    relative: (value) => {
      const seconds = (toDate(value).getTime() - Date.now()) / 1000;
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['year', 31_536_000],
        ['month', 2_592_000],
        ['day', 86_400],
        ['hour', 3_600],
        ['minute', 60],
      ];
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size)
          return relativeFormat.format(Math.round(seconds / size), unit);
      }
      return relativeFormat.format(Math.round(seconds), 'second');
    },
  };
}

/** Dates, numbers and money in the user's language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => formattersFor(i18n.language), [i18n.language]);
}
