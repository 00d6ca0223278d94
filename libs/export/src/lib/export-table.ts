/**
 * What an export is made of: tables whose columns say, once, what kind of value they hold. The
 * XLSX and CSV writers read the same tables, so a report is described once for both.
 */

/**
 * - `text`: a string, written as is (never run as a formula).
 * - `integer`, `number`: a number (`decimals` fixes the digits after the point; else as it comes).
 * - `money`: an exact decimal string from the ledger ("130.00") or a number; in the column's
 *   `currency` (ISO 4217), or the cell's own (`{ amount, currency }`), or none (points).
 * - `percent`: percentage points, as the API answers them (25 = 25 %).
 * - `date`: a calendar date (`YYYY-MM-DD`, shown as is) or an instant (shown in the time zone).
 * - `dateTime`: an instant (a Date or an ISO string), shown in the reader's time zone.
 * - `boolean`: yes / no in the reader's language.
 */
export type CellKind =
  'text' | 'integer' | 'number' | 'money' | 'percent' | 'date' | 'dateTime' | 'boolean';

/** An amount in a currency of its own (a row per collaboration, each with its ledger's). */
export interface MoneyCell {
  amount: string | number;
  /** ISO 4217; null: points (the ledger values contributions without money). */
  currency: string | null;
}

export type CellValue = string | number | boolean | Date | MoneyCell | null;

export interface ExportColumn {
  /** In the reader's language. */
  header: string;
  kind: CellKind;
  /** Said after the header in both formats, e.g. "puntos" → "Dado (puntos)". */
  unit?: string;
  /** For `money`: ISO 4217 of the whole column (a cell's own currency wins). */
  currency?: string | null;
  /** For `number`: digits after the decimal separator. */
  decimals?: number;
}

export interface ExportTable {
  /** The sheet's name (XLSX), and the section's title line (CSV of several tables). */
  name: string;
  columns: ExportColumn[];
  rows: CellValue[][];
}

export const isMoneyCell = (value: CellValue): value is MoneyCell =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && 'amount' in value;

/** The header with its unit, if any: "Dado (puntos)". */
export const headerWithUnit = (column: ExportColumn, extraUnit?: string | null): string => {
  const unit = column.unit ?? extraUnit;
  return unit ? `${column.header} (${unit})` : column.header;
};
