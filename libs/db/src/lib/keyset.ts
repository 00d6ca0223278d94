import { AppError, present } from '@alianza/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

export interface PageRequest {
  first: number;
  after?: string;
}

export interface PageResult<T> {
  nodes: T[];
  /** For each node (same index), the cursor that pages after it. */
  cursors: string[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * A property of the root entity to sort on. Its column and its SQL type come from the entity
 * metadata, so the cursor is always compared as the column's own type.
 */
export type SortKey<T> = keyof T & string;

/** Column types a cursor can carry exactly as text (a Date keeps milliseconds only). */
const CURSOR_TYPES = new Set([
  'uuid',
  'text',
  'character varying',
  'character',
  'integer',
  'smallint',
  'bigint',
  'numeric',
  'date',
  'timestamp with time zone',
  'timestamp without time zone',
]);

/** The SQL type to cast a cursor value to, or an error for a column no cursor can represent. */
function sortColumnType(
  qb: SelectQueryBuilder<ObjectLiteral>,
  column: ColumnMetadata,
  entity: string,
): string {
  const type = qb.connection.driver.normalizeType(column);
  if (!CURSOR_TYPES.has(type))
    throw new Error(`Cannot page on ${entity}.${column.propertyName}: type ${type}`);
  if (type.startsWith('timestamp') && (column.precision ?? 6) > 3)
    throw new Error(
      `Cannot page on ${entity}.${column.propertyName}: a cursor keeps milliseconds, declare precision 3`,
    );
  return type;
}

/** TypeORM's own count expression (protected in SelectQueryBuilder). */
interface CountingQuery {
  computeCountExpression(): string;
}

const TOTAL = 'alianza_total_count';

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
 * "After the cursor" in key order: `(a, b) > (x, y)` written with plain comparisons,
 * `a >= x AND (a > x OR (a = x AND b > y))`. Under row-level security a condition may use an
 * index only if its operators are leakproof, which the row comparison is not (a page after the
 * first scanned the list from its start); `=`, `<` and `>` of uuids, texts, integers, dates and
 * timestamps are.
 */
export function keysetAfter(
  columns: string[],
  values: string[],
  direction: 'ASC' | 'DESC',
): string {
  const op = direction === 'ASC' ? '>' : '<';
  const rest = (i: number): string => {
    const [column, value] = [columns[i], values[i]];
    if (i === columns.length - 1) return `${column} ${op} ${value}`;
    return `(${column} ${op} ${value} OR (${column} = ${value} AND ${rest(i + 1)}))`;
  };
  return `(${columns[0]} ${op}= ${values[0]} AND ${rest(0)})`;
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
    const column = metadata.findColumnWithPropertyPath(key);
    if (!column) throw new Error(`Unknown sort key ${key} on ${metadata.name}`);
    return {
      name: `${alias}.${column.databaseName}`,
      type: sortColumnType(qb, column, metadata.name),
    };
  });
  // The total rides along with the page (one statement): a scalar subquery over the same
  // conditions, counted as TypeORM's getCount counts (COUNT(1), or distinct ids with joins).
  const countExpression = (qb as unknown as CountingQuery).computeCountExpression();
  const countQuery = qb
    .clone()
    .orderBy()
    .select(countExpression, 'cnt')
    .setOption('disable-global-order');
  const pageQuery = qb.clone().addSelect(`(${countQuery.getQuery()})`, TOTAL);
  if (page.after) {
    const values = decodeCursor(page.after, keys.length);
    const params: Record<string, string> = {};
    const placeholders = columns.map((column, i) => {
      params[`cursor_${i}`] = present(values[i], 'cursor value');
      return `CAST(:cursor_${i} AS ${column.type})`;
    });
    const after = keysetAfter(
      columns.map((column) => column.name),
      placeholders,
      direction,
    );
    pageQuery.andWhere(after, params);
  }
  columns.forEach((column, i) => {
    if (i === 0) pageQuery.orderBy(column.name, direction);
    else pageQuery.addOrderBy(column.name, direction);
  });
  const { entities: rows, raw } = await pageQuery
    .take(undefined)
    .limit(page.first + 1)
    .getRawAndEntities();
  const counted = (raw[0] as Record<string, unknown> | undefined)?.[TOTAL];
  // No row to carry it: nothing matches, unless the cursor is past the end.
  const totalCount =
    counted !== undefined ? Number(counted) : page.after ? await qb.clone().getCount() : 0;
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const cursors = nodes.map((node) => encodeCursor(keys.map((key) => cursorValue(node[key]))));
  return {
    nodes,
    cursors,
    totalCount,
    pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
  };
}

/**
 * A page of a list computed on each read rather than read from one table (detected overlaps,
 * grants to review, rows the database assembles), in the list's own order, with `paginate`'s
 * cursors: each names its node by `keyOf` (unique in the list) and the position it had. The next
 * page starts after that node; when the node has left the list meanwhile, at the position it had
 * (where the node that followed it now is).
 */
export function pageInMemory<T>(
  items: readonly T[],
  page: PageRequest,
  keyOf: (item: T) => string,
): PageResult<T> {
  let start = 0;
  if (page.after) {
    const [key, position] = decodeCursor(page.after, 2) as [string, string];
    const at = Number(position);
    if (!Number.isSafeInteger(at) || at < 0)
      throw AppError.badInput('"after" is not a cursor this list handed out.', { field: 'after' });
    const found = items.findIndex((item) => keyOf(item) === key);
    // Gone: the nodes after it moved up into its place.
    start = found >= 0 ? found + 1 : Math.min(at, items.length);
  }
  const nodes = items.slice(start, start + page.first);
  const cursors = nodes.map((node, i) => encodeCursor([keyOf(node), String(start + i)]));
  return {
    nodes,
    cursors,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + nodes.length < items.length,
      endCursor: cursors.at(-1) ?? null,
    },
  };
}
