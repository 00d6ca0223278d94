import { displayCell, yesNo } from './display-cell';
import { ExportLanguage, ExportOptions } from './export-options';
import { CellValue, ExportColumn, ExportTable, headerWithUnit, isMoneyCell } from './export-table';

export type CsvCell = string | number | boolean | null;

/** A byte-order mark, so spreadsheets read accents as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A number as written in a cell, in either notation: never guarded as a formula. */
const NUMBER_LIKE = /^[-+]?\d+([.,]\d+)?$/;

/**
 * One CSV document: RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or CR) prefixed with an apostrophe, except numbers.
 */
export function toCsvText(rows: CsvCell[][], separator: ',' | ';' = ','): string {
  const quoteWhen = new RegExp(`["${separator}\\r\\n]`);
  const cell = (value: CsvCell): string => {
    if (value === null) return '';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    const text = /^[=+\-@\t\r]/.test(value) && !NUMBER_LIKE.test(value) ? `'${value}` : value;
    return quoteWhen.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** Spanish: `;` between cells and a decimal comma (what a Spanish Excel expects); English: `,` and `.`. */
export const csvSeparators = (language: ExportLanguage) =>
  language === 'es' ? { cell: ';' as const, decimal: ',' } : { cell: ',' as const, decimal: '.' };

/**
 * A number in the reader's notation, without thousands separators (a spreadsheet reads it back
 * as a number). Exact decimal strings ("130.00") keep their digits.
 */
function localNumber(value: string | number, decimals: number | undefined, decimal: string) {
  const text =
    typeof value === 'number'
      ? decimals === undefined
        ? String(value)
        : value.toFixed(decimals)
      : value.trim();
  return text.replace('.', decimal);
}

/** One cell of a column, as the reader's spreadsheet reads it. */
export function csvCellText(
  column: ExportColumn,
  value: CellValue,
  options: ExportOptions,
): CsvCell {
  if (value === null || value === '') return null;
  const { decimal } = csvSeparators(options.language);
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'percent':
      return typeof value === 'number' || typeof value === 'string'
        ? localNumber(value, column.decimals, decimal)
        : String(value);
    case 'money': {
      const amount = isMoneyCell(value) ? value.amount : value;
      return typeof amount === 'number' || typeof amount === 'string'
        ? localNumber(amount, typeof amount === 'number' ? 2 : undefined, decimal)
        : String(amount);
    }
    case 'date':
    case 'dateTime':
      return displayCell(column, value, options);
    case 'boolean':
      return yesNo(options.language, Boolean(value));
    case 'text':
      return isMoneyCell(value) ? String(value.amount) : String(value);
  }
}

/** The header line of a table: units said in the header, as the cells carry none. */
export function csvHeaders(table: ExportTable): string[] {
  return table.columns.map((column) =>
    headerWithUnit(
      column,
      column.kind === 'percent' ? '%' : column.kind === 'money' ? column.currency : null,
    ),
  );
}

/**
 * A CSV for people, in their language: with several tables, each comes after its name on a line
 * of its own and an empty line; with one, just its header and rows. UTF-8 with a byte-order mark.
 */
export function writeLocaleCsv(tables: ExportTable[], options: ExportOptions): string {
  const rows: CsvCell[][] = [];
  tables.forEach((table, index) => {
    if (tables.length > 1) {
      if (index > 0) rows.push([]);
      rows.push([table.name]);
    }
    rows.push(csvHeaders(table));
    for (const row of table.rows)
      rows.push(table.columns.map((column, i) => csvCellText(column, row[i] ?? null, options)));
  });
  return UTF8_BOM + toCsvText(rows, csvSeparators(options.language).cell);
}
