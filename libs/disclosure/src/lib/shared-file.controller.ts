import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { RouteInfo } from '@nestjs/common/interfaces';
import { RequestMethod } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import { ActorService, Public } from '@alianza/authz';
import { contentDisposition } from '@alianza/documents';
import { AppError, ItemFileKind } from '@alianza/shared';
import { stampImage, stampPdf, stampSpreadsheet } from '@alianza/stamping';
import { DocumentStore } from '@alianza/storage';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
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

async function whole(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * What the recipient gets of a stored file: a derivative made for it (ADR 0031), never the
 * original — but for kinds nothing can stamp (office documents, ODS), shared whole only.
 */
async function derivative(
  original: Buffer,
  { file, share, watermark }: Delivery,
): Promise<{ data: Buffer; mediaType: string }> {
  if (file.kind === ItemFileKind.PDF)
    return {
      data: Buffer.from(await stampPdf(original, share.pages ?? 'all', watermark)),
      mediaType: 'application/pdf',
    };
  if (file.kind === ItemFileKind.IMAGE) return stampImage(original, watermark);
  if (file.kind === ItemFileKind.SPREADSHEET && file.mediaType === XLSX)
    return { data: await stampSpreadsheet(original, 'xlsx', watermark), mediaType: XLSX };
  if (file.kind === ItemFileKind.SPREADSHEET && file.mediaType.startsWith('text/csv'))
    return {
      data: await stampSpreadsheet(original, 'csv', watermark),
      mediaType: file.mediaType,
    };
  if (share.pages !== null) throw AppError.notFound('File'); // never part of what cannot be cut
  return { data: original, mediaType: file.mediaType };
}

/**
 * `GET /grants/{grantId}/files/{fileId}`: the stamped copy of a shared file, inline;
 * `?download=1`: as an attachment, where the grant allows downloading. Only the members of the
 * grant's recipient organization, while the grant is in force; anyone else gets 404.
 */
@Controller('grants/:grantId/files')
@RequestBudget() // each copy spends from the caller's general budget
export class SharedFileController {
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
    const original = await whole(await this.store.read(delivery.key, delivery.file.id));
    const copy = await derivative(original, delivery);
    res.status(200);
    res.setHeader('content-type', copy.mediaType);
    res.setHeader('content-length', String(copy.data.length));
    res.setHeader(
      'content-disposition',
      contentDisposition(delivery.file.name, download ? 'attachment' : 'inline'),
    );
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "sandbox; default-src 'none'");
    res.end(copy.data);
  }
}
