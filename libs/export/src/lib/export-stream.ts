import { Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import type { Writable } from 'node:stream';
import { csvCellText, csvHeaders, csvSeparators, toCsvText, UTF8_BOM } from './csv-writer';
import { ExportOptions } from './export-options';
import { setExportHeaders } from './export-response';
import { CellValue, ExportColumn, headerWithUnit } from './export-table';
import { fillXlsxRow } from './xlsx-writer';

/**
 * A table too long to hold at once (an audit log): its rows come page by page, each page read
 * once the one before is written, so a download holds one page in memory whatever its length.
 */
export interface ExportRowStream {
  /** The sheet's name (XLSX). */
  name: string;
  columns: ExportColumn[];
  /** Widths in characters, per column: no longest cell is known before the end. */
  widths: number[];
  pages: AsyncIterable<CellValue[][]>;
}

const logger = new Logger('ExportStream');

/** The reader went away: stop reading pages for nobody. */
class ReaderGone extends Error {}

/** Resolves once `out` takes more (or is closed); throws if the reader is gone. */
async function roomIn(out: Writable): Promise<void> {
  if (out.writableNeedDrain)
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  if (out.destroyed) throw new ReaderGone();
}

async function streamLocaleCsv(
  out: Writable,
  table: ExportRowStream,
  pages: AsyncIterable<CellValue[][]>,
  options: ExportOptions,
): Promise<void> {
  const separator = csvSeparators(options.language).cell;
  out.write(UTF8_BOM + toCsvText([csvHeaders({ ...table, rows: [] })], separator));
  for await (const rows of pages) {
    await roomIn(out);
    const cells = rows.map((row) =>
      table.columns.map((column, i) => csvCellText(column, row[i] ?? null, options)),
    );
    if (cells.length > 0) out.write(toCsvText(cells, separator));
  }
  out.end();
}

async function streamXlsx(
  out: Writable,
  table: ExportRowStream,
  pages: AsyncIterable<CellValue[][]>,
  options: ExportOptions & { title?: string },
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = 'Alianza';
  if (options.title) workbook.title = options.title;
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column, i) => ({
    header: headerWithUnit(column),
    width: table.widths[i] ?? 12,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of pages) {
    await roomIn(out);
    for (const values of rows) {
      const row = sheet.addRow([]);
      fillXlsxRow(row, table.columns, values, options);
      row.commit();
    }
  }
  sheet.commit();
  // Ends `out` once the archive is written.
  await workbook.commit();
}

/**
 * Answers a long table as a CSV for people or an XLSX, written while its pages are read. The
 * first page is read before anything is answered, so a refusal or a bad filter still answers as
 * an error; a failure later can only cut the download short (the reader sees it fail, never a
 * file that looks complete).
 */
export async function sendExportStream(
  res: Response,
  file: { format: 'csv' | 'xlsx'; name: string },
  table: ExportRowStream,
  options: ExportOptions & { title?: string },
): Promise<void> {
  const iterator = table.pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  const pages = (async function* () {
    for (let page = first; !page.done; page = await iterator.next()) yield page.value;
  })();
  setExportHeaders(res, file);
  try {
    if (file.format === 'csv') await streamLocaleCsv(res, table, pages, options);
    else await streamXlsx(res, table, pages, options);
  } catch (error) {
    if (!(error instanceof ReaderGone))
      logger.error({ err: error }, `Writing ${file.format} "${file.name}" failed midway`);
    res.destroy();
  } finally {
    await iterator.return?.();
  }
}
