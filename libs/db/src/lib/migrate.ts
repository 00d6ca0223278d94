import { DataSource, Migration } from 'typeorm';

/** Any 64-bit number of our own: serialises migration runs of several API processes. */
const MIGRATION_LOCK = 4_242_020_001;

/**
 * Applies pending migrations, each in its own transaction, while holding an advisory lock so
 * that two processes starting together (API replicas, parallel test workers) never race.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * The SQL that would bring the database in line with the entities. Empty when the
 * migrations describe the entities exactly: the drift check asserts that.
 */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query),
  };
}
