import { readFileSync } from 'node:fs';
import { Api, GqlResponse, TestUser } from '../support/api';

/** 15 levels of collaboration → participations → collaboration → … (the query). */
function nested(collaborationId: string, levels: number): string {
  let selection = 'id';
  for (let level = levels - 2; level >= 0; level--)
    selection = level % 2 ? `collaboration { ${selection} }` : `participations { ${selection} }`;
  return `query { collaboration(id: "${collaborationId}") { ${selection} } }`;
}

const aliases = (n: number, field: string) =>
  `query { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/**
 * Operations beyond the GraphQL limits (apps/api/src/app/graphql-limits.ts) are refused before
 * they run, quickly, with QUERY_TOO_COMPLEX; the web apps' own documents pass (graphql-limits.spec.ts).
 */
describe('abuse limits on /graphql', () => {
  const t = new Api();
  let participant: TestUser;
  let collaborationId: string;

  beforeAll(async () => {
    const facilitator = await t.facilitator('limits');
    participant = await t.user('limits-owner');
    const org = await t.organization(participant, 'Limits');
    collaborationId = await t.collaboration(facilitator, 'Limits');
    await t.invite(facilitator, collaborationId, org);
  });

  async function timed(
    query: string,
    as: TestUser | null,
  ): Promise<{ ms: number; res: GqlResponse; requestId: string }> {
    const started = performance.now();
    const req = t.http.post('/graphql').set('content-type', 'application/json');
    if (as) req.set('authorization', `Bearer ${as.token}`);
    const res = await req.send({ query });
    return {
      ms: performance.now() - started,
      requestId: String(res.headers['x-request-id']),
      res: {
        status: res.status,
        data: res.body.data ?? null,
        errors: res.body.errors,
        headers: res.headers,
      },
    };
  }

  it.each([
    ['a query nested 15 levels', () => nested(collaborationId, 15), 'depth', true],
    [
      '10,000 aliases of unreadNotificationCount',
      () => aliases(10_000, 'unreadNotificationCount'),
      'tokens',
      true,
    ],
    [
      '21 aliases of unreadNotificationCount',
      () => aliases(21, 'unreadNotificationCount'),
      'aliases',
      true,
    ],
    [
      '150,000 __typename aliases, anonymously',
      () => aliases(150_000, '__typename'),
      'tokens',
      false,
    ],
    ['21 __typename aliases, anonymously', () => aliases(21, '__typename'), 'aliases', false],
  ])(
    'refuses %s in under a second, before running it (QUERY_TOO_COMPLEX)',
    async (_what, query, limit, signedIn) => {
      const { ms, res } = await timed(query(), signedIn ? participant : null);
      expect(res.status).toBe(400);
      expect(res.data).toBeNull(); // no `data`: refused before execution
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^This request .*: split it into smaller requests\.$/),
        extensions: { code: 'QUERY_TOO_COMPLEX', details: { limit, max: expect.any(Number) } },
      });
      expect(ms).toBeLessThan(1000);
    },
  );

  it('answers the same query within the limits', async () => {
    const data = await t.ok(nested(collaborationId, 8), {}, participant);
    expect(data['collaboration'].participations).toHaveLength(1);
    expect(await t.ok(aliases(3, 'unreadNotificationCount'), {}, participant)).toEqual({
      a0: 0,
      a1: 0,
      a2: 0,
    });
  });

  it('does not log a refusal as an unexpected error', async () => {
    const { requestId } = await timed(aliases(150_000, '__typename'), null);
    const { requestId: deep } = await timed(nested(collaborationId, 15), participant);
    let log = '';
    for (let i = 0; i < 50 && !(log.includes(requestId) && log.includes(deep)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      log = readFileSync(process.env.ALIANZA_TEST_API_LOG!, 'utf8');
    }
    const lines = log.split('\n').filter((line) => line.includes(requestId) || line.includes(deep));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => /"level":50|Unexpected error/.test(line))).toEqual([]);
    expect(log).not.toMatch(/Unexpected error processing request/);
  });
});

/** helmet's headers on every route; HSTS only in production (see http-hardening.spec.ts). */
describe('security headers', () => {
  const t = new Api();

  it.each([
    ['POST /graphql', () => t.http.post('/graphql').send({ query: '{ __typename }' })],
    ['GET /health', () => t.http.get('/health')],
    ['GET /reports/portfolio.csv', () => t.http.get('/reports/portfolio.csv')],
    ['GET /console/', () => t.http.get('/console/')],
    ['GET /', () => t.http.get('/')],
  ])('sets them on %s', async (_route, send) => {
    const res = await send();
    expect(res.headers).toMatchObject({
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
    });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('leaves the explorer page (outside production only) under its own CSP, from Apollo', async () => {
    const res = await t.http.get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.text).toContain('http-equiv="Content-Security-Policy"');
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
  });
});
