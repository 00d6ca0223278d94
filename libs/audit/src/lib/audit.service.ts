import { Injectable } from '@nestjs/common';
import { Actor, applyAbility } from '@alianza/authz';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, Subject } from '@alianza/shared';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditRecordEntity } from './audit-record.entity';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  actorUserId: string | null;
  subjectType: string;
  subjectId: string;
  organizationId?: string | null;
  counterpartOrganizationId?: string | null;
  payload?: Record<string, unknown>;
}

type Hashed = Pick<
  AuditRecordEntity,
  | 'collaborationId'
  | 'seq'
  | 'action'
  | 'actorUserId'
  | 'subjectType'
  | 'subjectId'
  | 'organizationId'
  | 'counterpartOrganizationId'
  | 'payload'
  | 'createdAt'
>;

/** JSON with object keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function recordHash(prevHash: string, record: Hashed): string {
  const content = canonicalJson({
    collaborationId: record.collaborationId,
    seq: record.seq,
    action: record.action,
    actorUserId: record.actorUserId,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    organizationId: record.organizationId,
    counterpartOrganizationId: record.counterpartOrganizationId,
    payload: record.payload,
    createdAt: record.createdAt,
  });
  return createHash('sha256').update(`${prevHash}\n${content}`, 'utf8').digest('hex');
}

export interface ChainVerification {
  valid: boolean;
  checkedRecords: number;
  /** The first record whose link or content does not match, when the chain is broken. */
  firstBrokenSeq: number | null;
  firstBrokenRecordId: string | null;
}

/** The append-only, hash-chained log of each collaboration. */
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  /**
   * Appends records to a collaboration's chain inside the current transaction (or its own).
   * A transaction-scoped advisory lock on the collaboration serialises appenders.
   */
  async append(collaborationId: string, entries: AuditEntry[]): Promise<AuditRecordEntity[]> {
    if (entries.length === 0) return [];
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [
        collaborationId,
      ]);
      const [last] = await manager.query(
        // Through the database: the appender may not read the last record itself.
        `SELECT seq, hash FROM alianza.audit_chain_head($1)`,
        [collaborationId],
      );
      let seq: number = last?.seq ?? 0;
      let prevHash: string = last?.hash ?? GENESIS_HASH;
      const createdAt = new Date();
      const rows = entries.map((entry) => {
        seq += 1;
        const record: Hashed = {
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
        const hash = recordHash(prevHash, record);
        const row = { ...record, prevHash, hash };
        prevHash = hash;
        return row;
      });
      const repo = manager.getRepository(AuditRecordEntity);
      return repo.save(repo.create(rows));
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

  /** Recomputes the chain from the start; reports the first record that does not match. */
  async verify(
    collaborationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ChainVerification> {
    const batch = 1000;
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const rows = await manager
        .getRepository(AuditRecordEntity)
        .createQueryBuilder('a')
        .where('a.collaboration_id = :collaborationId AND a.seq >= :from', {
          collaborationId,
          from: expectedSeq,
        })
        .orderBy('a.seq', 'ASC')
        .limit(batch)
        .getMany();
      for (const row of rows) {
        const broken =
          row.seq !== expectedSeq ||
          row.prevHash !== prevHash ||
          row.hash !== recordHash(prevHash, row);
        if (broken)
          return {
            valid: false,
            checkedRecords: checked,
            firstBrokenSeq: expectedSeq,
            firstBrokenRecordId: row.id,
          };
        prevHash = row.hash;
        expectedSeq += 1;
        checked += 1;
      }
      if (rows.length < batch)
        return {
          valid: true,
          checkedRecords: checked,
          firstBrokenSeq: null,
          firstBrokenRecordId: null,
        };
    }
  }
}
