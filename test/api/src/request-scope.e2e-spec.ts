import { Agent, request } from 'node:http';
import { Api, TestUser } from '../support/api';

/**
 * Each signed-in request holds one pooled database connection, in a transaction carrying its
 * claim, until its response is written (ADR 0015). Clients that hang up early, and clients that
 * keep their connection alive, must never leave a connection behind: the pool (10) would run dry
 * and the API would stop answering.
 */
describe('the request scope', () => {
  const t = new Api();
  let user: TestUser;
  const url = new URL(t.baseUrl);
  const body = JSON.stringify({ query: '{ me { id } }' });

  beforeAll(async () => {
    user = await t.user('scope');
  });

  /** Sends the query and hangs up after `afterMs`, without reading the answer. */
  const abandoned = (afterMs: number) =>
    new Promise<void>((done) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${user.token}`,
          'content-length': Buffer.byteLength(body),
        },
      });
      req.on('error', () => done());
      req.on('close', () => done());
      req.end(body);
      setTimeout(() => req.destroy(), afterMs);
    });

  /** The same query on a kept-alive connection, answered in full. */
  const kept = (agent: Agent) =>
    new Promise<number>((done, fail) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${user.token}`,
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        },
      );
      req.on('error', fail);
      req.end(body);
    });

  it('gives every connection back, whether the client hangs up or keeps its connection', async () => {
    // Clients hanging up at every moment of the request, many more than the pool holds.
    for (let round = 0; round < 3; round++)
      await Promise.all(Array.from({ length: 20 }, (_, i) => abandoned(i % 10)));
    // Kept-alive connections, more than the pool holds, each asking several times in turn.
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 16 }, async () => {
          const seen: number[] = [];
          for (let i = 0; i < 3; i++) seen.push(await kept(agent));
          return seen;
        }),
      );
      expect(statuses.flat()).toEqual(Array.from({ length: 48 }, () => 200));
    } finally {
      agent.destroy();
    }
    // And the API still answers, with its pool intact.
    const me = await t.ok<{ me: { id: string } }>('{ me { id } }', {}, user);
    expect(me.me.id).toBe(user.id);
  }, 60_000);
});
