import { AppConfig, DatabaseConnectionConfig, mapError } from '@alianza/api-core';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ACCESS_TABLES, Claims, ENTER_CLAIM_SQL } from './claim';
import { claimSigner, readClaimKey } from './claim-signer';
import { dataSourceOptions } from './data-source-options';
import { Db } from './db.service';

/**
 * The claim scope on the run's database, as the API's restricted role: every statement carries
 * the claim, nothing of it survives on the pooled connection, and a failed statement does not
 * take the next ones down with it.
 */
describe('Db.runAs on PostgreSQL', () => {
  const appUrl = process.env['ALIANZA_TEST_APP_DATABASE_URL']!;
  const ownerUrl = process.env['ALIANZA_TEST_DATABASE_URL']!;
  let ds: DataSource;
  let db: Db;
  const user = randomUUID();

  beforeAll(async () => {
    // One connection: whatever a scope leaves behind, the next one would find.
    ds = await new DataSource({ ...dataSourceOptions(appUrl), extra: { max: 1 } }).initialize();
    db = new Db(ds, claimSigner(await readClaimKey(ownerUrl)));
  });

  afterAll(() => ds?.destroy());

  const currentUser = async () =>
    (await db.manager.query(`SELECT alianza_rls.claim_user() AS id`))[0].id as string | null;

  it('sets the claim for its statements only, on a transaction of its own', async () => {
    expect(await currentUser()).toBeNull();
    const inside = await db.runAs(Claims.user(user), async () => ({
      user: await currentUser(),
      prepared: (await db.prepared<{ id: string }>(`SELECT alianza_rls.claim_user() AS id`, []))[0]
        ?.id,
      // Inside the transaction the scope opened before its first statement.
      shared: (
        await db.manager.query(`SELECT transaction_timestamp() < statement_timestamp() AS shared`)
      )[0].shared,
    }));
    expect(inside).toEqual({ user, prepared: user, shared: true });
    // The same pooled connection, afterwards: no claim left on it.
    expect(await currentUser()).toBeNull();
    expect((await ds.query(`SELECT count(*)::int AS n FROM alianza_rls.facts`))[0].n).toBe(0);
  });

  it('prepares the reads it runs (once per connection), and only the reads', async () => {
    const read = `SELECT alianza_rls.claim_user() AS id, $1::int AS n`;
    const prepared = await db.runAs(Claims.user(user), async () => {
      await db.manager.query(read, [1]);
      await db.manager.query(read, [2]);
      await db.manager.query(`SELECT $1::int AS once`, [3]);
      await db.transaction((manager) =>
        manager.query(
          `WITH w AS (UPDATE users SET display_name = display_name WHERE false RETURNING 1) SELECT $1::int`,
          [4],
        ),
      );
      return (
        await db.manager.query(`SELECT statement FROM pg_prepared_statements WHERE NOT from_sql`)
      ).map((row: { statement: string }) => row.statement);
    });
    expect(prepared).toEqual(expect.arrayContaining([read, `SELECT $1::int AS once`]));
    expect(prepared.filter((statement: string) => statement === read)).toHaveLength(1);
    expect(prepared.some((statement: string) => statement.includes('UPDATE'))).toBe(false);
  });

  it('refuses, as over, a statement of a request whose connection it gave back', async () => {
    // Field resolvers still reading after their client hung up: in the request's async context,
    // once the scope has ended (with a statement before, and without).
    const lateReads = () =>
      new Promise<PromiseSettledResult<unknown>[]>((resolve) =>
        setTimeout(
          () =>
            resolve(
              Promise.allSettled([
                db.manager.query(`SELECT 1`),
                db.prepared(`SELECT 2`, []),
                db.claimFacts(),
              ]),
            ),
          50,
        ),
      );
    let afterUse: Promise<PromiseSettledResult<unknown>[]> | undefined;
    let unused: Promise<PromiseSettledResult<unknown>[]> | undefined;
    await db.runAs(Claims.user(user), async () => {
      await db.manager.query(`SELECT 1`);
      afterUse = lateReads();
    });
    await db.runAs(Claims.user(user), async () => {
      unused = lateReads();
    });
    for (const settled of [...(await afterUse!), ...(await unused!)]) {
      expect(settled.status).toBe('rejected');
      const { reason } = settled as PromiseRejectedResult;
      // Answered as over, not as an unexpected error (nobody is there to read it).
      expect(mapError(reason)).toMatchObject({ code: 'TIMEOUT', unexpected: false });
    }
  });

  it('goes on after a failed statement, in a new transaction', async () => {
    const after = await db.runAs(Claims.user(user), async () => {
      await expect(db.manager.query(`SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
      return currentUser();
    });
    expect(after).toBe(user);
  });

  it('commits a write transaction before it returns, and rolls back a failed one', async () => {
    await db.runAs(Claims.user(user), async () => {
      const before = await db.transaction(async (manager) =>
        manager.query(`SELECT txid_current() AS id`),
      );
      const next = await db.manager.query(`SELECT txid_current() AS id`);
      expect(next[0].id).not.toBe(before[0].id);
      await expect(
        db.transaction(async (manager) => {
          await manager.query(`SELECT 1`);
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      expect(await currentUser()).toBe(user);
    });
  });

  it('commits a write with the reads before it, and never reports a commit that a failure undid', async () => {
    await db.runAs(Claims.user(user), async () => {
      const read = (await db.manager.query(`SELECT txid_current() AS id`))[0].id;
      const written = await db.writeWithReads(
        async (manager) => (await manager.query(`SELECT txid_current() AS id`))[0].id,
      );
      expect(written).toBe(read);
      // Committed: the next statement is in another transaction.
      expect((await db.manager.query(`SELECT txid_current() AS id`))[0].id).not.toBe(read);
      // A statement of the same request that fails meanwhile (another resolver's) undoes the
      // write's transaction: the write fails, instead of answering as if it had committed.
      for (const write of [db.transaction.bind(db), db.writeWithReads.bind(db)]) {
        const other = (async () => {
          await new Promise((r) => setTimeout(r, 50));
          await db.manager.query(`SELECT 1 / 0`);
        })().then(
          () => 'answered',
          (error: Error) => error.message,
        );
        await expect(
          write(async (manager) => {
            await manager.query(`SELECT 1`);
            await new Promise((r) => setTimeout(r, 150));
          }),
        ).rejects.toThrow(/rolled back/);
        expect(await other).toMatch(/division by zero/);
      }
    });
  });

  it('lets a write under way end whole when the request ends first (a client hanging up)', async () => {
    let write: Promise<unknown> = Promise.resolve();
    await db.runAs(Claims.user(user), async () => {
      // The mutation goes on after the request's work is over, as when the client hangs up.
      write = db.transaction(async (manager) => {
        await new Promise((r) => setTimeout(r, 200));
        return (await manager.query(`SELECT alianza_rls.claim_user() AS id`))[0].id;
      });
    });
    await expect(write).resolves.toBe(user);
    // Nothing more is written on a scope that is over.
    await expect(currentUser()).resolves.toBeNull();
  });

  it('refuses the statements of a request over its time budget, ending its write unfinished', async () => {
    const ran: string[] = [];
    await db.runAs(Claims.user(user), async () => {
      db.refuseStatementsAfter(Date.now() + 60_000);
      ran.push((await currentUser()) ?? 'none');
      const write = db.transaction(async (manager) => {
        await manager.query(`SELECT txid_current()`);
        db.refuseStatementsAfter(Date.now() - 1);
        await manager.query(`SELECT txid_current()`);
        ran.push('after the deadline');
      });
      await expect(write).rejects.toMatchObject({ code: 'TIMEOUT' });
      await expect(db.prepared(`SELECT 1`, [])).rejects.toMatchObject({ code: 'TIMEOUT' });
      db.refuseStatementsAfter(undefined);
      ran.push((await currentUser()) ?? 'none');
    });
    expect(ran).toEqual([user, user]);
  });

  it('borrows a job claim for one step of a transaction, then returns to its own', async () => {
    const seen = await db.runAs(Claims.user(user), () =>
      db.transaction(async (manager) => {
        const job = await db.withClaim(Claims.system('benchmark-close'), async () => {
          return (await manager.query(`SELECT alianza_rls.system_job() AS job`))[0].job;
        });
        return { job, back: await currentUser() };
      }),
    );
    expect(seen).toEqual({ job: 'benchmark-close', back: user });
  });

  it('refuses a claim it did not sign', async () => {
    await expect(
      ds.transaction(async (manager) => {
        return manager.query(ENTER_CLAIM_SQL, [`1;u;${user};;;9999999999.${'0'.repeat(64)}`]);
      }),
    ).rejects.toThrow(/not signed by this database/);
  });
  it('re-derives the facts after a change of access that another transaction commits', async () => {
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const [someone, first, second] = [randomUUID(), randomUUID(), randomUUID()];
      await owner.query(
        `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Someone', 'x')`,
        [someone, `${someone}@facts.test`],
      );
      for (const org of [first, second])
        await owner.query(
          `INSERT INTO organizations (id, name, kind, created_by) VALUES ($1, 'Org', 'company', $2)`,
          [org, someone],
        );
      const member = (org: string) =>
        owner.query(
          `INSERT INTO organization_memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
          [org, someone],
        );
      const orgs = () =>
        db.runAs(Claims.user(someone), async () => (await db.claimFacts())?.memberOrganizationIds);
      await member(first);
      expect(await orgs()).toEqual([first]);
      // The same claim on the same (only) connection: its facts served again…
      expect(await orgs()).toEqual([first]);
      // …until another transaction commits a change of access.
      await member(second);
      expect((await orgs())?.sort()).toEqual([first, second].sort());
    } finally {
      await owner.end();
    }
  });

  it("knows every table whose writes re-derive the facts (the database's triggers)", async () => {
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ table: string }>(
        `SELECT DISTINCT event_object_table AS table FROM information_schema.triggers
          WHERE trigger_name LIKE '%\\_refresh\\_facts' ORDER BY 1`,
      );
      expect(rows.map((r) => r.table)).toEqual([...ACCESS_TABLES].sort());
    } finally {
      await owner.end();
    }
  });

  it('enters the claim again in a write only after it wrote a table the facts derive from', async () => {
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    const someone = randomUUID();
    const founded = randomUUID();
    await owner.query(
      `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Someone', 'x')`,
      [someone, `${someone}@facts.test`],
    );
    await owner.end();
    // Watches the statements the pg client sends (they still run as they are), on connections
    // opened after the watch began.
    const sent = jest.spyOn(Client.prototype, 'query');
    const fresh = await new DataSource({
      ...dataSourceOptions(appUrl),
      extra: { max: 1 },
    }).initialize();
    const watched = new Db(fresh, claimSigner(await readClaimKey(ownerUrl)));
    const enters = () =>
      sent.mock.calls.filter(([config]) => JSON.stringify(config).includes('alianza_rls.enter'))
        .length;
    try {
      const seen = await watched.runAs(Claims.user(someone), () =>
        watched.transaction(async (manager) => {
          const before = enters();
          const untouched = await watched.currentClaimFacts();
          const afterRead = enters();
          await manager.query(`UPDATE users SET display_name = display_name WHERE false`);
          await manager.query(
            `INSERT INTO organizations (id, name, kind, created_by) VALUES ($1, 'Founded', 'company', $2)`,
            [founded, someone],
          );
          await manager.query(
            `INSERT INTO organization_memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`,
            [founded, someone],
          );
          const changed = await watched.currentClaimFacts();
          return {
            untouched,
            changed,
            readEnters: afterRead - before,
            writeEnters: enters() - afterRead,
          };
        }),
      );
      expect(seen.readEnters).toBe(0);
      expect(seen.untouched?.memberOrganizationIds).toEqual([]);
      expect(seen.writeEnters).toBe(1);
      expect(seen.changed?.memberOrganizationIds).toEqual([founded]);
    } finally {
      sent.mockRestore();
      await fresh.destroy();
    }
  });

  it('lets two transactions changing access wait for each other without a deadlock', async () => {
    const [a, b] = [
      new Client({ connectionString: ownerUrl }),
      new Client({ connectionString: ownerUrl }),
    ];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const someone = randomUUID();
      const orgs = [randomUUID(), randomUUID()];
      await a.query(
        `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Someone', 'x')`,
        [someone, `${someone}@facts.test`],
      );
      const ids: string[] = [];
      for (const org of orgs) {
        await a.query(
          `INSERT INTO organizations (id, name, kind, created_by) VALUES ($1, 'Org', 'company', $2)`,
          [org, someone],
        );
        const { rows } = await a.query(
          `INSERT INTO organization_memberships (organization_id, user_id, role)
           VALUES ($1, $2, 'member') RETURNING id`,
          [org, someone],
        );
        ids.push(rows[0].id);
      }
      const promote = (client: Client, id: string | undefined) =>
        client.query(`UPDATE organization_memberships SET role = 'owner' WHERE id = $1`, [id]);
      await a.query('BEGIN');
      await b.query('BEGIN');
      await promote(a, ids[0]);
      await promote(b, ids[1]);
      // a now waits for b's row; b commits (counting its change) and a goes on.
      const crossing = promote(a, ids[1]);
      await b.query('COMMIT');
      await crossing;
      await a.query('COMMIT');
      const { rows } = await a.query(
        `SELECT count(*)::int AS n FROM organization_memberships WHERE user_id = $1 AND role = 'owner'`,
        [someone],
      );
      expect(rows[0].n).toBe(2);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});

/**
 * Behind a pooler in transaction mode (DATABASE_POOLER=transaction, ADR 0045), where the next
 * transaction may run on another server connection: nothing is prepared by name, and each
 * transaction sets its own timeouts (no startup parameter can carry them).
 */
describe('Db.runAs behind a pooler in transaction mode', () => {
  const appUrl = process.env['ALIANZA_TEST_APP_DATABASE_URL']!;
  const ownerUrl = process.env['ALIANZA_TEST_DATABASE_URL']!;
  const connections: DatabaseConnectionConfig = {
    pooler: 'transaction',
    poolMax: 1,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 1234,
    idleInTransactionTimeoutMs: 5000,
  };
  let ds: DataSource;
  let db: Db;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(appUrl, 'alianza-test', connections)).initialize();
    const config = { database: connections } as AppConfig;
    db = new Db(ds, claimSigner(await readClaimKey(ownerUrl)), undefined, config);
  });

  afterAll(() => ds?.destroy());

  it('prepares no statement by name, and sets the timeouts in each transaction', async () => {
    const user = randomUUID();
    const read = `SELECT alianza_rls.claim_user() AS id, $1::int AS n`;
    const seen = await db.runAs(Claims.user(user), async () => {
      await db.manager.query(read, [1]);
      const [prepared] = await db.prepared<{ id: string }>(read, [2]);
      const [settings] = await db.manager.query(
        `SELECT current_setting('statement_timeout') AS statement,
                current_setting('idle_in_transaction_session_timeout') AS idle`,
      );
      return { id: prepared?.id, ...settings };
    });
    expect(seen).toEqual({ id: user, statement: '1234ms', idle: '5s' });
    await db.prepared(read, [3]);
    // The one connection of the pool, after the scope and a read outside it.
    const [left] = await ds.query(
      `SELECT (SELECT count(*)::int FROM pg_prepared_statements) AS prepared,
              current_setting('statement_timeout') AS statement`,
    );
    expect(left.prepared).toBe(0);
    // Outside a transaction of the scope, the timeout is the API role's default (`db:roles`),
    // not the one the scope set for its own transaction.
    expect(left.statement).not.toBe('1234ms');
  });
});
