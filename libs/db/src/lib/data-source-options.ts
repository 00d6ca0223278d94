import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'migrations';

/**
 * Options shared by the API and the command-line tools. `synchronize` stays off: the schema
 * changes only through the migrations in `libs/db/src/migrations`.
 */
export function dataSourceOptions(url: string, applicationName = 'alianza-api'): DataSourceOptions {
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
    // A connection attempt gives up after 10 s (node-postgres waits forever by default: a
    // blackholed database would hang requests), and TCP keep-alive notices dead connections.
    extra: { max: 10, connectionTimeoutMillis: 10_000, keepAlive: true },
  };
}
