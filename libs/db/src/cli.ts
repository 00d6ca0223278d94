/* Database commands that need no application: `migrate`, `revert`, `status`. */
import 'reflect-metadata';
import { loadConfig } from '@alianza/api-core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './lib/data-source-options';
import { EMBEDDED_DATABASE } from './lib/database-server';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { runMigrations } from './lib/migrate';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ ...config.embeddedPg, database: EMBEDDED_DATABASE });
  const url = config.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('No database to migrate');
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await runMigrations(dataSource);
        console.log(
          applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Up to date.',
        );
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'status': {
        const pending = await dataSource.showMigrations();
        console.log(pending ? 'There are pending migrations.' : 'Up to date.');
        break;
      }
      default:
        throw new Error(`Unknown command "${command ?? ''}". Use migrate, revert or status.`);
    }
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
