import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Actor } from '@alianza/authz';
import { ItemFileKind, AppError } from '@alianza/shared';
import { prepareExtraction } from '@alianza/stamping';
import { DocumentStore } from '@alianza/storage';
import busboy from 'busboy';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { PDFDocument } from 'pdf-lib';
import { ItemFileEntity } from './entities/item-file.entity';
import { ACCEPTED_KINDS, detectType, HEAD_BYTES, sanitizeFileName } from './file-content';
import { ItemFileService, UploadTarget } from './item-file.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Room for the multipart framing and the `participationId` field around the file. */
const MULTIPART_SLACK = 64 * 1024;

interface FilePart {
  participationId: string;
  declaredName: string;
  content: Readable;
}

/**
 * The parts of an upload, in the order the route takes them: the `participationId` field, then
 * one `file`. Resolves as soon as the file starts (its content not read yet).
 */
function filePart(req: Request, limitBytes: number): Promise<FilePart> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8', // file names as browsers send them
        // One byte more than allowed, so that the store sees (and refuses) a larger file.
        limits: { files: 1, fields: 1, parts: 2, fieldSize: 100, fileSize: limitBytes + 1 },
      });
    } catch {
      reject(AppError.badInput('Send the document as multipart/form-data.', { field: 'file' }));
      return;
    }
    let participationId: string | undefined;
    let started = false;
    const refuse = (error: AppError) => {
      req.unpipe(parser);
      req.resume(); // the rest of the body is read and dropped
      reject(error);
    };
    parser.on('field', (name, value) => {
      if (name !== 'participationId')
        return refuse(AppError.badInput(`Unknown field "${name}".`, { field: name }));
      participationId = value.trim();
    });
    parser.on('file', (name, content, info) => {
      started = true;
      if (name !== 'file') {
        content.resume();
        return refuse(AppError.badInput(`Unknown field "${name}".`, { field: name }));
      }
      if (!participationId || !UUID.test(participationId)) {
        content.resume();
        return refuse(
          AppError.badInput('Send a valid participationId before the file.', {
            field: 'participationId',
          }),
        );
      }
      resolve({ participationId, declaredName: info.filename ?? '', content });
    });
    parser.on('error', () =>
      refuse(AppError.badInput('The upload is not valid multipart/form-data.', { field: 'file' })),
    );
    parser.on('close', () => {
      if (!started) reject(AppError.badInput('Attach one file.', { field: 'file' }));
    });
    req.pipe(parser);
  });
}

/**
 * The first `size` bytes of `stream` (fewer when it ends first: `complete`), and a stream of the
 * whole content again (what was read, then the rest). Nothing more is held in memory.
 */
async function peek(
  stream: Readable,
  size: number,
): Promise<{ head: Buffer; complete: boolean; whole: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const complete = await new Promise<boolean>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= size) done(false);
    };
    const onEnd = () => done(true);
    const done = (ended: boolean) => {
      stream.pause();
      stream.off('data', onData).off('end', onEnd).off('error', reject);
      resolve(ended);
    };
    stream.on('data', onData).once('end', onEnd).once('error', reject);
  });
  const head = Buffer.concat(chunks);
  const whole = Readable.from(
    (async function* () {
      yield head;
      if (!complete) for await (const chunk of stream) yield chunk as Buffer;
    })(),
    { objectMode: false },
  );
  return { head, complete, whole };
}

/**
 * Receives an upload (`POST /files`) without holding a database connection while its body
 * streams (docs/adr/0030): the route runs outside the request's claim scope
 * (`UnscopedSessionMiddleware`), so this enters the caller's claim twice, briefly — to check
 * the right and take the collaboration's key, then to record the stored document — and streams
 * the content into the document store in between, encrypted on its way, never on disk in clear
 * nor whole in memory. On any failure the stored object is removed.
 */
@Injectable()
export class FileUploadService {
  private readonly logger = new Logger(FileUploadService.name);

  constructor(
    private readonly files: ItemFileService,
    private readonly store: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(actor: Actor, req: Request): Promise<ItemFileEntity> {
    const limit = this.config.files.maxBytes;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit + MULTIPART_SLACK)
      throw AppError.payloadTooLarge('The document', limit);
    const part = await filePart(req, limit);
    let target: UploadTarget;
    try {
      target = await this.files.asCaller(actor, () =>
        this.files.uploadTarget(actor, part.participationId),
      );
    } catch (error) {
      part.content.resume();
      throw error;
    }
    const { head, complete, whole } = await peek(part.content, HEAD_BYTES);
    const type = await detectType(head, complete, part.declaredName);
    if (!type || !ACCEPTED_KINDS.has(type.kind)) {
      whole.destroy();
      part.content.resume();
      throw AppError.badInput(
        'This type of document is not accepted: send a PDF, an image (PNG, JPEG, WebP), a spreadsheet (XLSX, ODS, CSV) or an office document.',
        { field: 'file', ...(type ? { mediaType: type.mediaType } : {}) },
      );
    }
    const fileId = randomUUID();
    const stored = await this.store
      .write(target.key, fileId, whole, { limitBytes: limit })
      .catch((error: unknown) => {
        req.unpipe();
        req.resume(); // what is left of the body is read and dropped
        throw error;
      });
    // Its text may soon be asked for (the redaction assistant): a parser starts loading now.
    if (type.kind === ItemFileKind.PDF || type.kind === ItemFileKind.SPREADSHEET)
      prepareExtraction();
    try {
      const pages = type.kind === ItemFileKind.PDF ? await this.pageCount(target, fileId) : null;
      return await this.files.asCaller(actor, () =>
        this.files.recordUpload(actor, target, {
          fileId,
          name: sanitizeFileName(part.declaredName, type.extension),
          mediaType: type.mediaType,
          kind: type.kind,
          bytes: stored.bytes,
          sha256: stored.sha256,
          pages,
        }),
      );
    } catch (error) {
      await this.store
        .remove(target.collaborationId, fileId)
        .catch((removal: unknown) =>
          this.logger.error({ err: removal, fileId }, 'Removing a refused upload failed'),
        );
      throw error;
    }
  }

  /**
   * The pages of a stored PDF, read back from the store (what was kept, not what was sent) and
   * parsed by pdf-lib. A PDF it cannot open (damaged, or encrypted: no later stamping could
   * work on it) is refused.
   */
  private async pageCount(target: UploadTarget, fileId: string): Promise<number> {
    const data = await buffer(await this.store.read(target.key, fileId));
    try {
      const pdf = await PDFDocument.load(data, {
        ignoreEncryption: false,
        updateMetadata: false,
      });
      return pdf.getPageCount();
    } catch {
      throw AppError.badInput(
        'This PDF cannot be opened (damaged or password-protected): send one without a password.',
        { field: 'file' },
      );
    }
  }
}
