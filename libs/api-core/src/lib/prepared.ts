import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/** The name a statement is prepared under on a connection: the same SQL, the same name. */
export function preparedStatementName(sql: string): string {
  return `q_${createHash('sha1').update(sql).digest('hex')}`;
}

/**
 * Runs a read as a named prepared statement on the pool: PostgreSQL parses and plans it once
 * per connection instead of on every request. For hot paths outside transactions; `$1…`.
 * Never behind a pooler in transaction mode (DATABASE_POOLER=transaction): the next statement may
 * reach another server connection, where the name is unknown (`Db.prepared` sends it unnamed).
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  sql: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const name = preparedStatementName(sql);
  return (await pool.query<T>({ name, text: sql, values })).rows;
}
