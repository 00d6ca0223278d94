import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Socket } from 'node:net';
import { freePort, waitFor } from './servers';

/** Debian's PgBouncer (package `pgbouncer`; .ci/run installs it). */
export const PGBOUNCER = process.env['PGBOUNCER_BIN'] ?? '/usr/sbin/pgbouncer';

export function pgbouncerAvailable(): boolean {
  return spawnSync(PGBOUNCER, ['--version']).status === 0;
}

export interface Pgbouncer {
  port: number;
  /** `url` (a login on the PostgreSQL server behind) as it reaches the server through PgBouncer. */
  through(url: string): string;
  /** What PgBouncer logged so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * A PgBouncer of the test's own in front of `serverUrl`'s PostgreSQL, in transaction mode (a
 * server connection is a client's only for one transaction), with at most `poolSize` server
 * connections per database and user. The logins of `urls` (user and password) are its users:
 * clients authenticate to it with md5, and it logs in to the server with the same password.
 * PgBouncer refuses to run as root: as root it runs as `postgres`.
 */
export async function startPgbouncer(
  serverUrl: string,
  urls: string[],
  { poolSize }: { poolSize: number },
): Promise<Pgbouncer> {
  const dir = mkdtempSync(resolve(tmpdir(), 'alianza-pgbouncer-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const server = new URL(serverUrl);
  const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const users = urls.map((url) => new URL(url));
  writeFileSync(
    resolve(dir, 'userlist.txt'),
    users
      .map(
        (u) =>
          `${quoted(decodeURIComponent(u.username))} ${quoted(decodeURIComponent(u.password))}`,
      )
      .join('\n') + '\n',
  );
  const logFile = resolve(dir, 'pgbouncer.log');
  writeFileSync(
    resolve(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = md5',
      `auth_file = ${resolve(dir, 'userlist.txt')}`,
      `logfile = ${logFile}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'min_pool_size = 0',
      'reserve_pool_size = 0',
      'max_client_conn = 500',
      // What PgBouncer 1.18 does by default with anything else a client sends at start (a
      // `statement_timeout`, say): it refuses the connection.
      'ignore_startup_parameters = extra_float_digits',
      '',
    ].join('\n'),
  );
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const child: ChildProcess = spawn(
    PGBOUNCER,
    [...(asRoot ? ['-u', 'postgres'] : []), resolve(dir, 'pgbouncer.ini')],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  try {
    await waitFor(
      () =>
        new Promise<boolean>((r) => {
          if (child.exitCode !== null) return r(true); // reported below
          const socket = new Socket();
          socket.once('connect', () => (socket.destroy(), r(true)));
          socket.once('error', () => r(false));
          socket.connect(port, '127.0.0.1');
        }),
      10_000,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`PgBouncer did not start: ${String(error)}\n${log()}`);
  }
  if (child.exitCode !== null) throw new Error(`PgBouncer exited at start:\n${log()}`);
  return {
    port,
    through: (url: string) => {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
