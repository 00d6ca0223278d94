import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Claims, Credential, CredentialHolder } from './claim';
import { claimSigner, readClaimKey } from './claim-signer';
import { dataSourceOptions } from './data-source-options';
import { Db } from './db.service';

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * A request enters its claim by the session or reporting token it presents (ADR 0036), on the
 * run's database as the API's restricted role: the holder's claim and facts exactly as its signed
 * claim would enter them, one statement fewer, and nothing at all for a token no one holds.
 */
describe('Db.runAsHolder on PostgreSQL', () => {
  const appUrl = process.env['ALIANZA_TEST_APP_DATABASE_URL']!;
  const ownerUrl = process.env['ALIANZA_TEST_DATABASE_URL']!;
  let ds: DataSource;
  let db: Db;
  let owner: Client;
  let key: Buffer;
  const user = randomUUID();
  const organization = randomUUID();

  /** A session (or reporting token) of `user`, made by the owner; its hash. */
  const credential = async (
    kind: Credential['kind'],
    state: { revoked?: boolean; expired?: boolean } = {},
  ): Promise<Credential> => {
    const tokenHash = hashOf(randomBytes(32).toString('base64url'));
    const expires = state.expired ? `now() - interval '1 second'` : `now() + interval '1 day'`;
    const revoked = state.revoked ? 'now()' : 'NULL';
    if (kind === 'session')
      await owner.query(
        `INSERT INTO sessions (user_id, token_hash, kind, expires_at, revoked_at, last_seen_at)
         VALUES ($1, $2, 'bearer', ${expires}, ${revoked}, now() - interval '1 hour')`,
        [user, tokenHash],
      );
    else if (kind === 'api-token')
      await owner.query(
        `INSERT INTO api_tokens (user_id, name, token_hash, prefix, expires_at, revoked_at)
         VALUES ($1, 'Reports', $2, 'alz_test', ${expires}, ${revoked})`,
        [user, tokenHash],
      );
    else
      await owner.query(
        `INSERT INTO calendar_feeds (user_id, token_hash, revoked_at) VALUES ($1, $2, ${revoked})`,
        [user, tokenHash],
      );
    return { kind, tokenHash };
  };

  /**
   * The statements the pg client sends while `work` runs (they still run as they are), on a
   * connection of its own opened after the watch began.
   */
  const statementsOf = async <T>(
    work: (watched: Db, connection: DataSource) => Promise<T>,
  ): Promise<{ value: T; sent: string[] }> => {
    const spy = jest.spyOn(Client.prototype, 'query');
    const fresh = new DataSource({ ...dataSourceOptions(appUrl), extra: { max: 1 } });
    await fresh.initialize();
    const before = spy.mock.calls.length;
    try {
      const value = await work(new Db(fresh, claimSigner(key)), fresh);
      const sent = spy.mock.calls
        .slice(before)
        .map(([config]) =>
          typeof config === 'string' ? config : (config as { text: string }).text,
        );
      return { value, sent };
    } finally {
      spy.mockRestore();
      await fresh.destroy();
    }
  };

  const currentUser = async () =>
    (await db.manager.query(`SELECT alianza_rls.claim_user() AS id`))[0].id as string | null;

  beforeAll(async () => {
    // One connection: whatever a scope leaves behind, the next one would find.
    ds = await new DataSource({ ...dataSourceOptions(appUrl), extra: { max: 1 } }).initialize();
    key = await readClaimKey(ownerUrl);
    db = new Db(ds, claimSigner(key));
    owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(
      `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Holder', 'x')`,
      [user, `${user}@holder.test`],
    );
    await owner.query(
      `INSERT INTO organizations (id, name, kind, created_by) VALUES ($1, 'Org', 'company', $2)`,
      [organization, user],
    );
    await owner.query(
      `INSERT INTO organization_memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`,
      [organization, user],
    );
  });

  afterAll(async () => {
    await owner?.end();
    await ds?.destroy();
  });

  it("enters a live session's user with the facts of that user's signed claim, in one statement", async () => {
    const session = await credential('session');
    const signed = await db.runAs(Claims.user(user), () => db.claimFacts());
    const { value, sent } = await statementsOf((watched) =>
      watched.runAsHolder(session, async (holder) => ({
        holder,
        claimUser: await currentUser(),
        facts: await watched.claimFacts(),
      })),
    );
    expect(value?.value.holder).toMatchObject<Partial<CredentialHolder>>({
      user_id: user,
      email: `${user}@holder.test`,
      display_name: 'Holder',
      is_platform_admin: false,
      has_second_factor: false,
    });
    expect(value?.value.holder.session_id).toEqual(expect.any(String));
    expect(value?.value.claimUser).toBe(user);
    expect(value?.value.facts).toEqual(signed);
    expect(value?.value.facts?.ownerOrganizationIds).toEqual([organization]);
    expect(sent).toEqual([
      'BEGIN',
      'SELECT * FROM alianza_rls.enter_session($1)',
      'SELECT alianza_rls.claim_user() AS id',
      'COMMIT',
    ]);
    // Marked seen, as `session_viewer` marks it.
    const seen = await owner.query(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions WHERE token_hash = $1`,
      [session.tokenHash],
    );
    expect(seen.rows[0].fresh).toBe(true);
    // Nothing of it stays on the pooled connection.
    expect(await currentUser()).toBeNull();
  });

  it('enters a live reporting token, marks it used, and names it', async () => {
    const token = await credential('api-token');
    const held = await db.runAsHolder(token, async (holder) => ({
      holder,
      claimUser: await currentUser(),
    }));
    expect(held?.value.claimUser).toBe(user);
    expect(held?.value.holder).toMatchObject({ user_id: user, token_id: expect.any(String) });
    const used = await owner.query(`SELECT last_used_at FROM api_tokens WHERE token_hash = $1`, [
      token.tokenHash,
    ]);
    expect(used.rows[0].last_used_at).not.toBeNull();
  });

  it('enters a live calendar feed, marks it used, and names it', async () => {
    const feed = await credential('calendar-feed');
    const held = await db.runAsHolder(feed, async (holder) => ({
      holder,
      claimUser: await currentUser(),
    }));
    expect(held?.value.claimUser).toBe(user);
    expect(held?.value.holder).toMatchObject({ user_id: user, feed_id: expect.any(String) });
    const used = await owner.query(
      `SELECT last_used_at FROM calendar_feeds WHERE token_hash = $1`,
      [feed.tokenHash],
    );
    expect(used.rows[0].last_used_at).not.toBeNull();
  });

  it("enters the same user's signed claim in the request's later transactions", async () => {
    const session = await credential('session');
    const seen = await db.runAsHolder(session, async () => {
      const inWrite = await db.transaction(async () => ({
        claimUser: await currentUser(),
        // Entered again in the write (`enterAgain`), then back from a job's claim (`withClaim`).
        facts: await db.currentClaimFacts(),
        back: await db
          .withClaim(Claims.system('benchmark-close'), async () => null)
          .then(currentUser),
      }));
      return { inWrite, after: await currentUser() };
    });
    expect(seen?.value).toEqual({
      inWrite: {
        claimUser: user,
        facts: expect.objectContaining({ userId: user, ownerOrganizationIds: [organization] }),
        back: user,
      },
      after: user,
    });
  });

  it.each([
    ['an ended session', () => credential('session', { revoked: true })],
    ['an expired session', () => credential('session', { expired: true })],
    ['an unknown (forged) session hash', async () => ({ kind: 'session', tokenHash: hashOf('x') })],
    ['a revoked reporting token', () => credential('api-token', { revoked: true })],
    [
      'an unknown reporting token hash',
      async () => ({ kind: 'api-token', tokenHash: hashOf('y') }),
    ],
    ['a revoked calendar feed', () => credential('calendar-feed', { revoked: true })],
    [
      'an unknown calendar feed hash',
      async () => ({ kind: 'calendar-feed', tokenHash: hashOf('z') }),
    ],
  ] as [string, () => Promise<Credential>][])(
    'enters nothing and runs nothing for %s',
    async (_, make) => {
      const presented = await make();
      const work = jest.fn(async () => 'served');
      const { value, sent } = await statementsOf(async (watched, connection) => {
        const held = await watched.runAsHolder(presented, work);
        // The same (only) connection afterwards: no claim, no facts, no transaction.
        const [left] = await connection.query(
          `SELECT alianza_rls.claim_user() AS claim, (SELECT count(*)::int FROM alianza_rls.facts) AS facts,
                  now() = statement_timestamp() AS own_transaction`,
        );
        return { held, left };
      });
      expect(value).toEqual({
        held: undefined,
        left: { claim: null, facts: 0, own_transaction: true },
      });
      expect(work).not.toHaveBeenCalled();
      // The lookup's transaction is rolled back at once.
      expect(sent.slice(0, 3)).toEqual([
        'BEGIN',
        expect.stringMatching(/^SELECT \* FROM alianza_rls\.enter_/),
        'ROLLBACK',
      ]);
    },
  );

  it('ends the claim a transaction had when asked for a session no one holds', async () => {
    // An injected fragment calling the function by hand, inside a request's transaction: it
    // enters no one, and what the transaction had entered is gone.
    const inside = await db.runAs(Claims.user(user), async () => {
      const before = await currentUser();
      const rows = await db.manager.query(`SELECT * FROM alianza_rls.enter_session($1)`, [
        hashOf('forged'),
      ]);
      return { before, rows, after: await currentUser() };
    });
    expect(inside).toEqual({ before: user, rows: [], after: null });
  });

  it('lets the API role read no token hash, nor look a session up by one', async () => {
    const session = await credential('session');
    const attempts = [
      `SELECT token_hash FROM sessions`,
      `SELECT token_hash FROM api_tokens`,
      `SELECT token_hash FROM calendar_feeds`,
      `SELECT id FROM calendar_feeds WHERE token_hash LIKE 'a%'`,
      `UPDATE calendar_feeds SET token_hash = '${session.tokenHash}'`,
      `SELECT * FROM sessions`,
      `SELECT id FROM sessions WHERE token_hash LIKE 'a%'`,
      `UPDATE api_tokens SET last_used_at = now() WHERE token_hash = '${session.tokenHash}'`,
    ];
    for (const sql of attempts)
      await expect(ds.query(sql)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    // Nor through the planner's statistics.
    await owner.query(`ANALYZE sessions, api_tokens, calendar_feeds`);
    const stats = await ds.query(
      `SELECT count(*)::int AS n FROM pg_stats WHERE tablename IN ('sessions', 'api_tokens', 'calendar_feeds') AND attname = 'token_hash'`,
    );
    expect(stats[0].n).toBe(0);
    // Everything else of a session stays readable (the list of one's sessions).
    await expect(
      ds.query(`SELECT id, user_id, kind, last_seen_at FROM sessions LIMIT 1`),
    ).resolves.toBeDefined();
  });
});
