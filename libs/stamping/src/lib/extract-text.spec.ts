import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { extractText } from './extract-text';
import { pageText, sourcePdf } from './test-files';

describe('extractText', () => {
  it('reads the text of each page of a PDF', async () => {
    const result = await extractText(Buffer.from(await sourcePdf(3)), 'pdf');
    expect(result).toEqual({
      parts: [1, 2, 3].map((n) => ({ label: `p. ${n}`, text: pageText(n, 3) })),
    });
  });

  it('reads each sheet of a workbook, cells by tabs and rows by lines', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Costes').addRows([
      ['Concepto', 'Importe'],
      ['Harina', 1234.5],
      ['Total', { formula: 'B2*2', result: 2469 }],
    ]);
    book.addWorksheet('Notas').getCell('B2').value = 'Sin IVA';
    const data = Buffer.from(await book.xlsx.writeBuffer());

    expect(await extractText(data, 'xlsx')).toEqual({
      parts: [
        { label: 'Costes', text: 'Concepto\tImporte\nHarina\t1234.5\nTotal\t2469' },
        { label: 'Notas', text: '\tSin IVA' },
      ],
    });
  });

  it('reads a CSV file as one part, without its byte-order mark', async () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a;b\n1;2\n')]);
    expect(await extractText(data, 'csv')).toEqual({ parts: [{ label: 'CSV', text: 'a;b\n1;2' }] });
  });

  it('answers null for a PDF without text (a scan), an unreadable file and an empty one', async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await extractText(Buffer.from(await blank.save()), 'pdf')).toBeNull();
    expect(await extractText(Buffer.from('not a pdf'), 'pdf')).toBeNull();
    expect(await extractText(Buffer.from('not a zip'), 'xlsx')).toBeNull();
    expect(await extractText(Buffer.alloc(0), 'csv')).toBeNull();
  });

  it('gives up (null) when the file takes longer than its time', async () => {
    const started = Date.now();
    expect(await extractText(Buffer.from(await sourcePdf(50)), 'pdf', { timeoutMs: 5 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up (null) when parsing needs more memory than allowed, and the caller lives on', async () => {
    // 50,000 cells: exceljs holds an object per cell, beyond a 16 MB heap, within the default one.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Grande');
    for (let r = 0; r < 5_000; r++)
      sheet.addRow(Array.from({ length: 10 }, (_, c) => `celda ${r}-${c}`));
    const data = Buffer.from(await book.xlsx.writeBuffer());

    expect(await extractText(data, 'xlsx', { maxMemoryMb: 16 })).toBeNull();
    const whole = await extractText(data, 'xlsx');
    expect(whole?.parts[0]?.text.split('\n')).toHaveLength(5_000);
  });

  it('keeps at most maxPages pages and maxChars characters', async () => {
    const pdf = Buffer.from(await sourcePdf(5));
    const pages = await extractText(pdf, 'pdf', { maxPages: 2 });
    expect(pages?.parts.map((p) => p.label)).toEqual(['p. 1', 'p. 2']);
    const chars = await extractText(pdf, 'pdf', { maxChars: 40 });
    expect(chars?.parts.map((p) => p.text.length)).toEqual([
      pageText(1, 5).length,
      40 - pageText(1, 5).length,
    ]);
  });
});
