import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TEST_PASSWORD } from '../support/api';
import {
  ApiProcess as ExtraApi,
  redisServer,
  redisServerAvailable,
  RedisProcess,
  startApiProcess as startExtraApi,
} from '../support/servers';

/**
 * Rate limits and the login lockout, as an attacker meets them: against API servers of their
 * own with the production defaults (some with locks of seconds, so the recovery can be watched),
 * each scenario from its own client address (`X-Forwarded-For`, trusted from loopback).
 */

interface Answer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions: { code: string; details?: Record<string, any> } }[];
  };
  retryAfter: string | null;
  ms: number;
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } bearerToken } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const ME = `{ me { id } }`;

let ipCounter = 0;
/** A client address of its own for each scenario (documentation range, RFC 5737). */
function newIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

function email(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.alianza`;
}

async function gql(
  api: ExtraApi,
  ip: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': ip,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Answer['body'];
  return {
    status: res.status,
    body,
    retryAfter: res.headers.get('retry-after'),
    ms: performance.now() - started,
  };
}

const codeOf = (answer: Answer): string | undefined => answer.body.errors?.[0]?.extensions.code;

function login(api: ExtraApi, ip: string, address: string, password: string): Promise<Answer> {
  return gql(api, ip, LOGIN, { input: { email: address, password, issueBearerToken: true } });
}

async function signUp(api: ExtraApi, ip: string, address: string): Promise<Answer> {
  return gql(api, ip, SIGN_UP, {
    input: { email: address, password: TEST_PASSWORD, displayName: 'Rate' },
  });
}

async function account(api: ExtraApi, label: string): Promise<string> {
  const address = email(label);
  expect(codeOf(await signUp(api, newIp(), address))).toBeUndefined();
  return address;
}

/** Wrong passwords in a row: how many were checked (UNAUTHENTICATED) before the first refusal. */
async function wrongPasswords(
  api: ExtraApi,
  ip: string,
  address: string,
  count: number,
): Promise<{ checked: number; refused: number }> {
  let checked = 0;
  let refused = 0;
  for (let i = 0; i < count; i++) {
    const code = codeOf(await login(api, ip, address, `wrong password ${i}`));
    if (code === 'UNAUTHENTICATED') checked += 1;
    else if (code === 'RATE_LIMITED') refused += 1;
    else throw new Error(`unexpected answer ${code}`);
  }
  return { checked, refused };
}

function expectRateLimited(answer: Answer): number {
  expect(codeOf(answer)).toBe('RATE_LIMITED');
  const error = answer.body.errors?.[0];
  expect(error?.message).toMatch(/try again in \d+ seconds?/i);
  const seconds = error?.extensions.details?.['retryAfterSeconds'];
  expect(typeof seconds).toBe('number');
  expect(seconds).toBeGreaterThan(0);
  expect(answer.retryAfter).toBe(String(seconds));
  return seconds as number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** A production deployment's limits, behind a proxy on loopback (so tests choose addresses). */
const PRODUCTION = { TRUST_PROXY: 'loopback' };
/** The same, but a lockout of seconds, so that the recovery can be watched. */
const SHORT_LOCKS = { ...PRODUCTION, LOGIN_LOCKOUT_SECONDS: '2', LOGIN_LOCKOUT_MAX_SECONDS: '4' };

/** Wrong passwords until the lock, then the right one: refused, then accepted once it ends. */
async function lockAndRecover(lockOn: ExtraApi, recoverOn: ExtraApi, label: string) {
  const address = await account(lockOn, label);
  const ip = newIp();
  expect(await wrongPasswords(lockOn, ip, address, 5)).toEqual({ checked: 5, refused: 0 });
  const seconds = expectRateLimited(await login(recoverOn, ip, address, TEST_PASSWORD));
  expect(seconds).toBeLessThanOrEqual(2);
  await sleep(seconds * 1000 + 100);
  const signedIn = await login(recoverOn, ip, address, TEST_PASSWORD);
  expect(codeOf(signedIn)).toBeUndefined();
  expect(signedIn.body.data?.['login'].bearerToken).toMatch(/^alz_/);
  // A success forgets the failures: the next mistake is checked, not refused.
  expect(codeOf(await login(lockOn, ip, address, 'one more mistake'))).toBe('UNAUTHENTICATED');
}

describe('rate limits and login lockout (in-process storage)', () => {
  let api: ExtraApi;
  let quick: ExtraApi;
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
    await db.connect();
    [api, quick] = await Promise.all([
      startExtraApi('test-api-rate-limits', PRODUCTION),
      startExtraApi('test-api-rate-limits-short-locks', SHORT_LOCKS),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([api?.stop(), quick?.stop()]);
    await db?.end();
  });

  it('refuses the 30th wrong password in a row, and the right one too during the lock', async () => {
    const address = await account(api, 'burst');
    const ip = newIp();
    const started = Date.now();
    const burst = await wrongPasswords(api, ip, address, 29);
    const thirtieth = await login(api, ip, address, TEST_PASSWORD);
    expectRateLimited(thirtieth);
    console.log(
      `lockout: of 29 wrong passwords in ${Date.now() - started} ms, ${burst.checked} were checked, ` +
        `${burst.refused} refused; the right one next: ${codeOf(thirtieth)}`,
    );
    expect(burst.checked).toBe(5);
    expect(burst.refused).toBe(24);
  });

  it('lets the real user in once the lock is over, and forgets the failures', async () => {
    await lockAndRecover(quick, quick, 'recovers');
  });

  it('locks an unknown email exactly as an existing one, in about the same time', async () => {
    const known = await account(api, 'known');
    const unknown = email('nobody');
    const ip = newIp();
    const answers = async (address: string) => {
      const list: Answer[] = [];
      for (let i = 0; i < 7; i++) list.push(await login(api, ip, address, `wrong ${i}`));
      return list;
    };
    const a = await answers(known);
    const b = await answers(unknown);
    expect(a.map(codeOf)).toEqual(b.map(codeOf));
    expect(a.map((x) => x.body.errors?.[0]?.message)).toEqual(
      b.map((x) => x.body.errors?.[0]?.message),
    );
    const checkedKnown = median(a.slice(0, 5).map((x) => x.ms));
    const checkedUnknown = median(b.slice(0, 5).map((x) => x.ms));
    console.log(
      `login: wrong password ${checkedKnown.toFixed(1)} ms, unknown email ${checkedUnknown.toFixed(1)} ms (medians)`,
    );
    expect(Math.abs(checkedKnown - checkedUnknown)).toBeLessThan(Math.max(25, 0.5 * checkedKnown));
  });

  it('locks one address out after 20 failed logins, whatever the emails', async () => {
    const victim = await account(api, 'ip-victim');
    const ip = newIp();
    for (let i = 0; i < 20; i++) {
      expect(codeOf(await login(api, ip, email(`spray${i}`), 'guessed password'))).toBe(
        'UNAUTHENTICATED',
      );
    }
    expectRateLimited(await login(api, ip, victim, TEST_PASSWORD));
    // Another address is not concerned.
    expect(codeOf(await login(api, newIp(), victim, TEST_PASSWORD))).toBeUndefined();
  });

  it('limits sign-ups per address', async () => {
    const ip = newIp();
    let accepted = 0;
    let answer: Answer | undefined;
    for (let i = 0; i < 60; i++) {
      answer = await signUp(api, ip, email(`many${i}`));
      if (codeOf(answer)) break;
      accepted += 1;
    }
    expect(accepted).toBe(50);
    expectRateLimited(answer!);
  });

  it('answers sign-up the same whether the email has an account or not, and creates none twice', async () => {
    const existing = await account(api, 'taken');
    const fresh = email('fresh');
    const ip = newIp();
    const again = await gql(api, ip, SIGN_UP, {
      input: { email: existing.toUpperCase(), password: 'another password 123', displayName: 'X' },
    });
    const first = await signUp(api, ip, fresh);
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(first.body).toEqual({ data: { signUp: true } });
    expect(codeOf(await signUp(api, ip, fresh))).toBeUndefined();
    const { rows } = await db.query<{ email: string; n: string }>(
      `SELECT email, count(*) AS n FROM users WHERE email IN ($1, $2) GROUP BY email`,
      [existing, fresh],
    );
    expect(rows.map((r) => [r.email, Number(r.n)]).sort()).toEqual(
      [
        [existing, 1],
        [fresh, 1],
      ].sort(),
    );
    // The existing account kept its password.
    expect(codeOf(await login(api, newIp(), existing, TEST_PASSWORD))).toBeUndefined();

    // Interleaved, so that a busy moment of the machine weighs on both series alike.
    const takenTimes: number[] = [];
    const freeTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      takenTimes.push((await signUp(api, ip, existing)).ms);
      freeTimes.push((await signUp(api, ip, email(`timed${i}`))).ms);
    }
    const taken = median(takenTimes);
    const free = median(freeTimes);
    console.log(
      `signUp: existing email ${taken.toFixed(1)} ms, free email ${free.toFixed(1)} ms (medians)`,
    );
    expect(Math.abs(taken - free)).toBeLessThan(Math.max(25, 0.5 * free));
  });

  it('spends a general budget per address on every GraphQL operation', async () => {
    const ip = newIp();
    let served = 0;
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(Array.from({ length: 30 }, () => gql(api, ip, ME)));
      served += answers.filter((a) => !codeOf(a)).length;
    }
    expect(served).toBe(600);
    expectRateLimited(await gql(api, ip, ME));
    // Refused before anything else is looked at (here: that the caller is not signed in).
    expectRateLimited(await gql(api, ip, `{ collaborations(first: 1) { totalCount } }`));
    // The CSV routes spend from the same budget: 429 with Retry-After.
    const csv = await fetch(`${api.url}/reports/portfolio.csv`, {
      headers: { 'x-forwarded-for': ip },
    });
    expect(csv.status).toBe(429);
    expect(Number(csv.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await csv.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('spends a general budget per signed-in user, whatever the address', async () => {
    const address = await account(api, 'budget');
    const token = (await login(api, newIp(), address, TEST_PASSWORD)).body.data?.['login']
      .bearerToken as string;
    let served = 0;
    for (let batch = 0; batch < 10; batch++) {
      const ip = newIp();
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => gql(api, ip, ME, {}, token)),
      );
      served += answers.filter((a) => !codeOf(a)).length;
    }
    expect(served).toBe(300);
    expectRateLimited(await gql(api, newIp(), ME, {}, token));
    const csv = await fetch(`${api.url}/reports/portfolio.csv`, {
      headers: { 'x-forwarded-for': newIp(), authorization: `Bearer ${token}` },
    });
    expect(csv.status).toBe(429);
  });
});

const withRedis = redisServerAvailable() ? describe : describe.skip;

withRedis('rate limits across API servers (Redis storage)', () => {
  let first: ExtraApi;
  let second: ExtraApi;
  let redis: RedisProcess;

  beforeAll(async () => {
    // A Redis of the test's own (and its own prefix all the same).
    redis = await redisServer();
    const env = {
      ...SHORT_LOCKS,
      REDIS_URL: redis.url,
      REDIS_PREFIX: `alianza-test:${randomUUID()}:`,
    };
    [first, second] = await Promise.all([
      startExtraApi('test-api-rate-limits-redis-1', env),
      startExtraApi('test-api-rate-limits-redis-2', env),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await redis?.stop();
  });

  it('holds a lock made on one server on the other, until it ends', async () => {
    await lockAndRecover(first, second, 'shared');
  });

  it('shares the per-address budget between the servers', async () => {
    const ip = newIp();
    let served = 0;
    for (let batch = 0; batch < 20; batch++) {
      const api = batch % 2 === 0 ? first : second;
      const answers = await Promise.all(Array.from({ length: 30 }, () => gql(api, ip, ME)));
      served += answers.filter((a) => !codeOf(a)).length;
    }
    expect(served).toBe(600);
    expectRateLimited(await gql(second, ip, ME));
    expectRateLimited(await gql(first, ip, ME));
  });
});
