import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@alianza/shared';
import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform, TransformCallback } from 'node:stream';
import { DataKey, StoredFile } from './data-key';
import { DocumentDecryptor, DocumentEncryptor } from './document-cipher';
import { documentObjectKey, OBJECT_STORE, ObjectStore } from './object-store';

/** Counts and hashes the plaintext on its way in; errors past the limit. */
class PlaintextMeter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly limitBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limitBytes)
      return done(AppError.payloadTooLarge('The document', this.limitBytes));
    this.hash.update(chunk);
    done(null, chunk);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}

/**
 * A collaboration's documents, encrypted at rest with its data key (ADR 0029), streaming both
 * ways: memory stays flat whatever the size.
 */
@Injectable()
export class DocumentStore {
  constructor(@Inject(OBJECT_STORE) private readonly objects: ObjectStore) {}

  /**
   * Encrypts and stores `content` as `fileId` of the key's collaboration, streaming. Rejects with
   * a PAYLOAD_TOO_LARGE AppError past `limitBytes` and leaves nothing stored (also on any other
   * failure).
   */
  async write(
    key: DataKey,
    fileId: string,
    content: Readable,
    options: { limitBytes: number },
  ): Promise<StoredFile> {
    let objectKey: string;
    try {
      objectKey = documentObjectKey(key.collaborationId, fileId);
    } catch (error) {
      content.destroy();
      throw error;
    }
    const meter = new PlaintextMeter(options.limitBytes);
    let failure: Error | undefined;
    const sealed = pipeline(
      content,
      meter,
      new DocumentEncryptor({ collaborationId: key.collaborationId, fileId, key: key.key }),
      (error) => {
        failure ??= error ?? undefined;
      },
    );
    try {
      await this.objects.put(objectKey, sealed);
    } catch (error) {
      // A store that failed before reading everything: the upload is not left waiting.
      sealed.destroy();
      // The cause (the limit, the client gone), rather than how the store noticed it.
      throw failure ?? error;
    }
    if (failure) throw failure;
    return { bytes: meter.bytes, sha256: meter.sha256() };
  }

  /**
   * The plaintext, streamed and authenticated segment by segment: a tampered, truncated,
   * reordered or swapped object makes the stream error, never yields unauthenticated bytes.
   * NOT_FOUND when there is no such document.
   */
  async read(key: DataKey, fileId: string): Promise<Readable> {
    const source = await this.objects.get(documentObjectKey(key.collaborationId, fileId));
    return pipeline(
      source,
      new DocumentDecryptor({ collaborationId: key.collaborationId, fileId, key: key.key }),
      () => undefined, // errors reach the reader: pipeline destroys the returned stream with them
    );
  }

  async remove(collaborationId: string, fileId: string): Promise<void> {
    await this.objects.delete(documentObjectKey(collaborationId, fileId));
  }
}
