import { AppError } from '@alianza/shared';
import ExcelJS from 'exceljs';
import { Transform, TransformCallback } from 'node:stream';
import { oneLine, Watermark, WATERMARK_SHEET, watermarkLine } from './watermark';

const LABELS = {
  es: {
    organization: 'Organización destinataria',
    person: 'Persona',
    date: 'Fecha',
    reference: 'Referencia',
    note: 'Copia hecha para este destinatario. No la reenvíes.',
  },
  en: {
    organization: 'Recipient organization',
    person: 'Person',
    date: 'Date',
    reference: 'Reference',
    note: 'Copy made for this recipient. Do not forward it.',
  },
} as const;

/**
 * XLSX: a new workbook with every sheet's values, styles, column widths, row heights and merged
 * cells one row down, under a first row naming the recipient, with the same line as page header
 * and footer; plus a "Marca de agua" ("Watermark") sheet. Formulas become their computed values;
 * comments, images, macros, external links, defined names, data validations and the source's
 * document properties stay behind. CSV: the line first (after a byte-order mark, if any); `CsvStamp`
 * makes the same bytes as a stream.
 */
export async function stampSpreadsheet(
  data: Buffer,
  kind: 'xlsx' | 'csv',
  watermark: Watermark,
): Promise<Buffer> {
  return kind === 'csv' ? stampCsv(data, watermark) : stampXlsx(data, watermark);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** How much of a CSV's body is looked at for its line ending. */
const NEWLINE_LOOKAHEAD = 64 * 1024;
/** The leading bytes that decide a CSV's stamp: a byte-order mark, then the body's first 64 KiB. */
const CSV_HEAD_BYTES = BOM.length + NEWLINE_LOOKAHEAD;

/**
 * The start of a stamped CSV from the start of the original (`head`: at least its first
 * `CSV_HEAD_BYTES`, or all of it): the byte-order mark if any, the line as one quoted field
 * ending as the file's lines do, then the rest of `head`. The bytes after `head` follow as they are.
 */
function stampCsv(head: Buffer, watermark: Watermark): Buffer {
  const bom = head.subarray(0, BOM.length).equals(BOM);
  const body = bom ? head.subarray(BOM.length) : head;
  const newline = body.subarray(0, NEWLINE_LOOKAHEAD).includes('\r\n') ? '\r\n' : '\n';
  const line = `"${watermarkLine(watermark).replace(/"/g, '""')}"${newline}`;
  return Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(line), body]);
}

/**
 * The CSV stamp as a stream, for a file of any size: the same bytes as `stampSpreadsheet(…,
 * 'csv', …)`, holding at most the first `CSV_HEAD_BYTES` (until the line ending is known), then
 * passing the rest through as it comes.
 */
export class CsvStamp extends Transform {
  private head: Buffer[] | null = [];
  private headBytes = 0;

  constructor(private readonly watermark: Watermark) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.head) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes >= CSV_HEAD_BYTES) this.pushHead();
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.head) this.pushHead();
    done();
  }

  private pushHead(): void {
    this.push(stampCsv(Buffer.concat(this.head ?? []), this.watermark));
    this.head = null;
  }
}

async function stampXlsx(data: Buffer, watermark: Watermark): Promise<Buffer> {
  const source = new ExcelJS.Workbook();
  try {
    await source.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw AppError.badInput('The file is not a readable XLSX workbook.', { field: 'file' });
  }
  const line = watermarkLine(watermark);
  // Header and footer codes start with '&': a literal one is written twice.
  const headerFooter = `&C${line.replace(/&/g, '&&')}`;
  const out = new ExcelJS.Workbook();
  out.creator = 'Alianza';
  out.lastModifiedBy = 'Alianza';
  out.created = out.modified = new Date();

  source.eachSheet((sheet) => {
    const target = out.addWorksheet(sheet.name, {
      state: sheet.state,
      headerFooter: { oddHeader: headerFooter, oddFooter: headerFooter },
      properties: { defaultRowHeight: sheet.properties.defaultRowHeight ?? 15 },
    });
    const first = target.getCell(1, 1);
    first.value = line;
    first.font = { bold: true, italic: true, color: { argb: 'FF666666' } };
    sheet.columns?.forEach((column, i) => {
      if (column.width !== undefined) target.getColumn(i + 1).width = column.width;
      if (column.hidden) target.getColumn(i + 1).hidden = true;
    });
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const copy = target.getRow(rowNumber + 1);
      if (row.height) copy.height = row.height;
      if (row.hidden) copy.hidden = true;
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const to = copy.getCell(column);
        to.value = plainValue(cell);
        to.style = cell.style;
      });
    });
    for (const range of sheet.model.merges ?? []) target.mergeCells(shiftRange(range));
  });

  const labels = LABELS[watermark.language];
  const names = new Set(out.worksheets.map((s) => s.name.toLowerCase()));
  let name: string = WATERMARK_SHEET[watermark.language];
  for (let n = 2; names.has(name.toLowerCase()); n++)
    name = `${WATERMARK_SHEET[watermark.language]} (${n})`;
  const sheet = out.addWorksheet(name);
  sheet.addRows([
    [line],
    [],
    [labels.organization, oneLine(watermark.recipientOrganization)],
    [labels.person, oneLine(watermark.recipientPerson)],
    [labels.date, oneLine(watermark.date)],
    [labels.reference, oneLine(watermark.grantReference)],
    [],
    [labels.note],
  ]);
  sheet.getCell('A1').font = { bold: true };
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 48;
  return Buffer.from(await out.xlsx.writeBuffer());
}

/** A cell's value without its formula (the computed result), hyperlink target kept. */
function plainValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    return result === undefined ? null : (result as ExcelJS.CellValue);
  }
  return cell.value;
}

/** 'A1:C3' → 'A2:C4'. */
function shiftRange(range: string): string {
  return range.replace(
    /([A-Z]+)(\d+)/g,
    (_, col: string, row: string) => `${col}${Number(row) + 1}`,
  );
}
