import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a read as a named prepared statement on the pool: PostgreSQL parses and plans it once
 * per connection instead of on every request. For hot paths outside transactions; `$1…`.
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  sql: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const name = `q_${createHash('sha1').update(sql).digest('hex')}`;
  return (await pool.query<T>({ name, text: sql, values })).rows;
}
