import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * A database of its own for a test that must see a migration run on rows of its choosing, with
 * every migration applied (the administrator creates it: `adminUrl` is the test run's
 * ALIANZA_TEST_ADMIN_DATABASE_URL). `drop` removes it.
 */
export async function scratchDatabase(
  adminUrl: string,
  label: string,
): Promise<{ ds: DataSource; drop: () => Promise<void> }> {
  const name = `alianza_${label}_${Date.now()}`;
  const admin = new DataSource({ type: 'postgres', url: adminUrl });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const ds = new DataSource(dataSourceOptions(url.toString()));
  await ds.initialize();
  await ds.runMigrations();
  return {
    ds,
    drop: async () => {
      if (ds.isInitialized) await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
