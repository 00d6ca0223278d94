import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

export interface ExtraApi {
  url: string;
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

/**
 * Another API server on the run's database, configured by `env` (e.g. a suite's own rate
 * limits), started as the global setup starts the shared one. Stop it in `afterAll`.
 */
export async function startExtraApi(
  logName: string,
  env: Record<string, string>,
): Promise<ExtraApi> {
  const required = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run the tests through Jest (npm test)`);
    return value;
  };
  const port = await freePort();
  mkdirSync(resolve(ROOT, '.data/test-audit'), { recursive: true, mode: 0o700 });
  const log = createWriteStream(resolve(ROOT, `.data/${logName}.log`));
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: required('ALIANZA_TEST_APP_DATABASE_URL'),
        DATABASE_OWNER_URL: required('ALIANZA_TEST_DATABASE_URL'),
        HOST: '127.0.0.1',
        PORT: String(port),
        MIGRATE_ON_START: 'false',
        DEMO_DATA: 'false',
        LOG_LEVEL: process.env['TEST_API_LOG_LEVEL'] || 'info',
        PASSWORD_HASH_MEMORY_KIB: '1024',
        EXPIRY_SWEEP_SECONDS: '0',
        AUDIT_KEY: required('ALIANZA_TEST_AUDIT_KEY'),
        AUDIT_CHECKPOINT_FILE: resolve(ROOT, `.data/test-audit/${logName}-${port}.jsonl`),
        AUDIT_CHECKPOINT_SECONDS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${logName}: the API exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${logName}: the API did not answer /health in time`);
}
