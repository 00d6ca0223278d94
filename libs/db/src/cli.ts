/*
 * Database commands that need no application:
 *   roles    create the owner and API roles of DATABASE_OWNER_URL and DATABASE_URL, from an admin's
 *            connection (ADMIN_DATABASE_URL), and hand the database to the owner
 *   migrate  apply pending migrations, as the owner
 *   revert   revert the last migration, as the owner
 *   status   say whether migrations are pending
 * Without DATABASE_URL they work on the embedded PostgreSQL (whose roles set themselves up).
 */
import 'reflect-metadata';
import { loadConfig } from '@alianza/api-core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './lib/data-source-options';
import { resolveDatabase } from './lib/database-server';
import { runMigrations } from './lib/migrate';
import { setupDatabaseRoles } from './lib/roles';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (command === 'roles') {
    const adminUrl = process.env['ADMIN_DATABASE_URL'];
    if (!adminUrl || !config.databaseUrl || !config.databaseOwnerUrl)
      throw new Error(
        'Set ADMIN_DATABASE_URL (a superuser), DATABASE_OWNER_URL and DATABASE_URL (the roles to create).',
      );
    await setupDatabaseRoles(
      adminUrl,
      { app: config.databaseUrl, owner: config.databaseOwnerUrl },
      config.database,
    );
    console.log(
      'Roles ready: run the migrations (npm run db:migrate), then start the API with both URLs.',
    );
    return;
  }
  const { urls, embedded } = await resolveDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(urls.owner, 'alianza-owner'));
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
        throw new Error(
          `Unknown command "${command ?? ''}". Use roles, migrate, revert or status.`,
        );
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
