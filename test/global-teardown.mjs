// Stops the API servers, removes the run's audit checkpoints and documents, then drops the run's database (external server) or stops the embedded one.
import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__ALIANZA_TEST__;
  if (!state) return;
  globalThis.__ALIANZA_TEST__ = undefined;
  await Promise.all(
    state.apis
      .filter((api) => api.exitCode === null)
      .map((api) => {
        const exited = new Promise((resolve) => api.once('exit', resolve));
        api.kill('SIGTERM');
        return exited;
      }),
  );
  for (const file of state.checkpointFiles) rmSync(file, { force: true });
  if (state.filesDir) rmSync(state.filesDir, { recursive: true, force: true });
  if (state.pgbouncerDir) rmSync(state.pgbouncerDir, { recursive: true, force: true });
  if (state.embedded) {
    await state.embedded.stop();
    return;
  }
  const admin = new pg.Client({ connectionString: state.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  await admin.end();
}
