import { recordHash } from '@alianza/audit';
import { readFileSync, statSync } from 'node:fs';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';

const VERIFY = `query($c: ID!, $full: Boolean) { verifyAuditLog(collaborationId: $c, full: $full) {
  valid checkedRecords firstBrokenSeq firstBrokenRecordId reason headSeq resumedAfterSeq checkpointSeq legacyThroughSeq } }`;

interface Verification {
  valid: boolean;
  checkedRecords: number;
  firstBrokenSeq: number | null;
  firstBrokenRecordId: string | null;
  reason: string | null;
  headSeq: number;
  resumedAfterSeq: number;
  checkpointSeq: number | null;
  legacyThroughSeq: number;
}

/**
 * Someone with full access to the database but not the audit key rewrites, copies, deletes,
 * truncates and reorders records — with the triggers that refuse it switched off, as a
 * superuser can. `verifyAuditLog` names the first bad record and why, each time.
 */
describe('the audit chain against someone who holds the database but not the key', () => {
  const t = new Api();
  let facilitator: TestUser;
  let db: Client;

  /** A new collaboration's chain (its creation's records, then `more`): its id and head. */
  async function chain(more: number): Promise<{ c: string; n: number }> {
    const c = await t.collaboration(facilitator, 'Audited');
    const created = await headSeq(c);
    await grow(c, more);
    const n = await headSeq(c);
    expect(n).toBe(created + more);
    return { c, n };
  }

  async function grow(collaborationId: string, records: number): Promise<void> {
    for (let i = 0; i < records; i++)
      await t.publishGroundRules(facilitator, collaborationId, `Rules, take ${i + 1}`);
  }

  async function headSeq(collaborationId: string): Promise<number> {
    const { rows } = await db.query(
      `SELECT coalesce(max(seq), 0) AS seq FROM audit_records WHERE collaboration_id = $1`,
      [collaborationId],
    );
    return rows[0].seq;
  }

  async function verify(collaborationId: string, full = false): Promise<Verification> {
    return (await t.ok(VERIFY, { c: collaborationId, full }, facilitator)).verifyAuditLog;
  }

  /** As a superuser: the table's own triggers off for one transaction, so nobody else notices. */
  async function tamper(...statements: [sql: string, params: unknown[]][]): Promise<void> {
    await db.query('BEGIN');
    try {
      await db.query('ALTER TABLE audit_records DISABLE TRIGGER USER');
      for (const [sql, params] of statements) await db.query(sql, params);
      await db.query('ALTER TABLE audit_records ENABLE TRIGGER USER');
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  }

  async function recordAt(collaborationId: string, seq: number) {
    const { rows } = await db.query(
      `SELECT id, collaboration_id AS "collaborationId", seq, action, actor_user_id AS "actorUserId",
              subject_type AS "subjectType", subject_id AS "subjectId", organization_id AS "organizationId",
              counterpart_organization_id AS "counterpartOrganizationId", payload, created_at AS "createdAt",
              prev_hash AS "prevHash", hash
         FROM audit_records WHERE collaboration_id = $1 AND seq = $2`,
      [collaborationId, seq],
    );
    return rows[0];
  }

  beforeAll(async () => {
    facilitator = await t.facilitator('auditor');
    db = new Client({ connectionString: process.env['ALIANZA_TEST_ADMIN_DATABASE_URL'] });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
  });

  it('verifies an intact chain, then only what was added since', async () => {
    const { c, n } = await chain(3);
    expect(await verify(c)).toEqual({
      valid: true,
      checkedRecords: n,
      firstBrokenSeq: null,
      firstBrokenRecordId: null,
      reason: null,
      headSeq: n,
      resumedAfterSeq: 0,
      checkpointSeq: expect.any(Number),
      legacyThroughSeq: 0,
    });
    await grow(c, 3);
    expect(await verify(c)).toMatchObject({
      valid: true,
      checkedRecords: 3,
      resumedAfterSeq: n,
      headSeq: n + 3,
      checkpointSeq: expect.any(Number),
    });
    expect(await verify(c, true)).toMatchObject({ valid: true, checkedRecords: n + 3 });
  });

  it('finds a record rewritten with its hash recomputed the old, unkeyed way', async () => {
    const { c, n } = await chain(4);
    expect((await verify(c)).valid).toBe(true);
    const record = await recordAt(c, n - 2);
    const payload = { ...record.payload, changeSummary: 'nothing to see here' };
    const hash = recordHash(record.prevHash, { ...record, payload });
    await tamper([
      `UPDATE audit_records SET payload = $2, hash = $3 WHERE id = $1`,
      [record.id, payload, hash],
    ]);
    expect(await verify(c, true)).toMatchObject({
      valid: false,
      reason: 'MAC_MISMATCH',
      firstBrokenSeq: n - 2,
      firstBrokenRecordId: record.id,
      checkedRecords: n - 3,
    });
  });

  it('finds a record carrying another record’s MAC', async () => {
    const { c, n } = await chain(4);
    const [copier, copied] = [await recordAt(c, n - 3), await recordAt(c, n - 1)];
    await tamper([`UPDATE audit_records SET hash = $2 WHERE id = $1`, [copier.id, copied.hash]]);
    expect(await verify(c)).toMatchObject({
      valid: false,
      reason: 'MAC_MISMATCH',
      firstBrokenSeq: n - 3,
      firstBrokenRecordId: copier.id,
    });
  });

  it('finds a deleted record', async () => {
    const { c, n } = await chain(4);
    await tamper([
      `DELETE FROM audit_records WHERE collaboration_id = $1 AND seq = $2`,
      [c, n - 2],
    ]);
    expect(await verify(c, true)).toMatchObject({
      valid: false,
      reason: 'SEQUENCE_GAP',
      firstBrokenSeq: n - 2,
      firstBrokenRecordId: null,
    });
  });

  it('finds two records swapped', async () => {
    const { c, n } = await chain(4);
    const [first, second] = [n - 3, n - 2];
    const moved = await recordAt(c, second);
    await tamper(
      [`UPDATE audit_records SET seq = -1 WHERE collaboration_id = $1 AND seq = $2`, [c, first]],
      [
        `UPDATE audit_records SET seq = $2 WHERE collaboration_id = $1 AND seq = $3`,
        [c, first, second],
      ],
      [`UPDATE audit_records SET seq = $2 WHERE collaboration_id = $1 AND seq = -1`, [c, second]],
    );
    expect(await verify(c, true)).toMatchObject({
      valid: false,
      reason: 'LINK_MISMATCH',
      firstBrokenSeq: first,
      firstBrokenRecordId: moved.id,
    });
  });

  it('finds the tail removed below the checkpoint, and still after new records are written', async () => {
    const { c, n } = await chain(5);
    expect(await verify(c)).toMatchObject({ valid: true, headSeq: n });
    await tamper([
      `DELETE FROM audit_records WHERE collaboration_id = $1 AND seq >= $2`,
      [c, n - 3],
    ]);
    for (const full of [false, true])
      expect(await verify(c, full)).toMatchObject({
        valid: false,
        reason: 'TRUNCATED',
        firstBrokenSeq: n - 3,
        checkpointSeq: n,
      });
    // The application goes on appending: the same seqs again, validly keyed, but other records.
    await grow(c, 5);
    expect(await verify(c)).toMatchObject({
      valid: false,
      reason: 'CHECKPOINT_MISMATCH',
      firstBrokenSeq: n,
    });
  });

  it('refuses a record under an unknown key', async () => {
    const { c, n } = await chain(2);
    await tamper([
      `UPDATE audit_records SET key_id = '00000000' WHERE collaboration_id = $1 AND seq = $2`,
      [c, n - 1],
    ]);
    expect(await verify(c)).toMatchObject({
      valid: false,
      reason: 'UNKNOWN_KEY',
      firstBrokenSeq: n - 1,
    });
  });

  it('checks new records when it resumes after the last verified one', async () => {
    const { c, n } = await chain(2);
    expect((await verify(c)).valid).toBe(true);
    await grow(c, 3);
    await tamper([
      `UPDATE audit_records SET payload = '{"version": 99}' WHERE collaboration_id = $1 AND seq = $2`,
      [c, n + 2],
    ]);
    expect(await verify(c)).toMatchObject({
      valid: false,
      reason: 'MAC_MISMATCH',
      firstBrokenSeq: n + 2,
      resumedAfterSeq: n,
      checkedRecords: 1,
    });
  });

  it('writes signed checkpoints to an append-only file of mode 0600, and never shows the key', async () => {
    const { c, n } = await chain(1);
    expect(await verify(c)).toMatchObject({ valid: true, headSeq: n });
    const file = process.env['ALIANZA_TEST_AUDIT_CHECKPOINT_FILE']!;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    const mine = text
      .split('\n')
      .filter((line) => line.includes(c))
      .map((line) => JSON.parse(line));
    expect(mine).toContainEqual({
      v: 1,
      kind: 'verified',
      collaborationId: c,
      seq: n,
      mac: (await recordAt(c, n)).hash,
      legacyThrough: 0,
      at: expect.any(String),
      keyId: expect.stringMatching(/^[0-9a-f]{8}$/),
      sig: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const key = process.env['ALIANZA_TEST_AUDIT_KEY']!;
    expect(text).not.toContain(key);
    expect(readFileSync(process.env['ALIANZA_TEST_API_LOG']!, 'utf8')).not.toContain(key);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE payload::text LIKE $1`,
      [`%${key}%`],
    );
    expect(rows[0].n).toBe(0);
  });
});
