import { Client } from 'pg';
import { Api } from '../support/api';
import { Pgbouncer, PGBOUNCER, pgbouncerAvailable, startPgbouncer } from '../support/pgbouncer';
import { ApiProcess, startApiProcess, TEST_BUDGETS } from '../support/servers';
import { buildWorld, World } from '../support/world';

const available = pgbouncerAvailable();
if (!available)
  console.warn(
    `Skipping the PgBouncer suite: no PgBouncer at ${PGBOUNCER} (apt-get install pgbouncer; .ci/run installs it, PGBOUNCER_BIN names another).`,
  );

/** API processes' connections, at most; fewer than the requests sent at once below. */
const POOL_MAX = 4;
/** PgBouncer's server connections per database and user. */
const SERVER_CONNECTIONS = 3;

/**
 * The API behind PgBouncer in transaction mode (DATABASE_POOLER=transaction, ADR 0045), where a
 * server connection is a client's only for one transaction: no named prepared statement, no
 * startup parameter, no session lock or setting may be relied on. The API migrates through it
 * (the set-up lock is a transaction's), then serves the flows with no error.
 */
(available ? describe : describe.skip)('the API through PgBouncer in transaction mode', () => {
  const appUrl = process.env['ALIANZA_TEST_APP_DATABASE_URL'] ?? '';
  const ownerUrl = process.env['ALIANZA_TEST_DATABASE_URL'] ?? '';
  let bouncer: Pgbouncer;
  let api: ApiProcess;
  let t: Api;
  let world: World;

  beforeAll(async () => {
    bouncer = await startPgbouncer(appUrl, [appUrl, ownerUrl], { poolSize: SERVER_CONNECTIONS });
    api = await startApiProcess('pgbouncer', {
      DATABASE_URL: bouncer.through(appUrl),
      DATABASE_OWNER_URL: bouncer.through(ownerUrl),
      DATABASE_POOLER: 'transaction',
      DATABASE_POOL_MAX: String(POOL_MAX),
      // The migrations run through PgBouncer too (all applied already: the lock and the check).
      MIGRATE_ON_START: 'true',
      ...TEST_BUDGETS,
    });
    t = new Api(api.url);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await bouncer?.stop();
  });

  it('is a pooler that refuses session parameters at connection (why the API sends none)', async () => {
    const client = new Client({
      connectionString: bouncer.through(appUrl),
      statement_timeout: 1000,
    });
    await expect(client.connect()).rejects.toThrow(/unsupported startup parameter/);
    await client.end().catch(() => undefined);
  });

  it('gives the API role its timeouts on every server connection (npm run db:roles)', async () => {
    const client = new Client({ connectionString: bouncer.through(appUrl) });
    await client.connect();
    try {
      const { rows } = await client.query<{ statement: string; idle: string }>(
        `SELECT current_setting('statement_timeout') AS statement,
                current_setting('idle_in_transaction_session_timeout') AS idle`,
      );
      expect(rows[0]).toEqual({ statement: '10s', idle: '1min' });
    } finally {
      await client.end();
    }
  });

  it('signs in, runs a collaboration and approves a disclosure', async () => {
    world = await buildWorld(t);
    expect(world.grantToA).toEqual(expect.any(String));
    const shared = await t.ok<{ sharedWithMe: { nodes: { grantId: string }[] } }>(
      `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { grantId } } }`,
      { c: world.collaborationId },
      world.ownerA,
    );
    expect(shared.sharedWithMe.nodes.map((n) => n.grantId)).toContain(world.grantToA);
  }, 180_000);

  it('answers ten times more requests at once than it has connections, with no error', async () => {
    const people = [
      world.ownerA,
      world.ownerB,
      world.users.facilitator!,
      world.users.activeParticipant!,
    ];
    const results = await Promise.all(
      Array.from({ length: POOL_MAX * 10 }, (_, i) => {
        const as = people[i % people.length]!;
        if (i % 5 === 4)
          return t.gql(
            `mutation($p: ID!, $d: String!) { addParticipationEntry(participationId: $p,
               input: { direction: SEEK, contributionType: INFORMATION, description: $d }) { id } }`,
            { p: world.participationA, d: `Need ${i}` },
            world.ownerA,
          );
        return t.gql(
          `query($id: ID!) { me { id } collaboration(id: $id) { id title } }`,
          { id: world.collaborationId },
          as,
        );
      }),
    );
    const errors = results.flatMap((r) => r.errors ?? []);
    expect(errors).toEqual([]);
    expect(results.every((r) => r.status === 200 && r.data !== null)).toBe(true);
  }, 120_000);

  it('logged no error while doing so', () => {
    expect(api.log()).not.toMatch(/"level":(50|60)/);
    expect(bouncer.log()).not.toMatch(/ERROR|FATAL/);
  });
});
