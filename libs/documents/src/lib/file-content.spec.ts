import { ItemFileKind } from '@alianza/shared';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { detectType, sanitizeFileName } from './file-content';

async function pdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return Buffer.from(await doc.save());
}

async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Sheet').addRow(['a', 1]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const png = () =>
  sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();

describe('detectType', () => {
  it('tells a document by its content, whatever its name says', async () => {
    expect(await detectType(await pdf(), true, 'photo.png')).toEqual({
      mediaType: 'application/pdf',
      extension: 'pdf',
      kind: ItemFileKind.PDF,
    });
    expect(await detectType(await png(), true, 'report.pdf')).toMatchObject({
      mediaType: 'image/png',
      kind: ItemFileKind.IMAGE,
    });
    expect(await detectType(await xlsx(), true, 'data.bin')).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
      kind: ItemFileKind.SPREADSHEET,
    });
  });

  it('classes an executable as other, whatever its name', async () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.alloc(120),
    ]);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect((await detectType(elf, true, 'invoice.pdf'))?.kind).toBe(ItemFileKind.OTHER);
    expect((await detectType(exe, true, 'invoice.pdf'))?.kind ?? ItemFileKind.OTHER).toBe(
      ItemFileKind.OTHER,
    );
  });

  it('reads UTF-8 text without NULs as CSV (by its name) or plain text', async () => {
    const text = Buffer.from('año;valor\n2026;3,5\n', 'utf8');
    expect(await detectType(text, true, 'datos.csv')).toMatchObject({
      mediaType: 'text/csv',
      kind: ItemFileKind.SPREADSHEET,
    });
    expect(await detectType(text, true, 'notas')).toMatchObject({
      mediaType: 'text/plain',
      kind: ItemFileKind.DOCUMENT,
    });
    // A character cut at the end of a sample is not a reason to refuse.
    expect(await detectType(text.subarray(0, 2), false, 'x.csv')).toBeDefined();
    expect(await detectType(Buffer.from('a,b\u0000c'), true, 'x.csv')).toBeUndefined();
    expect(await detectType(Buffer.from([0xc3, 0x28, 0x41]), true, 'x.csv')).toBeUndefined();
    expect(await detectType(Buffer.alloc(0), true, 'x.csv')).toBeUndefined();
  });
});

describe('sanitizeFileName', () => {
  it('keeps the last part of a path and the extension of the detected type', () => {
    expect(sanitizeFileName('C:\\Users\\ana\\informe final.pdf', 'pdf')).toBe('informe final.pdf');
    expect(sanitizeFileName('../../etc/passwd', 'txt')).toBe('passwd.txt');
    expect(sanitizeFileName('setup.exe', 'pdf')).toBe('setup.pdf');
    expect(sanitizeFileName('foto.JPEG', 'jpg')).toBe('foto.jpeg');
    expect(sanitizeFileName('v1.2 notes', 'txt')).toBe('v1.2 notes.txt');
  });

  it('drops control characters and bidi overrides', () => {
    expect(sanitizeFileName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.pdf');
    expect(sanitizeFileName('a\u0000b\r\nc\u200B.png', 'png')).toBe('abc.png');
    expect(sanitizeFileName(' .. ', 'pdf')).toBe('document.pdf');
    expect(sanitizeFileName('.htaccess', 'txt')).toBe('htaccess.txt');
  });

  it('stays within 200 characters, extension included, without splitting a character', () => {
    const name = sanitizeFileName(`${'😀'.repeat(300)}.xlsx`, 'xlsx');
    expect([...name].length).toBeLessThanOrEqual(200);
    expect(name.endsWith('😀.xlsx')).toBe(true);
  });
});
