import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Actor, applyAbility, canOn } from '@alianza/authz';
import { Claims, Db, paginate, PageRequest, PageResult } from '@alianza/db';
import {
  Action,
  AppError,
  AuditActionName,
  AuditSubjectName,
  AuditChainFailure,
  AuditMacKind,
  isAuditAction,
  isAuditSubject,
  Subject,
} from '@alianza/shared';
import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditRecordEntity } from './entities/audit-record.entity';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditContent, GENESIS_HASH, recordMac } from './audit-mac';
import { AuditKeyring } from './audit-keys';
import { ChainRecord, ChainVerifier } from './chain-verifier';
import { CoalescedRuns } from './coalesced-runs';

export interface AuditEntry {
  /** One of `AuditAction`'s values: a string literal that is not one does not compile. */
  action: AuditActionName;
  actorUserId: string | null;
  /** One of `AuditSubject`'s values, likewise. */
  subjectType: AuditSubjectName;
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

/** Waiting entries chained per transaction. */
const CHAIN_BATCH = 500;

/**
 * How long a chaining in the background waits before it starts, so that it takes the records of
 * the reads answered meanwhile with it: one transaction for many reads.
 */
const BACKGROUND_DELAY_MS = 25;

/** A transaction's entries into the outbox, in their order ($2: a JSON array of entries). */
const INSERT_OUTBOX = `
INSERT INTO audit_outbox (collaboration_id, action, actor_user_id, subject_type, subject_id, organization_id,
  counterpart_organization_id, payload, created_at)
SELECT $1, e.action, e.actor, e.subject_type, e.subject, e.organization, e.counterpart, e.payload, $3
  FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (action text, "actorUserId" uuid, "subjectType" text,
         "subjectId" uuid, "organizationId" uuid, "counterpartOrganizationId" uuid, payload jsonb))
       WITH ORDINALITY AS e(action, actor, subject_type, subject, organization, counterpart, payload, n)
 ORDER BY e.n`;

/** What `audit_outbox_take` answers: the chain's head and the entries taken, oldest first. */
interface TakenEntries {
  headSeq: number | null;
  headMac: string | null;
  entries: (Omit<AuditContent, 'collaborationId' | 'seq' | 'createdAt'> & { createdAt: string })[];
}

/**
 * The append-only, keyed chain of each collaboration's audit records (ADR 0016), written through
 * an outbox (ADR 0020): `append` adds entries in the caller's transaction, holding no lock; a
 * short transaction then chains the collaboration's waiting entries under the chain's advisory
 * lock, for every appender at once.
 */
/** What a reader of the log narrows it to; a period is `since` (inclusive) to `until` (exclusive). */
export interface AuditFilter {
  action?: AuditActionName;
  subjectId?: string;
  actorUserId?: string;
  organizationId?: string;
  since?: Date;
  until?: Date;
}

@Injectable()
export class AuditService implements OnApplicationShutdown {
  private readonly logger = new Logger(AuditService.name);
  /**
   * Chaining after a commit, per collaboration: appenders that commit while a run is under way
   * share the next one, run on the connection of the first of them.
   */
  private readonly afterCommit = new CoalescedRuns();
  /** Chaining in the background, per collaboration, on a connection of its own. */
  private readonly background = new CoalescedRuns();
  /** The async context the service was made in: background chaining is no request's work. */
  private readonly detached = new AsyncResource('AuditBackgroundChaining');

  constructor(
    private readonly db: Db,
    private readonly keys: AuditKeyring,
    private readonly checkpoints: AuditCheckpointService,
  ) {}

  /**
   * Records entries in a collaboration's audit log, inside the current transaction (or its own):
   * they commit, or roll back, with what they record. Once it has committed they join the chain
   * before the caller goes on (a mutation answers with its records in the log). Until then they
   * wait in the outbox, where a process that dies leaves them for the sweep (`chainWaiting`).
   */
  async append(collaborationId: string, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.transaction(async (manager) => {
      await this.addWaiting(manager, collaborationId, entries);
      await this.db.afterCommit(
        () => this.chainAfterCommit(collaborationId),
        `audit-chain:${collaborationId}`,
      );
    });
  }

  /**
   * Records what the current request has just read: committed with its reads (`writeWithReads`)
   * before the request answers, so never lost; chained in the background, without making the
   * reader wait.
   */
  async appendRead(collaborationId: string, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.writeWithReads(async (manager) => {
      await this.addWaiting(manager, collaborationId, entries);
      await this.db.afterCommit(
        () => this.chainInBackground(collaborationId),
        `audit-chain:${collaborationId}`,
      );
    });
  }

  /**
   * Into the outbox: the row policy lets whoever reaches the collaboration add to it. An action
   * that is not listed (one cast past the type) is refused: the log could not answer with it.
   */
  private async addWaiting(
    manager: EntityManager,
    collaborationId: string,
    entries: AuditEntry[],
  ): Promise<void> {
    const unlisted = entries.find((entry) => !isAuditAction(entry.action));
    if (unlisted)
      throw new Error(
        `Audit action "${unlisted.action}" is not listed in AuditAction (libs/shared)`,
      );
    const unknownSubject = entries.find((entry) => !isAuditSubject(entry.subjectType));
    if (unknownSubject)
      throw new Error(
        `Audit subject "${unknownSubject.subjectType}" is not listed in AuditSubject (libs/shared)`,
      );
    const rows = entries.map((entry) => ({
      action: entry.action,
      actorUserId: entry.actorUserId,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      organizationId: entry.organizationId ?? null,
      counterpartOrganizationId: entry.counterpartOrganizationId ?? null,
      payload: entry.payload ?? {},
    }));
    await manager.query(INSERT_OUTBOX, [collaborationId, JSON.stringify(rows), new Date()]);
  }

  /**
   * Chains every waiting entry of the collaboration (in batches, each one transaction) under the
   * current claim. False when that claim may not (then nothing is taken).
   */
  async chain(collaborationId: string): Promise<boolean> {
    for (;;) {
      const taken = await this.db.transaction(async (manager) => {
        const [{ taken: batch }]: { taken: TakenEntries | null }[] = await manager.query(
          `SELECT audit_outbox_take($1, $2) AS taken`,
          [collaborationId, CHAIN_BATCH],
        );
        if (!batch) return null;
        if (batch.entries.length > 0) await this.insertChained(manager, collaborationId, batch);
        return batch.entries.length;
      });
      if (taken === null) return false;
      if (taken > 0) await this.checkpoints.coverNewChain(collaborationId);
      if (taken < CHAIN_BATCH) return true;
    }
  }

  /** Chains the entries a dead process (or one that could not) left waiting: for the sweep. */
  async chainWaiting(): Promise<number> {
    const waiting: { id: string }[] = await this.db.manager.query(
      `SELECT audit_outbox_pending() AS id`,
    );
    for (const { id } of waiting) await this.chain(id);
    return waiting.length;
  }

  /** Waits for the chaining under way (at shutdown; in tests). */
  async settled(): Promise<void> {
    await Promise.all([this.afterCommit.settled(), this.background.settled()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /**
   * Once the appending transaction has committed, under its claim, on its connection (never on
   * another one of the pool, which requests holding theirs could leave none of); in the
   * background when that claim may not, or the request is gone.
   */
  private chainAfterCommit(collaborationId: string): Promise<void> {
    return this.afterCommit.run(collaborationId, async () => {
      try {
        if (await this.chain(collaborationId)) return;
      } catch (error) {
        this.logger.debug({ err: error }, `Chaining ${collaborationId} after a commit failed`);
      }
      this.chainInBackground(collaborationId);
    });
  }

  /**
   * Under the chain job's claim, on a connection of its own, without making anyone wait: a
   * moment later (with the records that come meanwhile), outside the async context of the
   * request that asked (it is no part of that request's work).
   */
  private chainInBackground(collaborationId: string): void {
    this.detached.runInAsyncScope(() => this.startInBackground(collaborationId));
  }

  private startInBackground(collaborationId: string): void {
    void this.background.run(collaborationId, async () => {
      await new Promise((resolve) => setTimeout(resolve, BACKGROUND_DELAY_MS));
      try {
        // A Db built by hand (a benchmark, a unit test) signs no claim: it runs as it is.
        if (this.db.signsClaims)
          await this.db.runAs(Claims.system('audit-chain'), () => this.chain(collaborationId));
        else await this.chain(collaborationId);
      } catch (error) {
        this.logger.error(
          { err: error },
          `Chaining the audit entries of ${collaborationId} failed: the sweep will chain them`,
        );
      }
    });
  }

  /** Links the taken entries after the chain's head and inserts them (the lock is held). */
  private async insertChained(
    manager: EntityManager,
    collaborationId: string,
    taken: TakenEntries,
  ): Promise<void> {
    let seq = taken.headSeq ?? 0;
    let prevHash = taken.headMac ?? GENESIS_HASH;
    const key = this.keys.current;
    const repo = manager.getRepository(AuditRecordEntity);
    const records = taken.entries.map((entry) => {
      seq += 1;
      const content: AuditContent = {
        collaborationId,
        seq,
        action: entry.action,
        actorUserId: entry.actorUserId,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        organizationId: entry.organizationId,
        counterpartOrganizationId: entry.counterpartOrganizationId,
        payload: entry.payload,
        createdAt: new Date(entry.createdAt),
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
  }

  /** The log, newest first, with every entry committed before it was asked for chained. */
  async list(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: AuditFilter = {},
  ): Promise<PageResult<AuditRecordEntity>> {
    const qb = await this.filtered(actor, collaborationId, filter);
    return paginate(qb, page, ['seq'], 'DESC');
  }

  /**
   * The whole filtered log, newest first, `size` records at a time (for a download): each page
   * read when the one before has been taken, by its sequence number, without counting the log.
   */
  async *pages(
    actor: Actor,
    collaborationId: string,
    filter: AuditFilter,
    size = 500,
  ): AsyncGenerator<AuditRecordEntity[]> {
    const qb = (await this.filtered(actor, collaborationId, filter))
      .orderBy('a.seq', 'DESC')
      .limit(size);
    for (let before: number | null = null; ;) {
      const page = qb.clone();
      if (before !== null) page.andWhere('a.seq < :before', { before });
      const records = await page.getMany();
      if (records.length > 0) yield records;
      if (records.length < size) return;
      before = records[records.length - 1].seq;
    }
  }

  /** The reader's rows of the log under `filter`, once every committed entry is chained. */
  private async filtered(actor: Actor, collaborationId: string, filter: AuditFilter) {
    if (filter.since && filter.until && filter.until <= filter.since)
      throw AppError.badInput('The end of the period must come after its start.', {
        field: 'until',
      });
    // A participant filtering by someone else would learn who acted on its records.
    if (
      filter.actorUserId &&
      filter.actorUserId !== actor.viewer?.userId &&
      !canOn(actor, Action.ReadDetails, Subject.AuditRecord, { collaborationId })
    )
      throw AppError.forbidden(
        'Only the facilitator filters the audit log by another person; you may filter by yourself.',
      );
    if (!this.db.inTransaction) await this.chain(collaborationId);
    const qb = this.db
      .repo(AuditRecordEntity)
      .createQueryBuilder('a')
      .where('a.collaboration_id = :collaborationId', { collaborationId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.actorUserId)
      qb.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.organizationId)
      qb.andWhere(
        '(a.organization_id = :organizationId OR a.counterpart_organization_id = :organizationId)',
        { organizationId: filter.organizationId },
      );
    if (filter.since) qb.andWhere('a.created_at >= :since', { since: filter.since });
    if (filter.until) qb.andWhere('a.created_at < :until', { until: filter.until });
    return applyAbility(qb, actor.ability, Action.Read, Subject.AuditRecord);
  }

  /**
   * Verifies a chain: links, MACs and keys of every record read, against the latest checkpoint.
   * By default it resumes after the record the last verification verified (whose MAC must be
   * unchanged); `full` starts from the first record. Reports the first bad record; when the chain
   * holds, checkpoints what it verified.
   */
  async verify(collaborationId: string, options: VerifyOptions = {}): Promise<ChainVerification> {
    // Entries committed before the verification are verified with the rest.
    if (!this.db.inTransaction) await this.chain(collaborationId);
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
