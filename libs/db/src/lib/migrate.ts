import { DataSource, EntityManager, Migration, MigrationExecutor } from 'typeorm';

/**
 * Any 64-bit number of our own: serialises the set-up of several API processes starting
 * together (API replicas, parallel test workers): the migrations, then the demo load.
 */
export const SETUP_LOCK = 4_242_020_001;

/**
 * Waits until no other process sets the database up, then holds that right until the
 * transaction of `manager` ends. A transaction-level lock (`pg_advisory_xact_lock`): it works
 * through a pooler in transaction mode, where a session-level lock taken on one statement could
 * be released on another server connection, or never (ADR 0045).
 */
export async function holdSetupLock(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
}

/**
 * Applies pending migrations in one transaction that first takes the set-up lock, so that two
 * processes starting together never race: the second waits, then finds nothing pending. One
 * failing migration rolls them all back.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await holdSetupLock(runner.manager);
    // The executor runs on our runner: with its transaction open, each migration's own
    // transaction is a part of ours (TypeORM starts none when one is active).
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    await runner.commitTransaction();
    return applied;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
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
