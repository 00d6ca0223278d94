import type { Response } from 'express';
import { contentDisposition } from './content-disposition';
import { UTF8_BOM } from './csv-writer';

export const EXPORT_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export type ExportFormat = keyof typeof EXPORT_MEDIA_TYPES;

/**
 * Answers a download: its media type, an attachment named for people (ASCII and UTF-8 forms),
 * never cached (reports are personal), never sniffed as something else.
 */
export function sendExport(
  res: Response,
  file: { format: ExportFormat; name: string; body: string | Buffer | Uint8Array },
): void {
  setExportHeaders(res, file);
  const body = typeof file.body === 'string' ? file.body : Buffer.from(file.body);
  // A CSV without its byte-order mark gets one, so spreadsheets read accents as UTF-8.
  res.send(
    file.format === 'csv' && typeof body === 'string' && !body.startsWith(UTF8_BOM)
      ? UTF8_BOM + body
      : body,
  );
}

/** The headers of a download (`sendExport`, and a file streamed as it is written). */
export function setExportHeaders(
  res: Response,
  file: { format: ExportFormat; name: string },
): void {
  res.setHeader('content-type', EXPORT_MEDIA_TYPES[file.format]);
  res.setHeader('content-disposition', contentDisposition(file.name));
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
}
