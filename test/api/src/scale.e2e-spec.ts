import { createClient } from 'graphql-ws';
import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import { Api, TestUser } from '../support/api';
import { propose, stage } from '../support/stage';
import { keepSending, TestBalancer } from '../support/balancer';
import { openLiveSocket } from '../support/live-socket';
import {
  ApiProcess,
  redisServer,
  redisServerAvailable,
  RedisProcess,
  sleep,
  startApiProcess,
  TEST_BUDGETS,
  waitFor,
} from '../support/servers';

// Several API instances on one database and one Redis (docker/compose.scale.yml): any of them
// serves any request, live events reach sockets held by another, and one stops without losing a
// request (graceful drain, docs/adr/0046-replicas-and-graceful-drain.md).
jest.setTimeout(180_000);

const withRedis = redisServerAvailable() ? describe : describe.skip;
if (!redisServerAvailable())
  console.warn('redis-server is not installed: the scale tests are skipped (.ci/run installs it)');

/**
 * What the drain tests give each instance: 3 s for the balancer to notice, 15 s to finish; and
 * budgets the load never meets (the rate limits are tested in rate-limits.e2e-spec.ts).
 */
const DRAIN_ENV = { SHUTDOWN_DELAY_SECONDS: '3', SHUTDOWN_GRACE_SECONDS: '15', ...TEST_BUDGETS };

/** `{ me { email } }`, answered properly or not, as one client of the balancer sees it. */
async function askMe(url: string, user: TestUser) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  const body = await res.text();
  return { ok: res.status === 200 && body.includes(user.email), status: res.status, body };
}

/**
 * A request that takes `ms`: a slow client uploading its body in small parts. Resolves with the
 * answer's status and body, or rejects when the connection is cut.
 */
function slowRequest(url: string, user: TestUser, ms: number) {
  const head = JSON.stringify({ query: '{ me { email } }' }).slice(0, -1);
  const parts = 10;
  const padding = ' '.repeat(100);
  const body = `${head}${padding.repeat(parts)}}`;
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${user.token}`,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    void (async () => {
      req.write(head);
      for (let i = 0; i < parts; i++) {
        await sleep(ms / parts);
        req.write(padding);
      }
      req.end('}');
    })();
  });
}

withRedis('two API instances on one database and one Redis', () => {
  let redis: RedisProcess;
  let a: ApiProcess;
  let b: ApiProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    redis = await redisServer();
    env = { REDIS_URL: redis.url, REDIS_PREFIX: `scale-${Date.now()}:`, ...DRAIN_ENV };
    [a, b] = await Promise.all([startApiProcess('scale-a', env), startApiProcess('scale-b', env)]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('serves one story alternately from both, and delivers to a socket on A what happens on B', async () => {
    const [onA, onB] = [new Api(a.url), new Api(b.url)];
    const s = await stage(onA, onB);
    // A session opened on one instance is known to the other.
    expect(
      (await onB.ok<{ me: { email: string } }>('{ me { email } }', {}, s.facilitator)).me,
    ).toEqual({ email: s.facilitator.email });

    const outcome = await openLiveSocket(a.url, { token: s.facilitator.token });
    if (outcome.kind !== 'acknowledged') throw new Error(JSON.stringify(outcome));
    try {
      outcome.live.subscribe('subscription { notificationAdded { title } }');
      await sleep(300); // the subscription reaches Redis
      expect((await propose(onB, s, 'Proposed on B')).errors).toBeUndefined();
      await waitFor(async () => outcome.live.received.length === 1, 10_000);
      expect(outcome.live.received[0]).toEqual({
        data: { notificationAdded: { title: 'Milestone proposed: "Proposed on B"' } },
      });
    } finally {
      outcome.live.close();
    }
  });

  it('restarts one under load without losing a request: drained, its long request finished, its sockets sent elsewhere', async () => {
    const s = await stage(new Api(a.url), new Api(b.url));
    const balancer = new TestBalancer(200);
    await balancer.start([a.url, b.url]);
    const load = keepSending(8, () => askMe(balancer.url, s.participant));
    // The web apps' client (graphql-ws, retrying as libs/graphql-client does), through the balancer.
    const closes: number[] = [];
    const titles: string[] = [];
    let connections = 0;
    const client = createClient({
      url: `${balancer.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${s.facilitator.token}` },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: () => connections++,
        closed: (event) => closes.push((event as { code: number }).code),
      },
    });
    try {
      client.subscribe<{ notificationAdded: { title: string } }>(
        { query: 'subscription { notificationAdded { title } }' },
        {
          next: (message) => titles.push(message.data?.notificationAdded.title ?? ''),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await waitFor(async () => balancer.upgrades.length === 1, 10_000);
      // The instance holding the socket is the one restarted.
      const [victim, survivor] = balancer.upgrades[0] === a.url ? [a, b] : [b, a];
      await sleep(1_000);
      const long = slowRequest(victim.url, s.participant, 4_000);
      await sleep(300); // the long request is in progress

      const exited = new Promise<number | null>((r) =>
        victim.child.once('exit', (code) => r(code)),
      );
      const stopping = Date.now();
      victim.child.kill('SIGTERM');
      // Not ready at once, yet still serving while the balancer notices.
      await waitFor(async () => (await fetch(`${victim.url}/health/ready`)).status === 503, 1_000);
      expect((await askMe(victim.url, s.participant)).ok).toBe(true);

      const answer = await long;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { me: { email: s.participant.email } } });
      expect(await exited).toBe(0);
      const drained = Date.now() - stopping;

      // Told to reconnect (1012), the client did, through the balancer, to the other instance,
      // and its subscription goes on there.
      expect(closes).toEqual([1012]);
      await waitFor(async () => connections === 2, 10_000);
      expect(balancer.upgrades).toEqual([victim.url, survivor.url]);
      // Its subscription reaches Redis a moment after the acknowledgement: propose until the
      // first notification comes (the first proposals may come before it).
      for (let i = 0; titles.length === 0 && i < 20; i++) {
        const proposed = await propose(new Api(survivor.url), s, `After the restart ${i}`);
        expect(proposed.errors).toBeUndefined();
        await waitFor(async () => titles.length > 0, 1_000).catch(() => undefined);
      }
      expect(titles[0]).toMatch(/^Milestone proposed: "After the restart \d+"$/);

      // Started again: the balancer sends it traffic once it is ready.
      const again = await startApiProcess('scale-again', env);
      if (victim === a) a = again;
      else b = again;
      balancer.replace(victim.url, again.url);
      await waitFor(async () => balancer.isReady(again.url), 20_000);
      await sleep(1_000);

      const result = await load.stop();
      console.log(
        `Rolling restart under load: ${result.sent} requests, ${result.lost.length} lost; ` +
          `SIGTERM to exit ${drained} ms`,
      );
      expect(result.lost).toEqual([]);
      expect(result.answered).toBeGreaterThan(100);
      expect(again.log()).toMatch(/"url":"\/graphql"/); // the restarted instance served some
    } finally {
      await client.dispose();
      await load.stop();
      await balancer.stop();
    }
  });
});
