import { keysetAfter } from '@alianza/db';
import { AppError } from '@alianza/shared';

/**
 * The cursor of a list newest first by (a timestamp, id), for the lists this domain pages in its
 * own SQL (what was shared with an organization, who opened a file, items by last change):
 * `paginate`'s format.
 */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

/** The (timestamp, id) a cursor carries; BAD_USER_INPUT naming `after` for anything else. */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // fall through
  }
  throw AppError.badInput('"after" is not a cursor this list handed out.', { field: 'after' });
}

/**
 * "After `cursor`" in a list ordered by (`at`, `id`), SQL columns, in `direction`: the page's
 * condition, its values added to `params` (as `cAt` and `cId`).
 */
export function afterCursor(
  cursor: string,
  [at, id]: [string, string],
  direction: 'ASC' | 'DESC',
  params: Record<string, unknown>,
): string {
  [params['cAt'], params['cId']] = decodeCursor(cursor);
  return keysetAfter([at, id], ['CAST(:cAt AS timestamptz)', 'CAST(:cId AS uuid)'], direction);
}
