import { toCsvText, writeLocaleCsv } from './csv-writer';
import { ExportTable } from './export-table';

const TABLE: ExportTable = {
  name: 'Saldos',
  columns: [
    { header: 'Organización', kind: 'text' },
    { header: 'Saldo', kind: 'money', currency: 'EUR' },
    { header: 'Avance', kind: 'percent' },
    { header: 'Media', kind: 'number', decimals: 1 },
    { header: 'Vence', kind: 'date' },
    { header: 'Generado', kind: 'dateTime' },
    { header: 'Al día', kind: 'boolean' },
  ],
  rows: [
    ['Núñez; hijos', '-1234.50', 12.5, 4, '2026-02-01', new Date('2026-12-06T23:30:00Z'), true],
    ['@SUM(A1)', null, null, null, null, null, false],
  ],
};

describe('writeLocaleCsv', () => {
  it('writes for a Spanish Excel: BOM, semicolons, decimal comma, dates of Madrid, words', () => {
    const csv = writeLocaleCsv([TABLE], { language: 'es', timeZone: 'Europe/Madrid' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Organización;Saldo (EUR);Avance (%);Media;Vence;Generado;Al día',
      // 23:30 UTC on the 6th is 00:30 on the 7th in Madrid.
      '"Núñez; hijos";-1234,50;12,5;4,0;01/02/2026;07/12/2026 00:30;Sí',
      "'@SUM(A1);;;;;;No",
      '',
    ]);
  });

  it('writes for an English Excel: commas and decimal points, in the time zone asked', () => {
    const csv = writeLocaleCsv([TABLE], { language: 'en', timeZone: 'UTC' });
    expect(csv.slice(1).split('\r\n').slice(0, 2)).toEqual([
      'Organización,Saldo (EUR),Avance (%),Media,Vence,Generado,Al día',
      'Núñez; hijos,-1234.50,12.5,4.0,01/02/2026,06/12/2026 23:30,Yes',
    ]);
  });

  it('puts several tables one after the other, each under its name', () => {
    const csv = writeLocaleCsv(
      [
        { name: 'Uno', columns: [{ header: 'A', kind: 'integer' }], rows: [[1]] },
        { name: 'Dos', columns: [{ header: 'B', kind: 'text' }], rows: [['x']] },
      ],
      { language: 'es', timeZone: 'UTC' },
    );
    expect(csv.slice(1)).toBe('Uno\r\nA\r\n1\r\n\r\nDos\r\nB\r\nx\r\n');
  });
});

describe('toCsvText', () => {
  it('quotes per RFC 4180 and keeps numbers unguarded in either notation', () => {
    expect(toCsvText([['a,b', 'say "hi"', '-70.00', '-70,00', '-x', 3, null]])).toBe(
      '"a,b","say ""hi""",-70.00,"-70,00",\'-x,3,\r\n',
    );
  });
});
