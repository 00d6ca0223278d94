import { AppError, ErrorCode } from '@alianza/shared';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { CsvStamp, stampSpreadsheet } from './stamp-spreadsheet';
import { AWKWARD } from './test-files';

const LINE =
  'Compartido con Panadería <Ñandú> & "Hijos" · Zoë Łukasiewicz-Şahin 王 · 5 dic 2026 · ref. G-7F3A';

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Directora financiera';
  const costs = book.addWorksheet('Costes');
  costs.addRows([
    ['Concepto', 'Importe (€)'],
    ['Harina', 1234.5],
    ['Levadura', 99],
    ['Total', { formula: 'SUM(B2:B3)', result: 1333.5 }],
  ]);
  costs.getCell('A1').font = { bold: true };
  costs.getColumn(1).width = 30;
  costs.mergeCells('A6:B6');
  costs.getCell('A6').value = 'Precios de 2026 <sin IVA> & "netos"';
  costs.getCell('A2').note = 'Negociado a la baja, no contar';
  const notes = book.addWorksheet('Notas');
  notes.getCell('A1').value = 'Proveedor: Harinas del Norte';
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function read(data: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  return book;
}

describe('stampSpreadsheet (xlsx)', () => {
  it('puts the recipient on top of every sheet and keeps the data one row down', async () => {
    const out = await read(await stampSpreadsheet(await workbook(), 'xlsx', AWKWARD));

    expect(out.worksheets.map((s) => s.name)).toEqual(['Costes', 'Notas', 'Marca de agua']);
    const costs = out.getWorksheet('Costes')!;
    expect(costs.getCell('A1').value).toBe(LINE);
    expect(costs.headerFooter.oddHeader).toBe(`&C${LINE.replace(/&/g, '&&')}`);
    expect(costs.headerFooter.oddFooter).toBe(costs.headerFooter.oddHeader);
    expect([2, 3, 4, 5].map((r) => costs.getRow(r).values)).toEqual([
      [undefined, 'Concepto', 'Importe (€)'],
      [undefined, 'Harina', 1234.5],
      [undefined, 'Levadura', 99],
      // The formula's computed value, not the formula.
      [undefined, 'Total', 1333.5],
    ]);
    expect(costs.getCell('A2').font?.bold).toBe(true);
    expect(costs.getColumn(1).width).toBe(30);
    expect(costs.getCell('A7').value).toBe('Precios de 2026 <sin IVA> & "netos"');
    expect(costs.getCell('B7').isMerged).toBe(true);
    expect(costs.getCell('A3').note).toBeUndefined();
    expect(out.getWorksheet('Notas')!.getCell('A1').value).toBe(LINE);
    expect(out.getWorksheet('Notas')!.getCell('A2').value).toBe('Proveedor: Harinas del Norte');
    expect(out.creator).toBe('Alianza');

    const mark = out.getWorksheet('Marca de agua')!;
    expect(mark.getCell('A1').value).toBe(LINE);
    expect(mark.getCell('B3').value).toBe('Panadería <Ñandú> & "Hijos"');
    expect(mark.getCell('B4').value).toBe('Zoë Łukasiewicz-Şahin 王');
    expect(mark.getCell('B6').value).toBe('G-7F3A');
  });

  it('writes English for an English reader, beside a sheet already called "Watermark"', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Watermark').getCell('A1').value = 'ours';
    const out = await read(
      await stampSpreadsheet(Buffer.from(await book.xlsx.writeBuffer()), 'xlsx', {
        ...AWKWARD,
        language: 'en',
      }),
    );

    expect(out.worksheets.map((s) => s.name)).toEqual(['Watermark', 'Watermark (2)']);
    expect(String(out.getWorksheet('Watermark')!.getCell('A1').value)).toMatch(
      /^Shared with Panadería/,
    );
    expect(out.getWorksheet('Watermark (2)')!.getCell('A3').value).toBe('Recipient organization');
  });

  it('refuses a file that is not a workbook, naming the file', async () => {
    const error = await stampSpreadsheet(Buffer.from('a,b\n1,2\n'), 'xlsx', AWKWARD).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as AppError).details).toEqual({ field: 'file' });
  });
});

describe('stampSpreadsheet (csv)', () => {
  it('adds the line first, as one quoted field', async () => {
    const out = await stampSpreadsheet(
      Buffer.from('concepto;importe\nHarina;1234,5\n'),
      'csv',
      AWKWARD,
    );
    expect(out.toString('utf8')).toBe(
      `"${LINE.replace(/"/g, '""')}"\nconcepto;importe\nHarina;1234,5\n`,
    );
  });

  it('keeps a byte-order mark first and the file’s line endings', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const out = await stampSpreadsheet(Buffer.concat([bom, Buffer.from('a,b\r\n1,2\r\n')]), 'csv', {
      ...AWKWARD,
      language: 'en',
    });
    expect(out.subarray(0, 3).equals(bom)).toBe(true);
    const text = out.subarray(3).toString('utf8');
    expect(text).toMatch(
      /^"Shared with Panadería <Ñandú> & ""Hijos"" · [^\r\n]+"\r\na,b\r\n1,2\r\n$/,
    );
  });
});

describe('CsvStamp', () => {
  const KIB = 1024;
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  /** `size` bytes of 40-byte rows ending in `newline`, and a CRLF at byte `crlfAt` if given. */
  const rows = (size: number, newline: string, crlfAt?: number) => {
    const text = Buffer.alloc(size, 'x');
    for (let at = 40; at + newline.length <= size; at += 41) text.write(newline, at);
    if (crlfAt !== undefined) text.write('\r\n', crlfAt);
    return text;
  };
  const streamed = async (data: Buffer, chunk: number) => {
    const pieces = [];
    for (let at = 0; at < data.length; at += chunk) pieces.push(data.subarray(at, at + chunk));
    const stamp = new CsvStamp(AWKWARD);
    const out = buffer(stamp);
    await pipeline(Readable.from(pieces), stamp);
    return out;
  };

  it.each([
    ['an empty file', Buffer.alloc(0), '\n'],
    ['a byte-order mark alone', bom, '\n'],
    ['a small file', Buffer.from('a,b\r\n1,2\r\n'), '\r\n'],
    ['a large LF file with a BOM', Buffer.concat([bom, rows(300 * KIB, '\n')]), '\n'],
    ['a large CRLF file', rows(300 * KIB, '\r\n'), '\r\n'],
    // The first CRLF just inside, or just past, the 64 KiB looked at.
    ['a CRLF ending at the lookahead’s last byte', rows(200 * KIB, '\n', 64 * KIB - 2), '\r\n'],
    ['a CRLF across the lookahead’s end', rows(200 * KIB, '\n', 64 * KIB - 1), '\n'],
  ])(
    'makes the same bytes as stampSpreadsheet, whatever the chunks: %s',
    async (_, data, newline) => {
      const whole = await stampSpreadsheet(data, 'csv', AWKWARD);
      const line = `"${LINE.replace(/"/g, '""')}"${newline}`;
      expect(whole.toString('utf8')).toContain(line);
      expect(whole.length).toBe(data.length + Buffer.byteLength(line));
      for (const chunk of [1, 2, 7, 4 * KIB, 64 * KIB, 64 * KIB + 3, 1024 * KIB])
        expect((await streamed(data, chunk)).equals(whole)).toBe(true);
    },
  );
});
