import { Client } from 'pg';
import { Api, TestUser } from '../support/api';
import { openLiveSocket, OpenedSocket, SocketOutcome } from '../support/live-socket';
import { ApiProcess, startApiProcess, waitFor } from '../support/servers';

// Live-update sockets follow the sessions they ride on (apps/api/src/app/live-sockets.ts).
// An API process of its own, with small caps and a check of open sockets' sessions every second.
const MAX_PER_USER = 3;
const MAX_PER_IP = 7;
const PUBLIC_ORIGIN = 'https://portal.alianza.example';

jest.setTimeout(120_000);

let server: ApiProcess;
let api: Api;
const opened: OpenedSocket[] = [];

beforeAll(async () => {
  server = await startApiProcess('websockets', {
    WS_MAX_PER_USER: String(MAX_PER_USER),
    WS_MAX_PER_IP: String(MAX_PER_IP),
    WS_SESSION_CHECK_SECONDS: '1',
    PUBLIC_ORIGINS: PUBLIC_ORIGIN,
  });
  api = new Api(server.url);
});

afterEach(async () => {
  for (const live of opened.splice(0)) live.close();
  await Promise.all(opened.map((l) => l.closed));
});

afterAll(async () => {
  await server?.stop();
});

async function acknowledged(outcome: Promise<SocketOutcome>): Promise<OpenedSocket> {
  const result = await outcome;
  if (result.kind !== 'acknowledged')
    throw new Error(`socket not accepted: ${JSON.stringify(result)}`);
  opened.push(result.live);
  return result.live;
}

describe('who may open a socket', () => {
  it('refuses a page of another origin at the handshake, before any credentials count', async () => {
    const user = await api.user('ws-origin');
    expect(
      await openLiveSocket(server.url, { token: user.token, origin: 'https://evil.example' }),
    ).toEqual({
      kind: 'refused',
      status: 403,
    });
    expect(await openLiveSocket(server.url, { token: user.token, origin: 'null' })).toEqual({
      kind: 'refused',
      status: 403,
    });
    // The API's own origin (the web apps it serves), a configured public origin, and a client
    // that is no browser (no Origin, a bearer token) are let in.
    await acknowledged(openLiveSocket(server.url, { token: user.token, origin: server.url }));
    await acknowledged(openLiveSocket(server.url, { token: user.token, origin: PUBLIC_ORIGIN }));
    await acknowledged(openLiveSocket(server.url, { token: user.token }));
  });

  it('refuses anonymous sockets and unknown tokens', async () => {
    expect(await openLiveSocket(server.url)).toEqual({
      kind: 'closed',
      code: 4403,
      reason: 'Forbidden',
    });
    expect(await openLiveSocket(server.url, { token: 'not-a-session' })).toMatchObject({
      kind: 'closed',
      code: 4403,
    });
  });

  it('caps the sockets of one account, and lets a new one in once another closes', async () => {
    const user = await api.user('ws-cap');
    const sockets = [];
    for (let i = 0; i < MAX_PER_USER; i++)
      sockets.push(await acknowledged(openLiveSocket(server.url, { token: user.token })));
    expect(await openLiveSocket(server.url, { token: user.token })).toEqual({
      kind: 'closed',
      code: 4429,
      reason: 'Too many live connections for this account',
    });
    sockets[0].close();
    await sockets[0].closed;
    await acknowledged(openLiveSocket(server.url, { token: user.token }));
  });

  it('caps the sockets of one IP address at the handshake', async () => {
    const users = await Promise.all([
      api.user('ws-ip-1'),
      api.user('ws-ip-2'),
      api.user('ws-ip-3'),
    ]);
    for (let i = 0; i < MAX_PER_IP; i++)
      await acknowledged(openLiveSocket(server.url, { token: users[i % 3].token }));
    expect(await openLiveSocket(server.url, { token: users[0].token })).toEqual({
      kind: 'refused',
      status: 429,
    });
  });
});

describe('what a socket may ask', () => {
  it('is held to the GraphQL limits of HTTP requests', async () => {
    const user = await api.user('ws-limits');
    const live = await acknowledged(openLiveSocket(server.url, { token: user.token }));
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: id`).join(' ');
    live.subscribe(`subscription { notificationAdded { ${aliases} } }`);
    live.subscribe(`subscription { notificationAdded { ${'id '.repeat(3000)} } }`);
    await waitFor(async () => live.errors.length === 2, 5_000);
    expect(live.errors).toEqual([
      [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }),
        }),
      ],
      [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }),
        }),
      ],
    ]);
  });
});

describe('a socket dies with its session', () => {
  async function sessionSocket(user: TestUser): Promise<OpenedSocket> {
    return acknowledged(openLiveSocket(server.url, { token: user.token }));
  }

  it('on logout', async () => {
    const user = await api.user('ws-logout');
    const live = await sessionSocket(user);
    await api.ok('mutation { logout }', {}, user);
    expect(await live.closed).toEqual({ code: 4403, reason: 'Session ended' });
  });

  it("on a password change: the other sessions' sockets close, the changer's own stays", async () => {
    const user = await api.user('ws-password');
    const other = { ...user, token: await api.signIn(user.email) };
    const mine = await sessionSocket(user);
    const theirs = await sessionSocket(other);
    await api.ok(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: user.password, newPassword: 'a brand new passphrase 2026' } },
      user,
    );
    expect(await theirs.closed).toEqual({ code: 4403, reason: 'Session ended' });
    mine.subscribe('subscription { notificationAdded { id } }');
    const stillOpen = await Promise.race([
      mine.closed.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 2_500)),
    ]);
    expect(stillOpen).toBe(true);
  });

  it('when the session expires or is revoked elsewhere (checked again every second)', async () => {
    const [expiring, revoked] = await Promise.all([api.user('ws-expiry'), api.user('ws-revoked')]);
    const a = await sessionSocket(expiring);
    const b = await sessionSocket(revoked);
    const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
    await owner.connect();
    try {
      await owner.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [expiring.id],
      );
      await owner.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [revoked.id]);
    } finally {
      await owner.end();
    }
    expect(await a.closed).toEqual({ code: 4403, reason: 'Session ended' });
    expect(await b.closed).toEqual({ code: 4403, reason: 'Session ended' });
  });
});
