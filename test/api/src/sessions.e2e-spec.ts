import { Client } from 'pg';
import { Api, TEST_PASSWORD, TestUser } from '../support/api';
import { waitFor } from '../support/servers';

const FIREFOX =
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 ' + 'x'.repeat(400);
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const MY_SESSIONS = `query($first: Int!) { mySessions(first: $first) {
  totalCount nodes { id kind createdAt lastSeenAt expiresAt userAgent ipAddress current } } }`;
const END_SESSION = `mutation($id: ID!) { endSession(sessionId: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const MY_EVENTS = `{ myAccountEvents(first: 50) { nodes { kind userAgent } } }`;

interface Session {
  id: string;
  kind: 'COOKIE' | 'BEARER';
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ipAddress: string | null;
  current: boolean;
}

/** A way to call the API as one signed-in session: a bearer token or a browser's cookie. */
interface Device {
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: T | null; errors?: { extensions: { code: string } }[] }>;
}

/**
 * A user's list of sessions (issue 15, "sign out everywhere else"): where one is signed in, from
 * which browser and address, ending one session or all the others, and ended sessions refused
 * from their very next request.
 */
describe('active sessions', () => {
  const t = new Api();
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });

  beforeAll(() => owner.connect());
  afterAll(() => owner.end());

  /** Signs `user` in from a browser with `userAgent`: a cookie session, or a bearer one. */
  async function signIn(user: TestUser, userAgent: string, bearer = false): Promise<Device> {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('user-agent', userAgent)
      .send({
        query: `mutation($input: LoginInput!) { login(input: $input) { bearerToken } }`,
        variables: {
          input: { email: user.email, password: TEST_PASSWORD, issueBearerToken: bearer },
        },
      });
    expect(res.body.errors).toBeUndefined();
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('alianza_session='));
    const token: string | null = res.body.data.login.bearerToken;
    return {
      async gql(query, variables = {}) {
        const req = t.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('user-agent', userAgent);
        if (token) req.set('authorization', `Bearer ${token}`);
        else req.set('cookie', cookie!);
        const answer = await req.send({ query, variables });
        return { data: answer.body.data ?? null, errors: answer.body.errors };
      },
    };
  }

  const sessionsOf = async (device: Device, first = 20) => {
    const res = await device.gql<{ mySessions: { totalCount: number; nodes: Session[] } }>(
      MY_SESSIONS,
      { first },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.mySessions;
  };
  const currentOf = async (device: Device) =>
    (await sessionsOf(device)).nodes.find((s) => s.current)!;
  const refused = async (device: Device) =>
    (await device.gql(`{ mySessions { totalCount } }`)).errors?.[0]?.extensions.code;
  const eventsOf = async (device: Device) =>
    (
      await device.gql<{ myAccountEvents: { nodes: { kind: string; userAgent: string }[] } }>(
        MY_EVENTS,
      )
    ).data!.myAccountEvents.nodes;

  it('lists both sessions of a user signed in twice, with their browser and address, the current one marked', async () => {
    const user = await t.user('Twice');
    const laptop = await signIn(user, FIREFOX);
    const phone = await signIn(user, PHONE, true);

    const seen = await sessionsOf(laptop);
    // The factory's own sign-in is the third.
    expect(seen.totalCount).toBe(3);
    const fromLaptop = seen.nodes.find((s) => s.current)!;
    expect(fromLaptop).toMatchObject({
      kind: 'COOKIE',
      userAgent: FIREFOX.slice(0, 300),
      ipAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    const fromPhone = seen.nodes.find((s) => s.userAgent === PHONE)!;
    expect(fromPhone).toMatchObject({ kind: 'BEARER', current: false });
    expect(seen.nodes.filter((s) => s.current)).toHaveLength(1);
    for (const s of seen.nodes) {
      expect(Date.parse(s.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
      expect(Date.parse(s.expiresAt)).toBeGreaterThan(Date.now());
    }
    // Newest first; from the phone, the phone's session is the current one.
    expect(seen.nodes.map((s) => s.id)).toEqual(
      [...seen.nodes].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((s) => s.id),
    );
    expect((await currentOf(phone)).id).toBe(fromPhone.id);
  });

  it('marks a session seen at most once a minute, without changing anything else', async () => {
    const user = await t.user('Seen');
    const device = await signIn(user, FIREFOX);
    const { id } = await currentOf(device);
    const lastSeen = async () =>
      (await owner.query(`SELECT last_seen_at FROM sessions WHERE id = $1`, [id])).rows[0]
        .last_seen_at as Date;

    await owner.query(
      `UPDATE sessions SET last_seen_at = now() - interval '10 minutes' WHERE id = $1`,
      [id],
    );
    const stale = await lastSeen();
    await device.gql(`{ me { id } }`);
    // The mark commits with the request's first transaction, as its response closes (ADR 0036).
    await waitFor(async () => (await lastSeen()).getTime() > stale.getTime(), 5_000);
    const marked = await lastSeen();
    expect(Date.now() - marked.getTime()).toBeLessThan(30_000);
    expect(marked.getTime()).toBeGreaterThan(stale.getTime());
    // Within the minute, further requests leave the mark as it is.
    await device.gql(`{ me { id } }`);
    await device.gql(`{ me { id } }`);
    expect((await lastSeen()).getTime()).toBe(marked.getTime());
  });

  it('ends one session: its next request is not signed in, the others go on, and it is logged', async () => {
    const user = await t.user('EndOne');
    const laptop = await signIn(user, FIREFOX);
    const phone = await signIn(user, PHONE);
    const phoneSession = await currentOf(phone);

    expect((await laptop.gql(END_SESSION, { id: phoneSession.id })).data).toEqual({
      endSession: true,
    });
    expect(await refused(phone)).toBe('UNAUTHENTICATED');
    expect((await phone.gql<{ me: unknown }>(`{ me { id } }`)).data).toEqual({ me: null });
    const left = await sessionsOf(laptop);
    expect(left.nodes.map((s) => s.id)).not.toContain(phoneSession.id);
    expect(left.totalCount).toBe(2);
    expect(await eventsOf(laptop)).toContainEqual({
      kind: 'SESSION_ENDED',
      userAgent: FIREFOX.slice(0, 400),
    });
    // Ending it again changes nothing and logs nothing more.
    expect((await laptop.gql(END_SESSION, { id: phoneSession.id })).data).toEqual({
      endSession: true,
    });
    expect((await eventsOf(laptop)).filter((e) => e.kind === 'SESSION_ENDED')).toHaveLength(1);
  });

  it('signs out everywhere else: every other session ends, the current one goes on', async () => {
    const user = await t.user('Everywhere');
    const laptop = await signIn(user, FIREFOX);
    const phone = await signIn(user, PHONE);
    const script = await signIn(user, 'curl/8.5.0', true);

    // The factory's session, the phone and the script.
    expect((await laptop.gql(END_OTHERS)).data).toEqual({ endOtherSessions: 3 });
    expect(await refused(phone)).toBe('UNAUTHENTICATED');
    expect(await refused(script)).toBe('UNAUTHENTICATED');
    const factory = await t.gql(`{ mySessions { totalCount } }`, {}, user);
    expect(factory.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const left = await sessionsOf(laptop);
    expect(left.nodes).toEqual([
      expect.objectContaining({ current: true, userAgent: FIREFOX.slice(0, 300) }),
    ]);
    expect((await eventsOf(laptop)).map((e) => e.kind)).toContain('OTHER_SESSIONS_ENDED');
    // Nothing left to end.
    expect((await laptop.gql(END_OTHERS)).data).toEqual({ endOtherSessions: 0 });
  });

  it("answers NOT_FOUND for another user's session, which goes on", async () => {
    const me = await signIn(await t.user('Me'), FIREFOX);
    const them = await signIn(await t.user('Them'), PHONE);
    const theirs = await currentOf(them);

    const res = await me.gql(END_SESSION, { id: theirs.id });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await sessionsOf(them)).nodes.map((s) => s.id)).toContain(theirs.id);
    expect((await eventsOf(me)).map((e) => e.kind)).not.toContain('SESSION_ENDED');
    expect((await sessionsOf(me)).nodes.map((s) => s.id)).not.toContain(theirs.id);
  });

  it('lists no ended or expired session, and no reporting API token', async () => {
    const user = await t.user('Expired');
    const laptop = await signIn(user, FIREFOX);
    const phone = await signIn(user, PHONE);
    const phoneSession = await currentOf(phone);
    await owner.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [phoneSession.id],
    );
    await t.ok(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
      { input: { name: 'Hoja', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      user,
    );
    await t.ok(`mutation { logout }`, {}, user);
    const left = await sessionsOf(laptop);
    expect(left.nodes.map((s) => s.userAgent)).toEqual([FIREFOX.slice(0, 300)]);
    expect(await refused(phone)).toBe('UNAUTHENTICATED');
  });
});
