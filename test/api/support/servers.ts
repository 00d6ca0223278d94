import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` until it is true or `ms` pass; returns how long it took. */
export async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`Condition not met within ${ms} ms`);
}

/** The budgets no test meets (the rate limits are tested elsewhere). */
export const TEST_BUDGETS = {
  RATE_LIMIT_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_ACTION_PER_IP: '1000000',
  RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
  LOGIN_LOCKOUT_IP_FAILURES: '1000000',
};

/** An API that stores documents in `filesDir` under a master key of its own, without budgets. */
export function documentsEnv(filesDir: string): Record<string, string> {
  return {
    FILES_STORAGE: 'local',
    FILES_DIR: filesDir,
    FILES_MASTER_KEY: randomBytes(32).toString('base64'),
    ...TEST_BUDGETS,
  };
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** What the process logged so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Another API server process, like the global setup's, on the same test database unless `env`
 * says otherwise: for tests that need other settings (Redis, caps) or another database.
 */
export async function startApiProcess(
  name: string,
  env: Record<string, string | undefined>,
  options: {
    /** Modules to load before the API (`node -r`), e.g. test instrumentation. */
    preload?: string[];
    /** Opens an IPC channel to the process (`child.on('message', …)`). */
    ipc?: boolean;
  } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  mkdirSync(resolve(root, '.data'), { recursive: true });
  const logFile = resolve(root, `.data/test-api-${name}-${port}.log`);
  const log = createWriteStream(logFile);
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: process.env['ALIANZA_TEST_APP_DATABASE_URL'],
    DATABASE_OWNER_URL: process.env['ALIANZA_TEST_DATABASE_URL'],
    HOST: '127.0.0.1',
    PORT: String(port),
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'info',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    EXPIRY_SWEEP_SECONDS: '0',
    NOTIFICATION_SWEEP_SECONDS: '0',
    AUDIT_KEY: process.env['ALIANZA_TEST_AUDIT_KEY'],
    UNSUBSCRIBE_KEY: process.env['ALIANZA_TEST_UNSUBSCRIBE_KEY'],
    AUDIT_CHECKPOINT_SECONDS: '0',
    AUDIT_CHECKPOINT_FILE: resolve(root, `.data/test-audit/${name}-${port}.checkpoints.jsonl`),
    // A mail queue of its own: no other API on the test database sends its messages (a test
    // that wants two processes to share one passes the same MAIL_QUEUE to both).
    MAIL_QUEUE: `${name.replace(/[^\w.-]/g, '-').slice(0, 30)}-${port}`,
    ...env,
  };
  // `undefined` removes a variable (e.g. DATABASE_URL, for the embedded PostgreSQL).
  const childEnv = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const preload = (options.preload ?? []).flatMap((module) => ['-r', module]);
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', ...preload, 'apps/api/src/main.ts'],
    {
      cwd: root,
      env: childEnv,
      stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API ${name} exited:\n${readLog()}`);
    if (
      await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API ${name} did not start in time:\n${readLog()}`);
    }
    await sleep(100);
  }
  return {
    url,
    child,
    log: readLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** A TCP server that accepts connections and never answers: a Redis that hangs. */
export async function startBlackhole(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const REDIS_SERVER = process.env['REDIS_SERVER_BIN'] ?? '/usr/bin/redis-server';

/** Whether a Redis server binary is here (Debian's `redis-server`; .ci/run installs it). */
export function redisServerAvailable(): boolean {
  return spawnSync(REDIS_SERVER, ['--version']).status === 0;
}

export interface RedisProcess {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A real Redis of the test's own (nothing kept on disk), which the test may stop and start. */
export async function redisServer(): Promise<RedisProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitFor(
      () =>
        new Promise<boolean>((r) => {
          const socket = new Socket();
          socket.once('connect', () => (socket.destroy(), r(true)));
          socket.once('error', () => r(false));
          socket.connect(port, '127.0.0.1');
        }),
      10_000,
    );
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((r) => running.once('exit', () => r()));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
