import { buffer } from 'node:stream/consumers';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Db } from '@alianza/db';
import { AppError, ItemFileKind } from '@alianza/shared';
import { extractText, stopExtractionWorkers } from '@alianza/stamping';
import { CollaborationKeyService, DataKey, DocumentStore } from '@alianza/storage';
import { ItemFileEntity } from './entities/item-file.entity';
import { FileTextCache } from './file-text-cache';

/** A page of a PDF (`page`), a sheet of a workbook (`sheet`), or a whole CSV (neither). */
export interface FileTextPart {
  page: number | null;
  sheet: string | null;
  text: string;
}

/** What the redaction assistant can read of a file; null when nothing can be. */
export type FileText = { parts: FileTextPart[] } | null;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Characters of text held in memory in all (two bytes each): about 32 MB. */
export const FILE_TEXT_CACHE_CHARS = 16_000_000;
/** Files parsed at once, whatever the number of requests asking (the machine has two cores). */
const PARALLEL_EXTRACTIONS = 2;

/** The parser a stored file's text comes from, if any. */
function textKind(file: Pick<ItemFileEntity, 'kind' | 'mediaType'>): 'pdf' | 'xlsx' | 'csv' | null {
  if (file.kind === ItemFileKind.PDF) return 'pdf';
  if (file.kind !== ItemFileKind.SPREADSHEET) return null;
  if (file.mediaType === XLSX) return 'xlsx';
  return file.mediaType.startsWith('text/csv') ? 'csv' : null;
}

/**
 * The text of stored files, for the redaction assistant (docs/adr/0034): decrypted and parsed on
 * demand in the extraction worker (`@alianza/stamping`), kept in memory only, in a bounded cache
 * by file id. Nothing extracted is ever written anywhere. The caller has read the files under
 * its own ability; their collaboration's key is taken under its claim each time, so a cached
 * text is given only to who could decrypt the file now (a destroyed key ends it).
 */
@Injectable()
export class FileTextService implements OnModuleDestroy {
  private readonly logger = new Logger(FileTextService.name);
  private readonly cache = new FileTextCache<FileText>(FILE_TEXT_CACHE_CHARS);
  private readonly pending = new Map<string, Promise<FileText>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly keys: CollaborationKeyService,
    private readonly store: DocumentStore,
  ) {}

  /** The text of each file (by id), null where none can be extracted; files are read at once. */
  async textOf(files: readonly ItemFileEntity[]): Promise<Map<string, FileText>> {
    const keys = new Map<string, Promise<DataKey | null>>();
    const keyOf = (collaborationId: string) => {
      let key = keys.get(collaborationId);
      if (!key) keys.set(collaborationId, (key = this.keyOf(collaborationId)));
      return key;
    };
    const texts = await Promise.all(
      files.map(async (file): Promise<[string, FileText]> => {
        const kind = textKind(file);
        const key = kind && (await keyOf(file.collaborationId));
        return [file.id, kind && key ? await this.text(key, file, kind) : null];
      }),
    );
    return new Map(texts);
  }

  onModuleDestroy(): Promise<void> {
    return stopExtractionWorkers();
  }

  /** The collaboration's key, or null once destroyed (its files have no text any more). */
  private async keyOf(collaborationId: string): Promise<DataKey | null> {
    try {
      return await this.keys.forCollaboration(this.db, collaborationId);
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }

  private text(key: DataKey, file: ItemFileEntity, kind: 'pdf' | 'xlsx' | 'csv') {
    const cached = this.cache.get(file.id);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.pending.get(file.id);
    if (!pending) {
      pending = this.extract(key, file, kind).finally(() => this.pending.delete(file.id));
      this.pending.set(file.id, pending);
    }
    return pending;
  }

  private async extract(
    key: DataKey,
    file: ItemFileEntity,
    kind: 'pdf' | 'xlsx' | 'csv',
  ): Promise<FileText> {
    await this.slot();
    try {
      const extracted = await extractText(await buffer(await this.store.read(key, file.id)), kind);
      const text = extracted && {
        parts: extracted.parts.map((part, index) => ({
          page: kind === 'pdf' ? index + 1 : null,
          sheet: kind === 'xlsx' ? part.label : null,
          text: part.text,
        })),
      };
      this.cache.set(file.id, text);
      return text;
    } catch (error) {
      // A missing or damaged object: no text to offer now (not remembered: it may come back).
      this.logger.warn(`No text from file ${file.id}: ${(error as Error).name}`);
      return null;
    } finally {
      this.release();
    }
  }

  private async slot(): Promise<void> {
    if (this.running < PARALLEL_EXTRACTIONS) {
      this.running++;
      return;
    }
    await new Promise<void>((ready) => this.waiting.push(ready));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
