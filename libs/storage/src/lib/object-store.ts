import { AppError } from '@alianza/shared';
import type { Readable } from 'node:stream';

/**
 * Where the encrypted documents' bytes go: a local folder or an S3-compatible bucket. It sees
 * only ciphertext; the keys and the format are DocumentStore's.
 */
export interface ObjectStore {
  /**
   * Stores `content` as the object `key`, streaming. Resolves once it is kept; when `content`
   * errors (or anything else fails) it rejects and leaves no object of this write behind.
   */
  put(key: string, content: Readable): Promise<void>;
  /** The object's bytes; a NOT_FOUND AppError when there is none. */
  get(key: string): Promise<Readable>;
  /** Deletes the object; nothing to do when there is none. */
  delete(key: string): Promise<void>;
}

export const OBJECT_STORE = Symbol('OBJECT_STORE');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A file id: letters, digits, `-`, `_` and `.`, not first (a UUID is the usual one). */
const FILE_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** The object key of a collaboration's document: `collaborations/<collaborationId>/files/<fileId>`. */
export function documentObjectKey(collaborationId: string, fileId: string): string {
  if (!UUID.test(collaborationId))
    throw AppError.badInput('collaborationId: not a valid id', { field: 'collaborationId' });
  if (!FILE_ID.test(fileId))
    throw AppError.badInput('fileId: letters, digits, "-", "_" or "." (at most 128)', {
      field: 'fileId',
    });
  return `collaborations/${collaborationId.toLowerCase()}/files/${fileId}`;
}

/** The document that is not there (never stored, removed, or its collaboration gone). */
export const documentNotFound = (): AppError => AppError.notFound('The document');
