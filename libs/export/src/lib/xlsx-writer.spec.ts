import ExcelJS from 'exceljs';
import { ExportTable } from './export-table';
import { currencyFormat, sheetName, writeXlsx } from './xlsx-writer';

const TABLE: ExportTable = {
  name: 'Debe y haber',
  columns: [
    { header: 'Organización', kind: 'text' },
    { header: 'Aportaciones', kind: 'integer' },
    { header: 'Dado', kind: 'money', currency: 'EUR' },
    { header: 'Saldo', kind: 'money', unit: 'puntos' },
    { header: 'Avance', kind: 'percent' },
    { header: 'Media', kind: 'number', decimals: 1 },
    { header: 'Vence', kind: 'date' },
    { header: 'Generado', kind: 'dateTime' },
    { header: 'Confirmada', kind: 'boolean' },
  ],
  rows: [
    [
      'Panadería Núñez',
      3,
      '1234.50',
      { amount: '-70.00', currency: null },
      25,
      2.5,
      '2026-02-01',
      new Date('2026-12-06T08:37:00Z'),
      true,
    ],
    ['=HYPERLINK("x")', 0, null, null, null, null, null, null, false],
  ],
};

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('writeXlsx', () => {
  it('writes one sheet per table with a bold, frozen header in the reader’s language', async () => {
    const workbook = await open(
      await writeXlsx([TABLE, { ...TABLE, name: 'Plan' }], {
        language: 'es',
        timeZone: 'Europe/Madrid',
      }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Debe y haber', 'Plan']);
    const sheet = workbook.getWorksheet('Debe y haber')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Organización',
      'Aportaciones',
      'Dado',
      'Saldo (puntos)',
      'Avance',
      'Media',
      'Vence',
      'Generado',
      'Confirmada',
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Wide enough for its longest cell, within bounds.
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('Panadería Núñez'.length);
    expect(sheet.getColumn(2).width).toBeLessThanOrEqual(60);
  });

  it('stores numbers, amounts, percentages and dates as such, with their formats', async () => {
    const sheet = (
      await open(await writeXlsx([TABLE], { language: 'es', timeZone: 'Europe/Madrid' }))
    ).worksheets[0];
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Panadería Núñez');
    expect(row.getCell(2)).toMatchObject({ value: 3, numFmt: '#,##0' });
    expect(row.getCell(3).value).toBe(1234.5);
    expect(row.getCell(3).numFmt).toBe('#,##0.00 "€"');
    expect(row.getCell(4)).toMatchObject({ value: -70, numFmt: '#,##0.00' });
    expect(row.getCell(5)).toMatchObject({ value: 0.25, numFmt: '0%' });
    expect(row.getCell(6)).toMatchObject({ value: 2.5, numFmt: '#,##0.0' });
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(7).value as Date).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(row.getCell(7).numFmt).toBe('dd/mm/yyyy');
    // 08:37 UTC is 09:37 in Madrid: the cell holds the reader's wall clock.
    expect((row.getCell(8).value as Date).toISOString()).toBe('2026-12-06T09:37:00.000Z');
    expect(row.getCell(8).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(row.getCell(9).value).toBe('Sí');
    // Text that looks like a formula stays text; empty cells stay empty.
    expect(sheet.getRow(3).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getRow(3).getCell(9).value).toBe('No');
  });

  it('writes in English with the currency symbol first and English words', async () => {
    const sheet = (await open(await writeXlsx([TABLE], { language: 'en', timeZone: 'UTC' })))
      .worksheets[0];
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('"€"#,##0.00');
    expect((sheet.getRow(2).getCell(8).value as Date).toISOString()).toBe(
      '2026-12-06T08:37:00.000Z',
    );
    expect(sheet.getRow(2).getCell(9).value).toBe('Yes');
  });

  it('names sheets as Excel allows: short, without reserved characters, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Plan: hitos/tareas [2026]', taken)).toBe('Plan  hitos tareas  2026');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(27)} (2)`);
    expect(currencyFormat('es', 'USD')).toBe('#,##0.00 "US$"');
    expect(currencyFormat('es', 'JPY')).toBe('#,##0 "JPY"');
  });
});
