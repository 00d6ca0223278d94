import { createMongoAbility } from '@casl/ability';
import type { Actor } from '@alianza/authz';
import { Logger } from '@nestjs/common';
import { Claims, dataSourceOptions, Db, ENTER_CLAIM_SQL, signClaim } from '@alianza/db';
import { Action, AuditChainFailure, AuditMacKind, Subject } from '@alianza/shared';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditRecordEntity } from './entities/audit-record.entity';
import { AuditContent, GENESIS_HASH, recordHash } from './audit-mac';
import { AuditKeyring } from './audit-keys';
import { AuditEntry, AuditService } from './audit.service';
import { FileCheckpointSink } from './file-checkpoint-sink';

const KEY = 'the audit key of the service tests, 2026';
const NEXT_KEY = 'the audit key after a rotation, 2027!!!!';

const entry = (n: number): AuditEntry => ({
  action: 'grant.read',
  actorUserId: randomUUID(),
  subjectType: 'Item',
  subjectId: randomUUID(),
  payload: { n },
});

/**
 * The service on a real PostgreSQL: a scratch database migrated up to just before the keyed
 * chain, so that records can be written the way the code before ADR 0016 wrote them.
 */
describe('AuditService on PostgreSQL', () => {
  const databaseUrl = process.env['ALIANZA_TEST_ADMIN_DATABASE_URL']!;
  const scratch = `alianza_audit_${Date.now()}`;
  let admin: DataSource;
  let ds: DataSource;
  let dir: string;
  let warnings: jest.SpyInstance;
  const legacyChain = randomUUID();
  /** The chain's last legacy hash, as written before keys. */
  let legacyHead = GENESIS_HASH;

  /** A service as the application builds it, on its own checkpoint file, under `keyring`. */
  function service(keyring = new AuditKeyring(KEY), file = join(dir, 'checkpoints.jsonl')) {
    const db = new Db(ds);
    const sink = new FileCheckpointSink(file);
    const checkpoints = new AuditCheckpointService(db, keyring, sink);
    return { audit: new AuditService(db, keyring, checkpoints), checkpoints, sink };
  }

  /** Five records as the code before keys wrote them. */
  async function writeLegacyChain(): Promise<void> {
    for (let seq = 1; seq <= 5; seq++) {
      const record: AuditContent = {
        collaborationId: legacyChain,
        seq,
        action: 'grant.created',
        actorUserId: null,
        subjectType: 'Grant',
        subjectId: randomUUID(),
        organizationId: null,
        counterpartOrganizationId: null,
        payload: { seq },
        createdAt: new Date(1_790_000_000_000 + seq),
      };
      const hash = recordHash(legacyHead, record);
      await ds.query(
        `INSERT INTO audit_records (collaboration_id, seq, action, actor_user_id, subject_type, subject_id, payload, prev_hash, hash, created_at)
         VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9)`,
        [
          legacyChain,
          seq,
          record.action,
          record.subjectType,
          record.subjectId,
          record.payload,
          legacyHead,
          hash,
          record.createdAt,
        ],
      );
      legacyHead = hash;
    }
  }

  /** Runs SQL as someone who can switch the table's triggers off. */
  async function tamper(sql: string, params: unknown[] = []): Promise<void> {
    await ds.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(sql, params);
    });
  }

  beforeAll(async () => {
    admin = new DataSource({ type: 'postgres', url: databaseUrl });
    await admin.initialize();
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const url = new URL(databaseUrl);
    url.pathname = `/${scratch}`;
    // Up to just before the keyed chain; the legacy records; then the rest.
    const options = dataSourceOptions(url.toString());
    const migrations = options.migrations as { prototype: { name?: string }; name: string }[];
    const keyed = migrations.findIndex((m) => m.name === 'KeyedAuditChain1795416500000');
    const before = new DataSource({
      ...options,
      migrations: migrations.slice(0, keyed),
    } as typeof options);
    await before.initialize();
    await before.runMigrations();
    await before.destroy();
    ds = new DataSource({ ...options, entities: [AuditRecordEntity] });
    await ds.initialize();
    await writeLegacyChain();
    await ds.runMigrations();
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await admin?.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin?.destroy();
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alianza-audit-service-'));
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warnings.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks existing records legacy; they verify by the old rule, and the first keyed append covers them', async () => {
    const kinds = await ds.query(`SELECT DISTINCT mac_kind, key_id FROM audit_records`);
    expect(kinds).toEqual([{ mac_kind: AuditMacKind.LEGACY_SHA256, key_id: null }]);

    const { audit, sink } = service();
    await audit.append(legacyChain, [entry(6), entry(7)]);
    const [first, second] = await ds.query(
      `SELECT mac_kind, key_id, prev_hash FROM audit_records WHERE collaboration_id = $1 AND seq > 5 ORDER BY seq`,
      [legacyChain],
    );
    expect(first).toEqual({
      mac_kind: 'hmac-sha256',
      key_id: new AuditKeyring(KEY).current.id,
      prev_hash: legacyHead,
    });
    expect(second.mac_kind).toBe('hmac-sha256');
    // Appending wrote the chain's first checkpoint: it says where legacy records end.
    expect((await sink.latest(legacyChain)).latest).toMatchObject({
      kind: 'head',
      seq: 7,
      legacyThrough: 5,
    });
    expect(await audit.verify(legacyChain)).toMatchObject({
      valid: true,
      checkedRecords: 7,
      resumedAfterSeq: 0,
      checkpointSeq: 7,
      legacyThroughSeq: 5,
    });
    expect(await audit.verify(legacyChain)).toMatchObject({
      valid: true,
      checkedRecords: 0,
      resumedAfterSeq: 7,
      headSeq: 7,
    });

    // Someone with the database but not the key rewrites legacy record 3 and recomputes the
    // legacy hashes after it: the first keyed record no longer links to it.
    const rows = await ds.query(
      `SELECT id, collaboration_id AS "collaborationId", seq, action, actor_user_id AS "actorUserId", subject_type AS "subjectType",
              subject_id AS "subjectId", organization_id AS "organizationId", counterpart_organization_id AS "counterpartOrganizationId",
              payload, created_at AS "createdAt", hash
         FROM audit_records WHERE collaboration_id = $1 AND seq <= 5 ORDER BY seq`,
      [legacyChain],
    );
    let prev = rows[1].hash as string;
    for (const row of rows.slice(2)) {
      if (row.seq === 3) row.payload = { seq: 3, rewritten: true };
      const hash = recordHash(prev, row);
      await tamper(
        `UPDATE audit_records SET payload = $2, prev_hash = $3, hash = $4 WHERE id = $1`,
        [row.id, row.payload, prev, hash],
      );
      prev = hash;
    }
    expect(await audit.verify(legacyChain, { full: true })).toMatchObject({
      valid: false,
      reason: AuditChainFailure.LINK_MISMATCH,
      firstBrokenSeq: 6,
    });
    // ... and downgrading the keyed records to legacy too is refused where legacy ended.
    const keyed = await ds.query(
      `SELECT id, collaboration_id AS "collaborationId", seq, action, actor_user_id AS "actorUserId", subject_type AS "subjectType",
              subject_id AS "subjectId", organization_id AS "organizationId", counterpart_organization_id AS "counterpartOrganizationId",
              payload, created_at AS "createdAt"
         FROM audit_records WHERE collaboration_id = $1 AND seq > 5 ORDER BY seq`,
      [legacyChain],
    );
    for (const row of keyed) {
      const hash = recordHash(prev, row);
      await tamper(
        `UPDATE audit_records SET mac_kind = 'sha256', key_id = NULL, prev_hash = $2, hash = $3 WHERE id = $1`,
        [row.id, prev, hash],
      );
      prev = hash;
    }
    expect(await audit.verify(legacyChain, { full: true })).toMatchObject({
      valid: false,
      reason: AuditChainFailure.UNEXPECTED_LEGACY,
      firstBrokenSeq: 6,
    });
    // Resuming after the verified head: that record no longer carries its MAC.
    expect(await audit.verify(legacyChain)).toMatchObject({
      valid: false,
      reason: AuditChainFailure.CHECKPOINT_MISMATCH,
      firstBrokenSeq: 7,
    });
  });

  it('verifies records under a previous key after a rotation, and refuses them once that key is dropped', async () => {
    const chain = randomUUID();
    const before = service(new AuditKeyring(KEY));
    await before.audit.append(chain, [entry(1), entry(2), entry(3)]);
    expect((await before.audit.verify(chain)).valid).toBe(true);

    const rotated = service(new AuditKeyring(NEXT_KEY, [KEY]));
    await rotated.audit.append(chain, [entry(4)]);
    expect(await rotated.audit.verify(chain, { full: true })).toMatchObject({
      valid: true,
      checkedRecords: 4,
    });
    const keyIds = await ds.query(
      `SELECT key_id FROM audit_records WHERE collaboration_id = $1 ORDER BY seq`,
      [chain],
    );
    expect(keyIds.map((r: { key_id: string }) => r.key_id)).toEqual([
      ...Array(3).fill(new AuditKeyring(KEY).current.id),
      new AuditKeyring(NEXT_KEY).current.id,
    ]);

    // The old key forgotten: its records are refused, and so are its checkpoints.
    const forgotten = service(new AuditKeyring(NEXT_KEY));
    expect(await forgotten.audit.verify(chain, { full: true })).toMatchObject({
      valid: false,
      reason: AuditChainFailure.UNKNOWN_KEY,
      firstBrokenSeq: 1,
    });
    const oldFile = join(dir, 'old.jsonl');
    expect(await service(new AuditKeyring(KEY), oldFile).checkpoints.checkpointHeads([chain])).toBe(
      1,
    );
    expect(await service(new AuditKeyring(NEXT_KEY), oldFile).audit.verify(chain)).toMatchObject({
      valid: false,
      reason: AuditChainFailure.CHECKPOINT_INVALID,
      checkpointSeq: 4,
    });
  });

  it('reads in keyset batches, whatever their size', async () => {
    const chain = randomUUID();
    const { audit } = service();
    await audit.append(
      chain,
      Array.from({ length: 23 }, (_, i) => entry(i)),
    );
    for (const batchSize of [1, 5, 23, 24])
      expect(await audit.verify(chain, { full: true, batchSize })).toMatchObject({
        valid: true,
        checkedRecords: 23,
        headSeq: 23,
      });
    await tamper(`UPDATE audit_records SET action = 'x' WHERE collaboration_id = $1 AND seq = 17`, [
      chain,
    ]);
    expect(await audit.verify(chain, { full: true, batchSize: 5 })).toMatchObject({
      reason: AuditChainFailure.MAC_MISMATCH,
      firstBrokenSeq: 17,
      checkedRecords: 16,
    });
  });

  it('checkpoints the heads that moved, never over a chain that lost its checkpointed record', async () => {
    const [moving, cut] = [randomUUID(), randomUUID()];
    const { audit, checkpoints, sink } = service();
    await audit.append(moving, [entry(1)]);
    await audit.append(cut, [entry(1), entry(2), entry(3)]);
    expect((await sink.latest(moving)).latest?.seq).toBe(1);
    expect((await sink.latest(cut)).latest?.seq).toBe(3);
    await audit.append(moving, [entry(2)]);
    // Only the chain whose head moved gets a new checkpoint (others, from other tests, may too).
    await checkpoints.checkpointHeads();
    expect((await sink.latest(moving)).latest?.seq).toBe(2);
    expect(await checkpoints.checkpointHeads([moving, cut])).toBe(0);

    // The tail of `cut` removed, then new records written past where its checkpoint was.
    await tamper(`DELETE FROM audit_records WHERE collaboration_id = $1 AND seq >= 2`, [cut]);
    expect(await checkpoints.checkpointHeads([cut])).toBe(0);
    expect(warnings).toHaveBeenCalledWith(
      expect.stringMatching(/ends at 1, before its checkpoint at 3/),
    );
    await audit.append(cut, [entry(2), entry(3), entry(4)]);
    expect(await checkpoints.checkpointHeads([cut])).toBe(0);
    expect(warnings).toHaveBeenCalledWith(
      expect.stringMatching(/record 3 no longer matches its checkpoint/),
    );
    expect((await sink.latest(cut)).latest?.seq).toBe(3);
    expect(await audit.verify(cut)).toMatchObject({
      valid: false,
      reason: AuditChainFailure.CHECKPOINT_MISMATCH,
      firstBrokenSeq: 3,
    });
  });

  it('chains the entries of concurrent appenders gap-free, each transaction with what it records', async () => {
    const chain = randomUUID();
    const { audit } = service();
    const db = new Db(ds);
    // 24 transactions on their own connections, each recording two entries; two roll back.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        db.transaction(async () => {
          await audit.append(chain, [entry(2 * i), entry(2 * i + 1)]);
          if (i % 12 === 5) throw new Error('rolled back');
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(2);
    const rows: { n: number }[] = await ds.query(
      `SELECT (r.payload ->> 'n')::int AS n FROM audit_records r WHERE r.collaboration_id = $1 ORDER BY r.seq`,
      [chain],
    );
    expect(rows).toHaveLength(44);
    // A transaction's entries keep their order; those rolled back are nowhere.
    const kept = rows.map((r) => r.n);
    for (const i of [5, 17]) expect(kept).not.toContain(2 * i);
    for (let i = 0; i < 24; i++)
      if (i % 12 !== 5) expect(kept.indexOf(2 * i)).toBeLessThan(kept.indexOf(2 * i + 1));
    expect(
      await ds.query(`SELECT 1 FROM audit_outbox WHERE collaboration_id = $1`, [chain]),
    ).toEqual([]);
    expect(await audit.verify(chain, { full: true })).toMatchObject({
      valid: true,
      checkedRecords: 44,
      headSeq: 44,
    });
  });

  it('chains what a process that died left waiting, when the sweep or a reader comes', async () => {
    const [left, read] = [randomUUID(), randomUUID()];
    const { audit } = service();
    await audit.append(left, [entry(1)]);
    // Committed in the outbox, never chained: the process stopped right after its commit.
    for (const chain of [left, read])
      await ds.query(
        `INSERT INTO audit_outbox (collaboration_id, action, actor_user_id, subject_type, subject_id, payload, created_at)
         VALUES ($1, 'grant.read', NULL, 'Item', $2, '{"n": 2, "at": "2026-12-01"}', now())`,
        [chain, randomUUID()],
      );
    expect(await audit.chainWaiting()).toBeGreaterThanOrEqual(2);
    expect(await audit.verify(left, { full: true })).toMatchObject({
      valid: true,
      checkedRecords: 2,
    });
    // Listing or verifying a log first chains what is waiting in it.
    await ds.query(
      `INSERT INTO audit_outbox (collaboration_id, action, actor_user_id, subject_type, subject_id, payload, created_at)
       VALUES ($1, 'grant.read', NULL, 'Item', $2, '{}', now())`,
      [read, randomUUID()],
    );
    const actor = {
      ability: createMongoAbility([{ action: Action.Read, subject: Subject.AuditRecord }]),
    } as unknown as Actor;
    const page = await audit.list(actor, read, { first: 10 });
    expect(page.nodes.map((r) => r.seq)).toEqual([2, 1]);
  });

  it('reads a whole filtered log page by page, newest first, for a download', async () => {
    const chain = randomUUID();
    const { audit } = service();
    const entries = Array.from({ length: 12 }, (_, i) => entry(i));
    entries[3] = { ...entries[3], action: 'grant.revoked', subjectType: 'Grant' };
    await audit.append(chain, entries);
    const actor = {
      ability: createMongoAbility([{ action: Action.Read, subject: Subject.AuditRecord }]),
    } as unknown as Actor;
    const seqs = async (filter: Parameters<AuditService['pages']>[2], size: number) => {
      const pages: number[][] = [];
      for await (const page of audit.pages(actor, chain, filter, size))
        pages.push(page.map((r) => r.seq));
      return pages;
    };
    expect(await seqs({}, 5)).toEqual([
      [12, 11, 10, 9, 8],
      [7, 6, 5, 4, 3],
      [2, 1],
    ]);
    expect(await seqs({}, 6)).toEqual([
      [12, 11, 10, 9, 8, 7],
      [6, 5, 4, 3, 2, 1],
    ]);
    expect(await seqs({ action: 'grant.read' }, 4)).toEqual([
      [12, 11, 10, 9],
      [8, 7, 6, 5],
      [3, 2, 1],
    ]);
    expect(await seqs({ action: 'grant.revoked' }, 4)).toEqual([[4]]);
    const nobody = { ability: createMongoAbility([]) } as unknown as Actor;
    const none: number[][] = [];
    for await (const page of audit.pages(nobody, chain, {}, 4)) none.push(page.map((r) => r.seq));
    expect(none).toEqual([]);
  });

  it('refuses an action that is not listed in AuditAction, and records nothing of the batch', async () => {
    const chain = randomUUID();
    const { audit } = service();
    const unlisted = { ...entry(2), action: 'grant.raed' } as unknown as AuditEntry;
    await expect(audit.append(chain, [entry(1), unlisted])).rejects.toThrow(
      /"grant\.raed" is not listed in AuditAction/,
    );
    expect(
      await ds.query(`SELECT 1 FROM audit_outbox WHERE collaboration_id = $1`, [chain]),
    ).toEqual([]);
  });

  it('tells an API role the chain head under a claim that reaches the chain, and no more', async () => {
    const chain = randomUUID();
    const { audit } = service();
    await audit.append(chain, [entry(1), entry(2)]);
    const [last] = await ds.query(
      `SELECT hash FROM audit_records WHERE collaboration_id = $1 AND seq = 2`,
      [chain],
    );
    const [{ key }] = await ds.query(`SELECT key FROM alianza_private.claim_key`);
    const role = `audit_appender_${Date.now()}`;
    await ds.query(`CREATE ROLE ${role} NOLOGIN IN ROLE alianza_api`);
    try {
      await ds.transaction(async (manager) => {
        await manager.query(`SET LOCAL ROLE ${role}`);
        // (Without a claim the API role learns nothing: row-level-security.e2e-spec.ts, logged
        // in as that role; here the session stays the administrator's.) A job's claim reaches
        // every chain: the head, and no right to change a record.
        await manager.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.system('audit-checkpoint'))]);
        expect(await manager.query(`SELECT * FROM audit_chain_head($1)`, [chain])).toEqual([
          { seq: 2, mac: last!.hash },
        ]);
        await expect(manager.query(`UPDATE audit_records SET action = 'x'`)).rejects.toThrow(
          /permission denied/,
        );
      });
    } finally {
      await ds.query(`DROP ROLE ${role}`);
    }
  });
});
