import { Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { PassThrough } from 'node:stream';
import { AppError } from '@alianza/shared';
import { CellValue } from './export-table';
import { ExportRowStream, sendExportStream } from './export-stream';

/** A response as a stream with headers: what was written, and when. */
function response() {
  const stream = new PassThrough();
  const headers = new Map<string, string>();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => stream.on('end', resolve));
  Object.assign(stream, { setHeader: (name: string, value: string) => headers.set(name, value) });
  return { res: stream as unknown as Response, headers, ended, body: () => Buffer.concat(chunks) };
}

/** Three pages of two rows; `read` says which pages were asked for so far. */
function table(read: number[], failAt?: number): ExportRowStream {
  return {
    name: 'Registro',
    columns: [
      { header: 'Nº', kind: 'integer' },
      { header: 'Fecha', kind: 'dateTime', unit: 'UTC' },
      { header: 'Qué', kind: 'text' },
    ],
    widths: [6, 18, 20],
    pages: (async function* () {
      for (let page = 0; page < 3; page++) {
        read.push(page);
        if (page === failAt) throw AppError.badInput('No such filter', { field: 'action' });
        const rows: CellValue[][] = [0, 1].map((i) => [
          6 - page * 2 - i,
          new Date(Date.UTC(2026, 11, 6, 9, 30 - page * 2 - i)),
          i === 0 ? '=1+1' : 'Reglas; aceptadas',
        ]);
        yield rows;
      }
    })(),
  };
}

describe('sendExportStream', () => {
  it('writes a CSV for people page by page, under its headers', async () => {
    const read: number[] = [];
    const { res, headers, ended, body } = response();
    await sendExportStream(res, { format: 'csv', name: 'Registro.csv' }, table(read), {
      language: 'es',
      timeZone: 'UTC',
    });
    await ended;
    expect(read).toEqual([0, 1, 2]);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toContain('Registro.csv');
    const text = body().toString('utf8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFNº;Fecha (UTC);Qué',
      "6;06/12/2026 09:30;'=1+1",
      '5;06/12/2026 09:29;"Reglas; aceptadas"',
      "4;06/12/2026 09:28;'=1+1",
      '3;06/12/2026 09:27;"Reglas; aceptadas"',
      "2;06/12/2026 09:26;'=1+1",
      '1;06/12/2026 09:25;"Reglas; aceptadas"',
      '',
    ]);
  });

  it('writes an XLSX whose cells hold numbers and dates, the header bold and frozen', async () => {
    const { res, ended, body } = response();
    await sendExportStream(res, { format: 'xlsx', name: 'Registro.xlsx' }, table([]), {
      language: 'en',
      timeZone: 'Europe/Madrid',
      title: 'Audit log',
    });
    await ended;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body() as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Registro');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nº', 'Fecha (UTC)', 'Qué']);
    expect(sheet.rowCount).toBe(7);
    const second = sheet.getRow(2);
    expect(second.getCell(1).value).toBe(6);
    // Madrid's wall clock (an hour past UTC in December), as Excel dates have no zone.
    expect(second.getCell(2).value).toEqual(new Date(Date.UTC(2026, 11, 6, 10, 30)));
    expect(second.getCell(2).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(second.getCell(3).value).toBe('=1+1');
  });

  it('answers a failure of the first page as an error, before any header', async () => {
    const { res, headers } = response();
    await expect(
      sendExportStream(res, { format: 'csv', name: 'x.csv' }, table([], 0), {
        language: 'es',
        timeZone: 'UTC',
      }),
    ).rejects.toThrow('No such filter');
    expect(headers.size).toBe(0);
  });

  it('cuts the download short when a later page fails, never ending it as if complete', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { res, body } = response();
    const closed = new Promise<void>((resolve) => res.on('close', resolve));
    await sendExportStream(res, { format: 'csv', name: 'x.csv' }, table([], 1), {
      language: 'es',
      timeZone: 'UTC',
    });
    await closed;
    expect(res.destroyed).toBe(true);
    expect(res.writableEnded).toBe(false);
    expect(body().toString('utf8')).toContain('6;');
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
