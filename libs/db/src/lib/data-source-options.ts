import type { DatabaseConnectionConfig } from '@alianza/api-core';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'migrations';

/**
 * The node-postgres pool's options. A connection (opened, or waited for in a full pool) is
 * given up after `connectTimeoutMs` (node-postgres waits forever by default: a blackholed
 * database would hang requests), and TCP keep-alive notices dead connections. Straight to
 * PostgreSQL, the timeouts travel as startup parameters of each connection; a pooler in
 * transaction mode refuses those (PgBouncer: "unsupported startup parameter"), so there they are
 * set in each transaction instead (`transactionTimeouts`, ADR 0045).
 */
export function poolOptions(connections: DatabaseConnectionConfig): Record<string, unknown> {
  const pool = {
    max: connections.poolMax,
    connectionTimeoutMillis: connections.connectTimeoutMs,
    keepAlive: true,
  };
  if (connections.pooler === 'transaction') return pool;
  return {
    ...pool,
    statement_timeout: connections.statementTimeoutMs,
    idle_in_transaction_session_timeout: connections.idleInTransactionTimeoutMs,
  };
}

/**
 * The statement that sets the timeouts for one transaction (behind a pooler in transaction mode,
 * where no session setting may be relied on); sent with its `BEGIN`, in the same round trip.
 */
export function transactionTimeouts(connections: DatabaseConnectionConfig): string {
  return (
    `SET LOCAL statement_timeout = ${Math.trunc(connections.statementTimeoutMs)}; ` +
    `SET LOCAL idle_in_transaction_session_timeout = ${Math.trunc(connections.idleInTransactionTimeoutMs)}`
  );
}

/**
 * Options shared by the API (`connections`: its configured pool) and the command-line tools. `synchronize` stays off: the schema
 * changes only through the migrations in `libs/db/src/migrations`.
 */
export function dataSourceOptions(
  url: string,
  applicationName = 'alianza-api',
  connections?: DatabaseConnectionConfig,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName,
    // Without `connections` (the owner's migrations and set-up): no statement timeout.
    extra: connections
      ? poolOptions(connections)
      : { max: 10, connectionTimeoutMillis: 10_000, keepAlive: true },
  };
}
