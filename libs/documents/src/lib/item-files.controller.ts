import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { RouteInfo } from '@nestjs/common/interfaces';
import { RequestMethod } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import { Actor, ActorService, Allow, Public } from '@alianza/authz';
import { Action, AppError, Subject } from '@alianza/shared';
import { contentDisposition } from '@alianza/export';
import { DocumentStore } from '@alianza/storage';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ItemFileType } from './dtos/item-file.types';
import { FileUploadService } from './file-upload.service';
import { ItemFileService } from './item-file.service';

/**
 * The routes that stream a document's body: served outside the request's claim scope (the API
 * module wires `UnscopedSessionMiddleware` on them), so no database connection waits on a
 * client's upload or download (docs/adr/0030).
 */
export const DOCUMENT_STREAM_ROUTES: RouteInfo[] = [
  { path: 'files', method: RequestMethod.POST },
  { path: 'files/:id', method: RequestMethod.GET },
];

/**
 * Documents over HTTP: `POST /files` (multipart/form-data: `participationId`, then one `file`)
 * answers the stored document as JSON; `GET /files/:id` sends it back, decrypted, to the owner
 * organization's members and the collaboration's facilitators. Session cookie or
 * `Authorization: Bearer` (a session), as the GraphQL endpoint.
 */
@Controller('files')
@RequestBudget() // each upload or download spends from the caller's general budget
export class ItemFilesController {
  constructor(
    private readonly uploads: FileUploadService,
    private readonly files: ItemFileService,
    private readonly store: DocumentStore,
    private readonly actors: ActorService,
  ) {}

  private actor(req: Request): Promise<Actor> {
    return this.actors.forRequest(req);
  }

  @Allow(Action.Create, Subject.ItemFile) // members of the participant (SQL, in the service)
  @Post()
  @HttpCode(201)
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.uploads.receive(await this.actor(req), req);
    res.setHeader('cache-control', 'no-store');
    res.status(201).json(ItemFileType.json(file));
  }

  // Public on purpose: whoever may not read the document gets 404, signed in or not, so that
  // its existence is not revealed (the row is decided in SQL, as for every read).
  @Public()
  @Get(':id')
  async download(
    @Param('id', new UuidPipe('id')) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const actor = await this.actor(req);
    if (!actor.viewer) throw AppError.notFound('File');
    const { file, key } = await this.files.asCaller(actor, () => this.files.forDownload(actor, id));
    const content = await this.store.read(key, file.id);
    res.status(200);
    res.setHeader('content-type', file.mediaType);
    res.setHeader('content-length', String(file.bytes));
    res.setHeader('content-disposition', contentDisposition(file.name));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "sandbox; default-src 'none'");
    await pipeline(content, res).catch(() => res.destroy());
  }
}
