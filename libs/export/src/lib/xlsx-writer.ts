import ExcelJS from 'exceljs';
import { wallClockOf } from './export-dates';
import { EXPORT_LOCALES, ExportLanguage, ExportOptions } from './export-options';
import { CellValue, ExportColumn, ExportTable, headerWithUnit, isMoneyCell } from './export-table';
import { displayCell } from './display-cell';

/*
 * Number formats are Excel's codes, which Excel shows with the reader's own separators
 * (1.234,50 in a Spanish Excel, 1,234.50 in an English one): the cells hold numbers and dates,
 * never text that looks like them.
 */
const FORMATS = {
  integer: '#,##0',
  points: '#,##0.00',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
} as const;

const fixed = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
const percent = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%');

/** `#,##0.00 "€"` (es) or `"€"#,##0.00` (en): the symbol where the reader's language puts it. */
export function currencyFormat(language: ExportLanguage, currency: string): string {
  const format = new Intl.NumberFormat(EXPORT_LOCALES[language], { style: 'currency', currency });
  const parts = format.formatToParts(1);
  const symbol = (parts.find((p) => p.type === 'currency')?.value ?? currency).replace(/"/g, '');
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const number = fixed(digits);
  const symbolFirst = parts.findIndex((p) => p.type === 'currency') === 0;
  return symbolFirst ? `"${symbol}"${number}` : `${number} "${symbol}"`;
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A cell's value and number format as Excel stores them. */
function xlsxCell(
  column: ExportColumn,
  value: CellValue,
  options: ExportOptions,
): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null || value === '') return { value: null };
  switch (column.kind) {
    case 'integer':
      return { value: Number(value), numFmt: FORMATS.integer };
    case 'number':
      return {
        value: Number(value),
        numFmt: column.decimals === undefined ? undefined : fixed(column.decimals),
      };
    case 'percent':
      // Excel's percentages are ratios: 25 % is 0.25.
      return { value: Number(value) / 100, numFmt: percent(column.decimals ?? 0) };
    case 'money': {
      const amount = isMoneyCell(value) ? value.amount : value;
      const currency = isMoneyCell(value) ? value.currency : column.currency;
      return {
        value: Number(amount),
        numFmt: currency ? currencyFormat(options.language, currency) : FORMATS.points,
      };
    }
    case 'date':
    case 'dateTime': {
      const clock = wallClockOf(value, options.timeZone);
      if (!clock) return { value: String(value) };
      // Excel dates have no time zone: the cell holds the reader's wall clock.
      const wall = new Date(
        Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute),
      );
      return { value: wall, numFmt: column.kind === 'date' ? FORMATS.date : FORMATS.dateTime };
    }
    case 'boolean':
      return { value: displayCell(column, value, options) };
    case 'text':
      return { value: isMoneyCell(value) ? String(value.amount) : String(value) };
  }
}

/** Writes a row's cells: values and number formats as Excel stores them, numbers to the right. */
export function fillXlsxRow(
  row: ExcelJS.Row,
  columns: ExportColumn[],
  values: CellValue[],
  options: ExportOptions,
): void {
  columns.forEach((column, i) => {
    const { value, numFmt } = xlsxCell(column, values[i] ?? null, options);
    const cell = row.getCell(i + 1);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    if (column.kind !== 'text' && column.kind !== 'boolean')
      cell.alignment = { horizontal: 'right' };
  });
}

/** Characters a column needs: its header, or its longest cell as the reader sees it. */
function columnWidth(table: ExportTable, index: number, options: ExportOptions): number {
  const column = table.columns[index];
  const widest = table.rows.reduce(
    (max, row) => Math.max(max, displayCell(column, row[index] ?? null, options).length),
    headerWithUnit(column).length,
  );
  return Math.min(60, Math.max(8, widest + 2));
}

/**
 * An XLSX workbook, one sheet per table: the header row bold and frozen, each column as wide as
 * it needs (within reason), numbers, amounts, percentages and dates stored as such with their
 * formats, and headers in the reader's language.
 */
export async function writeXlsx(
  tables: ExportTable[],
  options: ExportOptions & { title?: string },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alianza';
  workbook.created = new Date();
  if (options.title) workbook.title = options.title;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column, i) => ({
      header: headerWithUnit(column),
      width: columnWidth(table, i, options),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const values of table.rows) fillXlsxRow(sheet.addRow([]), table.columns, values, options);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
