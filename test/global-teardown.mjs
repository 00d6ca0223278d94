// Drops the run's database on an external server, or stops the embedded one.
import pg from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__ALIANZA_TEST_DB__;
  if (!state) return;
  globalThis.__ALIANZA_TEST_DB__ = undefined;
  if (state.embedded) {
    await state.embedded.stop();
    return;
  }
  const admin = new pg.Client({ connectionString: state.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  await admin.end();
}
