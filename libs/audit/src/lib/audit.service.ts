import { Injectable } from '@nestjs/common';
import { Actor, applyAbility } from '@alianza/authz';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, AuditChainFailure, AuditMacKind, Subject } from '@alianza/shared';
import { randomUUID } from 'node:crypto';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditRecordEntity } from './audit-record.entity';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditContent, GENESIS_HASH, recordMac } from './audit-mac';
import { AuditKeyring } from './audit-keys';
import { ChainRecord, ChainVerifier } from './chain-verifier';

export interface AuditEntry {
  action: string;
  actorUserId: string | null;
  subjectType: string;
  subjectId: string;
  organizationId?: string | null;
  counterpartOrganizationId?: string | null;
  payload?: Record<string, unknown>;
}

export interface ChainVerification {
  valid: boolean;
  /** Records whose MAC (or legacy hash) this verification recomputed. */
  checkedRecords: number;
  /** The first record that does not match (or the first missing one), when the chain is broken. */
  firstBrokenSeq: number | null;
  firstBrokenRecordId: string | null;
  reason: AuditChainFailure | null;
  /** The last record verified (when valid). */
  headSeq: number;
  /** Records up to this one were verified before and only their anchor was read (0: none). */
  resumedAfterSeq: number;
  /** The latest checkpoint the chain was held to, if any. */
  checkpointSeq: number | null;
  /** Records up to this one may be legacy (unkeyed, verified by the old rule). */
  legacyThroughSeq: number;
}

export interface VerifyOptions {
  /** Re-verify from the first record instead of resuming after the last verified one. */
  full?: boolean;
  /** Records per read (keyset on seq). */
  batchSize?: number;
}

/**
 * The columns verification reads, named as `ChainRecord`'s fields; the time already in
 * `toISOString()`'s form, which the MAC covers (parsing a million dates costs seconds).
 */
const CHAIN_BATCH_SQL = `
SELECT id, collaboration_id AS "collaborationId", seq, action, actor_user_id AS "actorUserId",
       subject_type AS "subjectType", subject_id AS "subjectId", organization_id AS "organizationId",
       counterpart_organization_id AS "counterpartOrganizationId", payload,
       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
       prev_hash AS "prevHash", hash, mac_kind AS "macKind", key_id AS "keyId"
  FROM audit_records
 WHERE collaboration_id = $1 AND seq >= $2
 ORDER BY seq
 LIMIT $3`;

/** The append-only, keyed chain of each collaboration's audit records (ADR 0016). */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly keys: AuditKeyring,
    private readonly checkpoints: AuditCheckpointService,
  ) {}

  /**
   * Appends records to a collaboration's chain inside the current transaction (or its own).
   * A transaction-scoped advisory lock on the collaboration serialises appenders; the head is
   * read through `audit_chain_head`, which needs no right to read other parties' records.
   */
  async append(collaborationId: string, entries: AuditEntry[]): Promise<AuditRecordEntity[]> {
    if (entries.length === 0) return [];
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [
        collaborationId,
      ]);
      const [head]: { seq: number; mac: string }[] = await manager.query(
        `SELECT seq, mac FROM audit_chain_head($1)`,
        [collaborationId],
      );
      let seq = head?.seq ?? 0;
      let prevHash = head?.mac ?? GENESIS_HASH;
      const key = this.keys.current;
      const createdAt = new Date();
      const repo = manager.getRepository(AuditRecordEntity);
      const records = entries.map((entry) => {
        seq += 1;
        const content: AuditContent = {
          collaborationId,
          seq,
          action: entry.action,
          actorUserId: entry.actorUserId,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          organizationId: entry.organizationId ?? null,
          counterpartOrganizationId: entry.counterpartOrganizationId ?? null,
          payload: entry.payload ?? {},
          createdAt,
        };
        const hash = recordMac(key.mac, key.id, prevHash, content);
        const record = repo.create({
          ...content,
          id: randomUUID(),
          prevHash,
          hash,
          macKind: AuditMacKind.HMAC_SHA256,
          keyId: key.id,
        });
        prevHash = hash;
        return record;
      });
      // A plain INSERT (no RETURNING): appending needs no right to read the records back.
      await manager
        .createQueryBuilder()
        .insert()
        .into(AuditRecordEntity)
        .values(records as QueryDeepPartialEntity<AuditRecordEntity>[])
        .updateEntity(false)
        .execute();
      await this.db.afterCommit(() => this.checkpoints.coverNewChain(collaborationId));
      return records;
    });
  }

  list(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: { action?: string; subjectId?: string } = {},
  ): Promise<PageResult<AuditRecordEntity>> {
    const qb = this.db
      .repo(AuditRecordEntity)
      .createQueryBuilder('a')
      .where('a.collaboration_id = :collaborationId', { collaborationId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: filter.subjectId });
    applyAbility(qb, actor.ability, Action.Read, Subject.AuditRecord);
    return paginate(qb, page, ['seq'], 'DESC');
  }

  /**
   * Verifies a chain: links, MACs and keys of every record read, against the latest checkpoint.
   * By default it resumes after the record the last verification verified (whose MAC must be
   * unchanged); `full` starts from the first record. Reports the first bad record; when the chain
   * holds, checkpoints what it verified.
   */
  async verify(collaborationId: string, options: VerifyOptions = {}): Promise<ChainVerification> {
    const batchSize = options.batchSize ?? 1000;
    const trusted = await this.checkpoints.latest(collaborationId);
    if (!trusted.authentic)
      return {
        valid: false,
        checkedRecords: 0,
        firstBrokenSeq: null,
        firstBrokenRecordId: null,
        reason: AuditChainFailure.CHECKPOINT_INVALID,
        headSeq: 0,
        resumedAfterSeq: 0,
        checkpointSeq: trusted.forged.seq,
        legacyThroughSeq: 0,
      };
    const { latest, verified } = trusted;
    const [head]: { seq: number }[] = await this.db.manager.query(
      `SELECT seq FROM audit_chain_head($1)`,
      [collaborationId],
    );
    // Resume only from a verified record at or before the latest checkpoint (always so, as
    // checkpoints are appended in order; a file edited by hand gets a full verification).
    const resumeAfter =
      !options.full && verified && latest && verified.seq <= latest.seq ? verified : null;
    const verifier = new ChainVerifier(this.keys, {
      resumeAfter,
      checkpoint: latest,
      headSeq: head?.seq ?? 0,
    });
    const read = (from: number): Promise<ChainRecord[]> =>
      this.db.prepared<ChainRecord>(CHAIN_BATCH_SQL, [collaborationId, from, batchSize]);
    let pending = read(verifier.nextSeq);
    for (;;) {
      const rows = await pending;
      const last = rows[rows.length - 1];
      const more = rows.length === batchSize && last !== undefined;
      // Read the next batch while this one is checked.
      if (more) pending = read(last.seq + 1);
      if (verifier.push(rows) && more) await pending.catch(() => undefined);
      if (verifier.failed || !more) break;
    }
    const problem = verifier.finish();
    const result: ChainVerification = {
      valid: problem === null,
      checkedRecords: verifier.checked,
      firstBrokenSeq: problem?.seq ?? null,
      firstBrokenRecordId: problem?.recordId ?? null,
      reason: problem?.reason ?? null,
      headSeq: verifier.head.seq,
      resumedAfterSeq: resumeAfter?.seq ?? 0,
      checkpointSeq: latest?.seq ?? null,
      legacyThroughSeq: verifier.legacyThrough,
    };
    if (result.valid && result.headSeq > 0)
      await this.checkpoints.recordVerified({
        collaborationId,
        seq: verifier.head.seq,
        mac: verifier.head.mac,
        legacyThrough: verifier.legacyThrough,
      });
    return result;
  }
}
