/*
 * What the benchmarks share: a throwaway, migrated database (embedded, or on DATABASE_URL's
 * server), the API started as a child process, sessions, autocannon runs and their figures, and
 * the JSON each benchmark writes to .data/bench/.
 *
 * How the API is started (its environment, its database URL) is written in one place:
 * `apiEnvironment`. The bare servers the API is compared with connect with `BenchDatabase.url`.
 */
import 'reflect-metadata';
import { startEmbeddedPostgres } from '@alianza/db';
import argon2 from 'argon2';
import autocannon from 'autocannon';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage } from 'node:http';
import { createServer as createNetServer, AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Client, Pool } from 'pg';

export const ROOT = resolve(__dirname, '../..');
export const ORGANIZATIONS = 50;
export const CONNECTIONS = 16;
/** Seconds of each measurement (`BENCH_SECONDS`). */
export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
export const PASSWORD = 'bench passphrase 2026';
/** The API's audit key in the benchmarks; the bare servers key their records with it too. */
export const BENCH_AUDIT_KEY = 'benchmark audit key, not a secret, 32+ characters';

export const IDS = {
  collaboration: '00000000-0000-4000-8000-00000000c011',
  area: '00000000-0000-4000-8000-00000000a4ea',
  facilitator: '00000000-0000-4000-8000-0000000f0001',
};
export const FACILITATOR_EMAIL = 'facilitator@bench.alianza';
/** The owner (only member) of organization `i` of `bench_org`. */
export const ownerEmail = (i: number): string => `owner${i}@bench.alianza`;

/** The text and fields of a seeded item version: a short report with three fields. */
export const ITEM_BODY = `## Costes de producción

El **coste unitario** bajó tras renegociar el contrato con el proveedor habitual. La entrega se mantiene en el plazo acordado.

- Margen previsto: estable.
- Riesgo de suministro: bajo.
`;
export const ITEM_FIELDS = [
  { key: 'supplier', label: 'Proveedor', type: 'text', text: 'Harinas del Norte', number: null },
  { key: 'cost', label: 'Coste unitario', type: 'number', text: null, number: 12.4 },
  { key: 'region', label: 'Región', type: 'text', text: 'Castilla', number: null },
];

/** A free TCP port on the loopback interface, so that runs in other checkouts do not collide. */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export interface BenchDatabase {
  /** The migrated database, as its administrator: seeding, checks and the bare servers. */
  url: string;
  /** As its owner and as the API's restricted role (ADR 0015): the API takes both. */
  ownerUrl: string;
  appUrl: string;
  /** Drops the database (or stops the embedded server); with `BENCH_KEEP`, keeps it. */
  stop(): Promise<void>;
}

/**
 * A new database with every migration applied: on `DATABASE_URL`'s server when it is set,
 * otherwise on an embedded PostgreSQL of its own (in `.data/bench-postgres/<bench>`).
 */
export async function createDatabase(bench: string): Promise<BenchDatabase> {
  const name = `alianza_bench_${bench.replace(/\W/g, '_')}_${Date.now()}`;
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async (): Promise<void> => undefined;
  if (!adminUrl) {
    const dataDir = resolve(ROOT, '.data/bench-postgres', bench);
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'postgres',
    });
    adminUrl = pg.url;
    stopServer = async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const login = (role: string) => {
    const u = new URL(url);
    u.username = role;
    u.password = `${role} password`;
    return u.toString();
  };
  // As deployed: the owner migrates, the API runs as the restricted role (npm run db:roles).
  const ownerUrl = login('alianza_bench_owner');
  const appUrl = login('alianza_bench_app');
  const env = { ...process.env, DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl };
  for (const command of ['roles', 'migrate']) {
    const done = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/db/src/cli.ts', command],
      { cwd: ROOT, env: { ...env, ADMIN_DATABASE_URL: url.toString() }, encoding: 'utf8' },
    );
    if (done.status !== 0) throw new Error(`db ${command} failed: ${done.stderr}`);
  }
  return {
    url: url.toString(),
    ownerUrl,
    appUrl,
    stop: async () => {
      if (process.env.BENCH_KEEP) return console.log(`Kept ${url.toString()}`);
      if (process.env.DATABASE_URL) {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      }
      await stopServer();
    },
  };
}

/**
 * One collaboration with `ORGANIZATIONS` companies (table `bench_org`: i, org_id, user_id,
 * part_id), each with one owner, all taking part; one facilitator; one moderated area. Every
 * account's password is `PASSWORD`.
 */
export async function seedBase(db: Client): Promise<void> {
  const hash = await argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  await db.query(`CREATE TABLE bench_org AS SELECT i, gen_random_uuid() AS org_id, gen_random_uuid() AS user_id,
    gen_random_uuid() AS part_id FROM generate_series(0, ${ORGANIZATIONS - 1}) i`);
  await db.query(
    `INSERT INTO users (id, email, display_name, password_hash, is_facilitator) VALUES ($1, $2, 'F', $3, true)`,
    [IDS.facilitator, FACILITATOR_EMAIL, hash],
  );
  await db.query(
    `INSERT INTO users (id, email, display_name, password_hash) SELECT user_id, 'owner' || i || '@bench.alianza', 'Owner ' || i, $1 FROM bench_org`,
    [hash],
  );
  await db.query(
    `INSERT INTO organizations (id, name, kind, created_by) SELECT org_id, 'Organización ' || i, 'company', user_id FROM bench_org`,
  );
  await db.query(
    `INSERT INTO organization_memberships (organization_id, user_id, role) SELECT org_id, user_id, 'owner' FROM bench_org`,
  );
  await db.query(
    `INSERT INTO collaborations (id, title, status, current_ground_rules_version, created_by) VALUES ($1, 'Benchmark', 'active', 1, $2)`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO collaboration_facilitators (collaboration_id, user_id) VALUES ($1, $2)`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO ground_rules_versions (collaboration_id, version, body, third_party_rules, published_by) VALUES ($1, 1, 'Rules', 'Third parties', $2)`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO participations (id, collaboration_id, organization_id, status, accepted_ground_rules_version, invited_by, invited_at)
    SELECT part_id, $1, org_id, 'accepted', 1, $2, now() FROM bench_org`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO areas (id, collaboration_id, name, sensitivity) VALUES ($1, $2, 'Costes', 'moderated')`,
    [IDS.area, IDS.collaboration],
  );
}

const BENCH_FILES_MASTER_KEY = randomBytes(32).toString('base64');

/**
 * The API's environment: the one place that says how the benchmarks start it (production mode,
 * quiet logs, no background sweeps, no request budget) and with which database URL(s).
 */
export function apiEnvironment(database: BenchDatabase, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    MIGRATE_ON_START: 'false',
    AUDIT_KEY: BENCH_AUDIT_KEY,
    TWO_FACTOR_KEY: 'benchmark two-factor key, not a secret, 32+ characters',
    // The benchmarks' facilitators sign in with a password alone.
    TWO_FACTOR_REQUIRED_FOR_STAFF: 'false',
    // Required in production; one per run (a benchmark's documents live as long as its database).
    FILES_MASTER_KEY: BENCH_FILES_MASTER_KEY,
    // One file per benchmark database: chains of other runs (same ids) are not this run's.
    AUDIT_CHECKPOINT_FILE: resolve(
      ROOT,
      `.data/bench/${new URL(database.url).pathname.slice(1)}.checkpoints.jsonl`,
    ),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    EXPIRY_SWEEP_SECONDS: '0',
    // A benchmark is one user at full speed: it measures the work, not the rate limits.
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
  };
}

export interface Api {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the API (as `npm run start:api` does) and waits until /health answers; `env` adds to,
 * or overrides, `apiEnvironment` (e.g. where documents are kept).
 */
export async function startApi(database: BenchDatabase, env: NodeJS.ProcessEnv = {}): Promise<Api> {
  const port = await freePort();
  // BENCH_PROFILE=<folder>: the API writes a CPU profile there when it stops (open it in
  // Chrome's DevTools or speedscope) — to see where a benchmark's time goes.
  const profile = process.env['BENCH_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env['BENCH_PROFILE'])}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '-r', '@swc-node/register', 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...apiEnvironment(database, port), ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let running = true;
  void exited.then(() => (running = false));
  const api: Api = {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    stop: async () => {
      if (!running) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
  for (let i = 0; i < 300 && running; i++) {
    try {
      if ((await fetch(`${api.baseUrl}/health`)).ok) return api;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await api.stop();
  throw new Error(running ? 'The API did not start' : `The API exited (${await exited})`);
}

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL operation; throws with the errors' codes and messages if there are any. */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: object = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as GraphqlResponse<T>;
  if (result.errors?.length || !result.data) {
    const problems = (result.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`);
    throw new Error(`GraphQL ${response.status}: ${problems.join('; ') || 'no data'}`);
  }
  return result.data;
}

/** Signs in and returns a bearer token (the session an API client sends). */
export async function login(baseUrl: string, email: string): Promise<string> {
  const data = await graphql<{ login: { bearerToken: string } }>(
    baseUrl,
    'mutation($i: LoginInput!) { login(input: $i) { bearerToken } }',
    { i: { email, password: PASSWORD, issueBearerToken: true } },
  );
  return data.login.bearerToken;
}

export interface BareServer {
  baseUrl: string;
  pool: Pool;
  stop(): Promise<void>;
}

/** A failure a bare server answers with its status and message. */
export class BareError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A bare node:http + pg server: every POST's body goes to `handle`, whose result is answered
 * as JSON. The yardstick the API is measured against.
 */
export async function startBareServer(
  database: BenchDatabase,
  handle: (body: string, pool: Pool) => Promise<unknown>,
): Promise<BareServer> {
  const pool = new Pool({ connectionString: database.url, max: 10 });
  let stopping = false;
  // An idle connection may hear of the server stopping before it has closed: expected then.
  pool.on('error', (error) => {
    if (!stopping) console.error('Bare server: idle connection failed', error);
  });
  const read = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const server = createServer((req, res) => {
    void read(req)
      .then((body) => handle(body, pool))
      .then(
        (result) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(result));
        },
        (error: unknown) => {
          res.statusCode = error instanceof BareError ? error.status : 500;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pool,
    stop: async () => {
      stopping = true;
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

export interface Figures {
  requestsPerSecond: number;
  /** Latency in milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and answers `check` refused. */
  errors: number;
  /** Answers counted as successful. */
  ok: number;
  /**
   * CPU time (user + system, ms) the processes of `LoadOptions.cpuOf` spent per request during
   * the run: what one request costs the API process whatever else loads the machine (Linux).
   */
  cpuMsPerRequest?: number;
}

export interface LoadOptions {
  url: string;
  /** Default: `CONNECTIONS`. */
  connections?: number;
  headers: Record<string, string>;
  /** The same body for every request… */
  body?: string;
  /** …or a new one for each request (e.g. the next pending id). */
  nextBody?: () => string;
  /** Whether an answer is a success (e.g. no GraphQL `errors` in a 200); default: any 2xx. */
  check?: (status: number, body: string) => boolean;
  /** The API processes whose CPU time per request to report (not autocannon's). */
  cpuOf?: Api[];
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/** CPU time (user + system, ms) a process has used so far; undefined where /proc is not. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}

/** The CPU time the API processes use together; undefined if any cannot be read. */
const cpuOfAll = (apis: Api[]): number | undefined =>
  apis.reduce<number | undefined>((sum, api) => {
    const used = cpuMs(api.child.pid);
    return sum === undefined || used === undefined ? undefined : sum + used;
  }, 0);

/**
 * Starts counting the CPU time of `apis`' processes; `perRequest(n)` is what they spent since,
 * per request, as `Figures.cpuMsPerRequest` (absent where it cannot be read).
 */
export function cpuMeter(apis: Api[] | undefined): {
  perRequest: (requests: number) => Pick<Figures, 'cpuMsPerRequest'>;
} {
  const before = apis ? cpuOfAll(apis) : undefined;
  return {
    perRequest: (requests) => {
      const after = apis ? cpuOfAll(apis) : undefined;
      return before !== undefined && after !== undefined && requests > 0
        ? { cpuMsPerRequest: +((after - before) / requests).toFixed(2) }
        : {};
    },
  };
}

/** `DURATION` seconds of POSTs on `CONNECTIONS` connections, with autocannon. */
export async function measure(options: LoadOptions): Promise<Figures> {
  let refused = 0;
  const { nextBody, check } = options;
  const cpu = cpuMeter(options.cpuOf);
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? CONNECTIONS,
    duration: DURATION,
    method: 'POST',
    headers: options.headers,
    body: options.body,
    requests:
      nextBody || check
        ? [
            {
              method: 'POST',
              ...(nextBody
                ? { setupRequest: (request) => ({ ...request, body: nextBody() }) }
                : {}),
              ...(check
                ? {
                    onResponse: (status: number, body: string) => {
                      if (status < 300 && !check(status, body)) refused += 1;
                    },
                  }
                : {}),
            },
          ]
        : undefined,
  });
  const errors = result.errors + result.non2xx + refused;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    ok: result.requests.total - result.non2xx - refused,
    ...cpu.perRequest(result.requests.total),
  };
}

/** `a / b` to two decimals. */
/**
 * The API's floor: a signed-in request that asks for nothing (`{ __typename }`), so costs what
 * every request costs before its own work (HTTP, session and claim, transaction, GraphQL). A
 * page benchmark measures it beside the page: the page's ratio to the bare server cannot
 * exceed the floor's.
 */
export const FLOOR_BODY = JSON.stringify({ query: '{ __typename }' });

export const ratio = (a: number, b: number): number => +(a / b).toFixed(2);

/** The machine's load average (1, 5 and 15 minutes): the benchmarks share it with others. */
export const loadAverage = (): number[] => loadavg().map((l) => +l.toFixed(2));

/** Writes `.data/bench/<name>.json`. */
export function writeResults(name: string, results: Record<string, unknown>): void {
  mkdirSync(resolve(ROOT, '.data/bench'), { recursive: true });
  writeFileSync(resolve(ROOT, `.data/bench/${name}.json`), JSON.stringify(results, null, 2));
  console.log(`Wrote .data/bench/${name}.json`);
}

/** Runs a benchmark's main function; a failure prints and exits non-zero. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
