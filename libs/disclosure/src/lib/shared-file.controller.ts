import { buffer } from 'node:stream/consumers';
import { Controller, Get, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { RouteInfo } from '@nestjs/common/interfaces';
import { RequestMethod } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import { ActorService, Public } from '@alianza/authz';
import { contentDisposition } from '@alianza/export';
import { AppError, ItemFileKind } from '@alianza/shared';
import { CsvStamp, stampImage, stampPdf, stampSpreadsheet } from '@alianza/stamping';
import { DocumentStore } from '@alianza/storage';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Delivery, SharedFileService } from './shared-file.service';

/**
 * The route that sends a recipient its stamped copy of a shared file: served outside the
 * request's claim scope like libs/documents' routes (the API module wires
 * `UnscopedSessionMiddleware` on it), so that no database connection waits while a copy is made
 * and streamed (docs/adr/0032).
 */
export const SHARED_FILE_STREAM_ROUTES: RouteInfo[] = [
  { path: 'grants/:grantId/files/:fileId', method: RequestMethod.GET },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What is sent: a copy made whole, or the original's plaintext streamed through `through` (the
 * CSV stamp, or nothing), with its length when it is known before the first byte.
 */
type Copy =
  | { mediaType: string; data: Buffer }
  | { mediaType: string; stream: Readable; through: Transform; bytes: number | null };

/**
 * What the recipient gets of a stored file (`original`: its plaintext, streamed): a derivative
 * made for it (ADR 0031), never the original — but for kinds nothing can stamp (office
 * documents, ODS), shared whole only. A CSV is stamped on its way through and what nothing
 * stamps goes out as it is decrypted; PDF, image and XLSX copies are made in memory (ADR 0035).
 */
async function derivative(original: Readable, { file, share, watermark }: Delivery): Promise<Copy> {
  const { kind, mediaType } = file;
  if (kind === ItemFileKind.SPREADSHEET && mediaType.startsWith('text/csv'))
    return { mediaType, stream: original, through: new CsvStamp(watermark), bytes: null };
  if (kind === ItemFileKind.PDF)
    return {
      mediaType: 'application/pdf',
      data: Buffer.from(await stampPdf(await buffer(original), share.pages ?? 'all', watermark)),
    };
  if (kind === ItemFileKind.IMAGE) return stampImage(await buffer(original), watermark);
  if (kind === ItemFileKind.SPREADSHEET && mediaType === XLSX)
    return { mediaType, data: await stampSpreadsheet(await buffer(original), 'xlsx', watermark) };
  if (share.pages !== null) {
    original.destroy();
    throw AppError.notFound('File'); // never part of what cannot be cut
  }
  return { mediaType, stream: original, through: new PassThrough(), bytes: file.bytes };
}

/**
 * `GET /grants/{grantId}/files/{fileId}`: the stamped copy of a shared file, inline;
 * `?download=1`: as an attachment, where the grant allows downloading. Only the members of the
 * grant's recipient organization, while the grant is in force; anyone else gets 404.
 */
@Controller('grants/:grantId/files')
@RequestBudget() // each copy spends from the caller's general budget
export class SharedFileController {
  private readonly logger = new Logger(SharedFileController.name);

  constructor(
    private readonly shared: SharedFileService,
    private readonly store: DocumentStore,
    private readonly actors: ActorService,
  ) {}

  // Public on purpose: whoever may not read the file gets 404, signed in or not (the grant and
  // its share are decided in SQL, through the ability and the row policies).
  @Public()
  @Get(':fileId')
  async deliver(
    @Param('grantId', new UuidPipe('grantId')) grantId: string,
    @Param('fileId', new UuidPipe('fileId')) fileId: string,
    @Query('download') downloadParam: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const actor = await this.actors.forRequest(req);
    if (!actor.viewer) throw AppError.notFound('File');
    const download = downloadParam === '1' || downloadParam === 'true';
    const delivery = await this.shared.prepare(actor, grantId, fileId.toLowerCase(), download);
    const original = await this.store.read(delivery.key, delivery.file.id);
    const copy = await derivative(original, delivery);
    // A document that cannot be read at all (its first segment does not verify) answers an
    // error rather than a cut body: its first authenticated bytes are awaited before answering.
    if ('stream' in copy) await once(copy.stream, 'readable');
    res.status(200);
    res.setHeader('content-type', copy.mediaType);
    res.setHeader(
      'content-disposition',
      contentDisposition(delivery.file.name, download ? 'attachment' : 'inline'),
    );
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "sandbox; default-src 'none'");
    if ('data' in copy) {
      res.setHeader('content-length', String(copy.data.length));
      res.end(copy.data);
      return;
    }
    if (copy.bytes !== null) res.setHeader('content-length', String(copy.bytes));
    await pipeline(copy.stream, copy.through, res).catch((error: NodeJS.ErrnoException) => {
      // Cut short, never ended: fewer bytes than announced, or no last chunk.
      res.destroy();
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
        this.logger.error(
          { requestId: String((req as { id?: unknown }).id ?? 'unknown'), err: error.message },
          `A shared file could not be sent whole (${delivery.file.id})`,
        );
    });
  }
}
