import { keysetAfter } from '@alianza/db';
import { AppError } from '@alianza/shared';

/**
 * The cursor of a list newest first by (created_at, id), for the lists this domain pages in its
 * own SQL (what was shared with an organization, who opened a file): `paginate`'s format.
 */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

/** The (created_at, id) a cursor carries; BAD_USER_INPUT naming `after` for anything else. */
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
 * "After the cursor" on `alias`'s (created_at, id) in `direction`, for a statement with named
 * parameters: the cursor's values go into `params` (as `cAt`, `cId`).
 */
export function afterCursor(
  cursor: string,
  alias: string,
  direction: 'ASC' | 'DESC',
  params: Record<string, unknown>,
): string {
  const [createdAt, id] = decodeCursor(cursor);
  params['cAt'] = createdAt;
  params['cId'] = id;
  return keysetAfter(
    [`${alias}.created_at`, `${alias}.id`],
    ['CAST(:cAt AS timestamptz)', 'CAST(:cId AS uuid)'],
    direction,
  );
}
