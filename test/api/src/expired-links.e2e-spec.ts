import { loadConfig } from '@alianza/api-core';
import { Claims, claimSigner, dataSourceOptions, Db, readClaimKey } from '@alianza/db';
import { ExpiredLinkSweep } from '@alianza/identity';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Api, TestUser } from '../support/api';

const DAY = 86_400_000;

/** Expired one-time links leave the database a week after they expired, and only by the sweep. */
describe('expired link sweep', () => {
  const t = new Api();
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let ds: DataSource;
  let db: Db;
  let sweep: ExpiredLinkSweep;
  let user: TestUser;

  const hash = () => randomBytes(32).toString('hex');
  /** One link of each kind for `user`, expiring at `expiresAt`; their ids by table. */
  const links = async (expiresAt: Date) => {
    const insert = async (sql: string) =>
      (await owner.query<{ id: string }>(sql, [user.id, hash(), expiresAt])).rows[0]!.id;
    return {
      login_challenges: await insert(
        `INSERT INTO login_challenges (user_id, token_hash, session_kind, expires_at)
         VALUES ($1, $2, 'cookie', $3) RETURNING id`,
      ),
      password_reset_tokens: await insert(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
         VALUES ($1, $2, $3) RETURNING id`,
      ),
      email_confirmations: await insert(
        `INSERT INTO email_confirmations (user_id, purpose, email, token_hash, expires_at)
         VALUES ($1, 'verify', 'someone@example.org', $2, $3) RETURNING id`,
      ),
    };
  };
  const remaining = async (ids: Record<string, string>) => {
    const left: string[] = [];
    for (const [table, id] of Object.entries(ids)) {
      const { rowCount } = await owner.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
      if (rowCount) left.push(table);
    }
    return left;
  };

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await owner.connect();
    const key = await readClaimKey(process.env['ALIANZA_TEST_DATABASE_URL']!);
    ds = await new DataSource(
      dataSourceOptions(process.env['ALIANZA_TEST_APP_DATABASE_URL']!, 'expired-links-spec'),
    ).initialize();
    db = new Db(ds, claimSigner(key));
    sweep = new ExpiredLinkSweep(db, loadConfig({ NODE_ENV: 'test', EXPIRY_SWEEP_SECONDS: '0' }));
    user = await t.user();
  });

  afterAll(async () => {
    await ds.destroy();
    await owner.end();
  });

  it('deletes the links that expired over a week ago, and keeps the others', async () => {
    const old = await links(new Date(Date.now() - 8 * DAY));
    const recent = await links(new Date(Date.now() - 2 * DAY));
    const live = await links(new Date(Date.now() + DAY));

    // This sweep, or the test server's own (it sweeps every second), deletes them.
    await sweep.sweep();
    expect(await remaining(old)).toEqual([]);
    expect(await remaining(recent)).toEqual(Object.keys(recent));
    expect(await remaining(live)).toEqual(Object.keys(live));
    // Nothing left for a second sweep of the same moment.
    expect(await sweep.sweep()).toBe(0);
  });

  it('prunes for the sweeper alone, and never what expired within a day', async () => {
    // Expired three days ago: no server's sweep (a week's grace) takes them during this test.
    const old = await links(new Date(Date.now() - 3 * DAY));
    const prune = (claim: Parameters<Db['runAs']>[0], before: Date) =>
      db.runAs(claim, () =>
        db.transaction((manager) =>
          manager.query(`SELECT * FROM alianza_rls.prune_expired_links($1)`, [before]),
        ),
      );
    const cutOff = new Date(Date.now() - 2.5 * DAY); // before the first test's recent ones
    await expect(prune(Claims.user(user.id), cutOff)).rejects.toThrow(
      /only the expired-link sweeper/,
    );
    await expect(prune(Claims.system('mail-sender'), cutOff)).rejects.toThrow(
      /only the expired-link sweeper/,
    );
    await expect(prune(Claims.system('link-prune'), new Date())).rejects.toThrow(/at least a day/);
    // Nor can the API's role delete these rows itself, even for their own user.
    await expect(
      db.runAs(Claims.user(user.id), () =>
        db.transaction((manager) =>
          manager.query(`DELETE FROM password_reset_tokens WHERE user_id = $1`, [user.id]),
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await remaining(old)).toEqual(Object.keys(old));
    // The sweeper's own claim with the same cut-off does delete them.
    expect(await prune(Claims.system('link-prune'), cutOff)).toEqual([
      { login_challenges: 1, password_reset_tokens: 1, email_confirmations: 1 },
    ]);
    expect(await remaining(old)).toEqual([]);
  });
});
