import Redis from 'ioredis';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Api } from '../support/api';
import { propose, Stage, stage } from '../support/stage';
import { openLiveSocket, OpenedSocket } from '../support/live-socket';
import { postgresServer, PostgresServer } from '../support/postgres-server';
import {
  ApiProcess,
  freePort,
  redisServer,
  redisServerAvailable,
  RedisProcess,
  startApiProcess,
  startBlackhole,
  waitFor,
} from '../support/servers';

// The API degrades instead of hanging when Redis is gone, and serves again by itself once
// PostgreSQL is back (apps/api/src/app/health.controller.ts, libs/notification's LiveEvents,
// libs/db's supervised embedded server).
jest.setTimeout(180_000);

const main = new Api();

async function readiness(url: string): Promise<{ status: number; body: Record<string, string> }> {
  const res = await fetch(`${url}/health/ready`);
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe('a Redis outage never blocks a request', () => {
  let s: Stage;
  beforeAll(async () => {
    s = await stage(main);
  });

  it.each([
    ['hangs (accepts connections, never answers)', 'blackhole'],
    ['refuses connections', 'refused'],
  ])(
    'when Redis %s, notifying mutations answer and readiness says degraded',
    async (_label, kind) => {
      const blackhole = kind === 'blackhole' ? await startBlackhole() : undefined;
      const port = blackhole?.port ?? (await freePort());
      const server = await startApiProcess(`redis-${kind}`, {
        REDIS_URL: `redis://127.0.0.1:${port}`,
      });
      try {
        const api = new Api(server.url);
        for (let i = 0; i < 3; i++) {
          const res = await propose(api, s, `During the outage ${i}`);
          expect(res.errors).toBeUndefined();
          expect(res.data?.createMilestone.id).toBeTruthy();
        }
        expect(await readiness(server.url)).toEqual({
          status: 200,
          body: { status: 'degraded', database: 'ok', liveUpdates: 'unavailable' },
        });
        expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
      } finally {
        await server.stop();
        await blackhole?.close();
      }
    },
  );
});

const withRedis = redisServerAvailable() ? describe : describe.skip;
if (!redisServerAvailable())
  console.warn(
    'redis-server is not installed: the shared-Redis tests are skipped (.ci/run installs it)',
  );

withRedis('two API processes sharing one Redis', () => {
  let redis: RedisProcess;
  let a: ApiProcess;
  let b: ApiProcess;
  let s: Stage;
  const prefix = `test-${Date.now()}:`;

  beforeAll(async () => {
    redis = await redisServer();
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: prefix };
    [a, b, s] = await Promise.all([
      startApiProcess('redis-a', env),
      startApiProcess('redis-b', env),
      stage(main),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  async function notifiedSocket(): Promise<OpenedSocket> {
    const outcome = await openLiveSocket(a.url, { token: s.facilitator.token });
    if (outcome.kind !== 'acknowledged') throw new Error(JSON.stringify(outcome));
    outcome.live.subscribe('subscription { notificationAdded { title } }');
    await new Promise((r) => setTimeout(r, 300)); // the subscription reaches Redis
    return outcome.live;
  }

  it('carries live events between them on prefixed channels, and keeps serving through an outage', async () => {
    const watcher = new Redis(redis.url);
    const channels: string[] = [];
    await watcher.psubscribe('*');
    watcher.on('pmessage', (_pattern, channel) => channels.push(channel));
    const live = await notifiedSocket();
    try {
      expect((await propose(new Api(b.url), s, 'Before the outage')).errors).toBeUndefined();
      await waitFor(async () => live.received.length === 1, 10_000);
      expect(live.received[0]).toEqual({
        data: { notificationAdded: { title: 'Milestone proposed: "Before the outage"' } },
      });
      expect(channels.length).toBeGreaterThan(0);
      expect(channels.every((c) => c.startsWith(prefix))).toBe(true);
      watcher.disconnect();

      await redis.stop();
      const during = await propose(new Api(b.url), s, 'During the outage');
      expect(during.errors).toBeUndefined();
      await waitFor(
        async () => (await readiness(b.url)).body['liveUpdates'] === 'unavailable',
        10_000,
      );

      await redis.start();
      await waitFor(async () => (await readiness(a.url)).body['status'] === 'ok', 20_000);
      await waitFor(async () => (await readiness(b.url)).body['status'] === 'ok', 20_000);
      await new Promise((r) => setTimeout(r, 500)); // A subscribes again
      expect((await propose(new Api(b.url), s, 'After the outage')).errors).toBeUndefined();
      await waitFor(
        async () =>
          JSON.stringify(live.received).includes('Milestone proposed: \\"After the outage\\"'),
        10_000,
      );
    } finally {
      watcher.disconnect();
      live.close();
    }
  });

  it('closes a socket on one process when its session ends on another', async () => {
    const session = { ...s.facilitator, token: await main.signIn(s.facilitator.email) };
    const outcome = await openLiveSocket(a.url, { token: session.token });
    if (outcome.kind !== 'acknowledged') throw new Error(JSON.stringify(outcome));
    await new Api(b.url).ok('mutation { logout }', {}, session);
    expect(await outcome.live.closed).toEqual({ code: 4403, reason: 'Session ended' });
  });
});

describe('after PostgreSQL restarts, the API serves again by itself', () => {
  let pg: PostgresServer;
  let server: ApiProcess;

  beforeAll(async () => {
    pg = await postgresServer();
    server = await startApiProcess('pg-restart', {
      DATABASE_URL: pg.appUrl,
      DATABASE_OWNER_URL: pg.ownerUrl,
    });
  });

  afterAll(async () => {
    await server?.stop();
    await pg?.destroy();
  });

  it.each([
    ['a fast shutdown', 'SIGINT'],
    ['a crash', 'SIGKILL'],
  ] as const)('after %s', async (_label, signal) => {
    const api = new Api(server.url);
    // Unverified: this API's database is its own, where the test's mail reader does not look.
    const user = await api.unverifiedUserWithEmail(api.uniqueEmail('restart'), 'restart');
    const me = () => api.gql<{ me: { email: string } | null }>('{ me { email } }', {}, user);
    expect((await me()).data?.me?.email).toBe(user.email);

    await pg.stop(signal);
    try {
      // While it is down: a stable code and 503, not an internal error; alive but not ready.
      const down = await api.http
        .post('/graphql')
        .set('authorization', `Bearer ${user.token}`)
        .send({ query: '{ me { email } }' });
      expect(down.status).toBe(503);
      expect(down.body).toEqual({
        error: {
          code: 'SERVICE_UNAVAILABLE',
          message: 'The service is briefly unavailable. Please try again in a few seconds.',
        },
      });
      expect((await readiness(server.url)).status).toBe(503);
      expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    } finally {
      await pg.start();
    }
    const took = await waitFor(async () => (await me()).data?.me?.email === user.email, 15_000);
    console.log(`API serving again ${took} ms after PostgreSQL accepted connections (${signal})`);
    expect((await readiness(server.url)).status).toBe(200);
  });
});

describe('the embedded PostgreSQL is restarted when it dies', () => {
  it('serves again by itself after the server is killed', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'alianza-embedded-'));
    const dataDir = resolve(dir, 'postgres');
    const server = await startApiProcess('embedded-restart', {
      DATABASE_URL: undefined,
      DATABASE_OWNER_URL: undefined,
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      DEMO_DATA: 'false',
      MIGRATE_ON_START: 'true',
      AUDIT_CHECKPOINT_FILE: resolve(dir, 'checkpoints.jsonl'),
    });
    try {
      await waitFor(async () => (await readiness(server.url)).status === 200, 60_000);
      const postmaster = Number(
        readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      process.kill(postmaster, 'SIGKILL');
      await waitFor(async () => (await readiness(server.url)).status === 503, 10_000);
      const took = await waitFor(async () => (await readiness(server.url)).status === 200, 30_000);
      console.log(`Embedded PostgreSQL back and the API ready ${took} ms after it was seen down`);
      expect(server.log()).toContain('Embedded PostgreSQL stopped unexpectedly');
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
