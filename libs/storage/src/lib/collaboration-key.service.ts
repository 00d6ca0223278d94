import { Injectable } from '@nestjs/common';
import type { Db } from '@alianza/db';
import { AppError } from '@alianza/shared';
import { randomBytes } from 'node:crypto';
import { DataKey, dataKey } from './data-key';
import { MasterKey, WRAPPED_KEY_FORMAT } from './master-key';

interface KeyRow {
  wrapped_key: Buffer | null;
  key_format: number;
}

/** A collaboration whose data key was destroyed: its documents are gone for good. */
const keyDestroyed = (): AppError => AppError.notFound("The collaboration's documents");

/**
 * Each collaboration's data key (ADR 0029): 32 random bytes made on first use, kept in
 * `collaboration_file_keys` wrapped by the master key, under the row-level security of the
 * caller's claim (the collaboration's facilitators and participants). Destroying it keeps a
 * tombstone, so that no new key is ever made for the collaboration and its documents stay
 * unreadable.
 */
@Injectable()
export class CollaborationKeyService {
  constructor(private readonly masterKey: MasterKey) {}

  /**
   * The collaboration's data key, created on first use, in the caller's transaction `db` (the
   * request's Db, under its claim). NOT_FOUND when the key was destroyed, or when the claim
   * does not reach the collaboration.
   */
  async forCollaboration(db: Db, collaborationId: string): Promise<DataKey> {
    const id = collaborationId.toLowerCase();
    const row = await db
      .transaction(async (manager) => {
        const wrapped = this.masterKey.wrap(id, randomBytes(32));
        // A key made by a concurrent first use wins: ON CONFLICT waits for it, then reads it.
        const inserted: KeyRow[] = await manager.query(
          `INSERT INTO collaboration_file_keys (collaboration_id, wrapped_key, key_format)
         VALUES ($1, $2, $3) ON CONFLICT (collaboration_id) DO NOTHING
         RETURNING wrapped_key, key_format`,
          [id, wrapped, WRAPPED_KEY_FORMAT],
        );
        if (inserted[0]) return inserted[0];
        const existing: KeyRow[] = await manager.query(
          `SELECT wrapped_key, key_format FROM collaboration_file_keys WHERE collaboration_id = $1`,
          [id],
        );
        return existing[0];
      })
      .catch((error: unknown) => {
        // The row policy refuses the insert where the claim does not reach the collaboration.
        if (isPolicyRefusal(error)) throw AppError.notFound('The collaboration');
        throw error;
      });
    if (!row) throw AppError.notFound('The collaboration');
    if (!row.wrapped_key) throw keyDestroyed();
    if (row.key_format !== WRAPPED_KEY_FORMAT)
      throw new Error(`Unknown format ${row.key_format} of a collaboration's document key`);
    return dataKey(id, this.masterKey.unwrap(id, row.wrapped_key));
  }

  /**
   * Deletes the wrapped key: the collaboration's documents become unreadable for good, whoever
   * holds their bytes (crypto-shredding, ADR 0029). Only its facilitators may; a second call does
   * nothing.
   */
  async destroy(db: Db, collaborationId: string): Promise<void> {
    const id = collaborationId.toLowerCase();
    await db
      .transaction((manager) =>
        manager.query(
          `INSERT INTO collaboration_file_keys (collaboration_id, wrapped_key, key_format, destroyed_at)
           VALUES ($1, NULL, $2, now())
           ON CONFLICT (collaboration_id) DO UPDATE SET wrapped_key = NULL,
             destroyed_at = coalesce(collaboration_file_keys.destroyed_at, now())`,
          [id, WRAPPED_KEY_FORMAT],
        ),
      )
      .catch((error: unknown) => {
        if (isPolicyRefusal(error)) throw AppError.forbidden();
        throw error;
      });
  }
}

/** PostgreSQL's "new row violates row-level security policy" (42501, insufficient_privilege). */
function isPolicyRefusal(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const { code, message } = driverError as { code?: string; message?: string };
  return code === '42501' && /row-level security/.test(message ?? '');
}
