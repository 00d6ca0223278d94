// Starts Alianza the way `npm start` does — web apps built, then the API serving them on an
// embedded PostgreSQL (or on a fresh database of TEST_DATABASE_URL / DATABASE_URL's server) —
// and loads the demo seed, so the browser suites log in with the demo accounts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

export const root = resolve(__dirname, '../../..');
export const DEMO_PASSWORD = 'alianza-demo-2026';

export interface RunningProduct {
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForHealth(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}); see ${log}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API did not answer ${url}/health in time; see ${log}`);
}

/** Builds the web apps the API serves, if their sources changed (`npm run build:web`). */
export function buildWebApps(): void {
  if (process.env['ALIANZA_E2E_SKIP_BUILD']) return;
  run('npm', ['run', 'build:web', '--silent'], process.env, 'Building the web apps');
}

/**
 * `name` gives another product of its own (database, data and log files) beside the run's, and
 * `env` its own settings (e.g. SMTP_URL for a suite that reads the emails); the web apps built
 * by the run's global setup are served again (`build: false`).
 */
export async function startProduct(
  options: { name?: string; env?: NodeJS.ProcessEnv; build?: boolean } = {},
): Promise<RunningProduct> {
  const suffix = options.name ? `-${options.name}` : '';
  const external = process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  // The product's data folder, its own and new: its embedded PostgreSQL, and beside it what the
  // API keeps out of the database (keys, documents, local outbox), as `.data` is for `npm start`.
  // Products may start at once (one per Playwright worker): none waits on another's files.
  const dataDir = resolve(root, `.data/web-test${suffix}`);
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    PASSWORD_HASH_MEMORY_KIB: '4096',
    EXPIRY_SWEEP_SECONDS: '5',
    // The demo accounts, loaded on start as `npm start` does on the embedded database.
    DEMO_DATA: 'true',
    // The data folder: the embedded PostgreSQL's files (unused on an external server), and the
    // audit key, generated there as `npm start` does into .data, with this run's checkpoints.
    EMBEDDED_PG_DIR: resolve(dataDir, 'postgres'),
    // The suites sign the demo accounts in again and again from one address: no lockout or
    // budget in the way (the limits are tested in test/api/src/rate-limits.e2e-spec.ts).
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    RATE_LIMIT_ACTION_PER_IP: '1000000',
    RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
    ...options.env,
  };
  delete env['AUDIT_CHECKPOINT_FILE'];
  delete env['TEST_DATABASE_URL'];
  let dropDatabase: (() => Promise<void>) | undefined;
  if (external) {
    const database = `alianza_web${suffix.replace(/\W/g, '_')}_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    // As in production: an owner migrates, the API runs as a restricted role (`npm run db:roles`).
    const login = (role: string) => {
      const url = new URL(external);
      url.pathname = `/${database}`;
      if (role) {
        url.username = role;
        url.password = `${role} test password`;
      }
      return url.toString();
    };
    env['DATABASE_URL'] = login('alianza_test_app');
    env['DATABASE_OWNER_URL'] = login('alianza_test_owner');
    run(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/db/src/cli.ts', 'roles'],
      { ...env, ADMIN_DATABASE_URL: login('') },
      'Creating the database roles',
    );
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    delete env['DATABASE_URL'];
    delete env['DATABASE_OWNER_URL'];
    env['EMBEDDED_PG_PORT'] = String(await freePort());
  }

  if (options.build !== false) buildWebApps();

  const port = await freePort();
  env['PORT'] = String(port);
  mkdirSync(resolve(root, '.data'), { recursive: true });
  const logPath = resolve(root, `.data/web-test${suffix}-api.log`);
  const log = createWriteStream(logPath);
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.pipe(log);
  api.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, api, logPath);

  return {
    url,
    async stop() {
      if (api.exitCode === null) {
        const exited = new Promise((done) => api.once('exit', done));
        api.kill('SIGTERM');
        await exited;
      }
      await dropDatabase?.();
    },
  };
}
