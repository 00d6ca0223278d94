import { AppError, present } from '@alianza/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface PageRequest {
  first: number;
  after?: string;
}

export interface PageResult<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface SortKey<T> {
  /** Property of the root entity (mapped to its column through the entity metadata). */
  property: keyof T & string;
  kind: 'text' | 'timestamp' | 'uuid' | 'int';
}

function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, length: number): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string')
    ) {
      return values as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.badInput('"after" is not a cursor this list handed out.', { field: 'after' });
}

function cursorValue(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * Keyset pagination over `keys` (all in one direction; the last key must be unique, e.g. id).
 * The query keeps its WHERE clauses (authorization included); this adds order, cursor and limit.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: PageRequest,
  keys: SortKey<T>[],
  direction: 'ASC' | 'DESC',
): Promise<PageResult<T>> {
  const metadata = present(qb.expressionMap.mainAlias, 'query root alias').metadata;
  const alias = qb.alias;
  const columns = keys.map((key) => {
    const column = metadata.findColumnWithPropertyPath(key.property);
    if (!column) throw new Error(`Unknown sort key ${key.property} on ${metadata.name}`);
    return `${alias}.${column.databaseName}`;
  });
  const totalCount = await qb.clone().getCount();
  const pageQuery = qb.clone();
  if (page.after) {
    const values = decodeCursor(page.after, keys.length);
    const params: Record<string, string> = {};
    const placeholders = keys.map((key, i) => {
      params[`cursor_${i}`] = present(values[i], 'cursor value');
      return `CAST(:cursor_${i} AS ${key.kind === 'timestamp' ? 'timestamptz' : key.kind})`;
    });
    const op = direction === 'ASC' ? '>' : '<';
    pageQuery.andWhere(`(${columns.join(', ')}) ${op} (${placeholders.join(', ')})`, params);
  }
  columns.forEach((column, i) => {
    if (i === 0) pageQuery.orderBy(column, direction);
    else pageQuery.addOrderBy(column, direction);
  });
  const rows = await pageQuery
    .take(undefined)
    .limit(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage,
      endCursor: last ? encodeCursor(keys.map((key) => cursorValue(last[key.property]))) : null,
    },
  };
}
