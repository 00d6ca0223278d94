import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditService } from '@alianza/audit';
import { Actor, findAllowed } from '@alianza/authz';
import { lockOpenCollaboration, lockRowInOpenCollaboration } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { Action, AppError, PlanElementKind, RemovalOutcome, Subject } from '@alianza/shared';
import { EntityTarget } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MilestoneEntity } from './entities/milestone.entity';
import { PlanEvents } from './plan-events';

/** A write of the plan, as its collaboration's audit chain records it. */
export interface PlanRecord {
  action: AuditEntry['action'];
  /** The element written: its audit subject, and the kind its live event names. */
  subjectType: `${PlanElementKind}`;
  subjectId: string;
  payload: Record<string, unknown>;
  /** The organization the write concerns, if one. */
  organizationId?: string | null;
  /** A second organization it concerns (a task proposed by one for another), if one. */
  counterpartOrganizationId?: string | null;
}

/**
 * What every write of the plan does, in one place: load what it changes as the actor may, hold
 * the collaboration open until the transaction ends (no write lands once it is closed), record
 * itself in the collaboration's audit chain, and tell the plan's open screens once committed.
 */
@Injectable()
export class PlanWrites {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly events: PlanEvents,
  ) {}

  /** Holds the collaboration open until the transaction ends; CONFLICT once it is closed. */
  async holdOpen(actor: Actor, collaborationId: string): Promise<void> {
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
  }

  /** A milestone the actor may read (NOT_FOUND otherwise), to add resources, tasks or progress to. */
  milestone(actor: Actor, id: string): Promise<MilestoneEntity> {
    return findAllowed(
      this.db.manager,
      MilestoneEntity,
      Subject.Milestone,
      actor,
      Action.Read,
      id,
      {
        label: 'Milestone',
      },
    );
  }

  /**
   * Row `id` locked for a change the actor may make as `action` (NOT_FOUND where it may not see
   * the row, FORBIDDEN where it may see but not change it), and its collaboration held open.
   */
  async lockForChange<T extends { collaborationId: string }>(
    entity: EntityTarget<T>,
    subject: Subject,
    label: string,
    actor: Actor,
    action: Action,
    id: string,
  ): Promise<T> {
    return lockRowInOpenCollaboration(this.db, entity, subject, actor, action, id, label);
  }

  /** As `lockForChange`, for a row that may be archived: an archived one is NOT_FOUND (ADR 0040). */
  async lockCurrent<T extends { collaborationId: string; archivedAt: Date | null }>(
    entity: EntityTarget<T>,
    subject: Subject,
    label: string,
    actor: Actor,
    action: Action,
    id: string,
  ): Promise<T> {
    const row = await this.lockForChange(entity, subject, label, actor, action, id);
    if (row.archivedAt) throw AppError.notFound(label);
    return row;
  }

  /**
   * Deletes row `id`, or archives it when history names it (`namedByHistory`): it then stays
   * for that history, out of the plan (ADR 0040).
   */
  async removeOrArchive<T extends { id: string; archivedAt: Date | null }>(
    entity: EntityTarget<T>,
    id: string,
    namedByHistory: boolean,
  ): Promise<RemovalOutcome> {
    const rows = this.db.manager.createQueryBuilder();
    if (namedByHistory) {
      const archived = { archivedAt: () => 'now()' } as QueryDeepPartialEntity<T>;
      await rows.update(entity).set(archived).where('id = :id', { id }).execute();
      return RemovalOutcome.ARCHIVED;
    }
    await rows.delete().from(entity).where('id = :id', { id }).execute();
    return RemovalOutcome.DELETED;
  }

  /**
   * Appends the write to its collaboration's audit chain, in the write's transaction, and tells
   * the plan's open screens once that has committed (`planChanged`).
   */
  async record(actor: Actor, collaborationId: string, write: PlanRecord): Promise<void> {
    await this.audit.append(collaborationId, [
      {
        action: write.action,
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: write.subjectType,
        subjectId: write.subjectId,
        organizationId: write.organizationId ?? null,
        counterpartOrganizationId: write.counterpartOrganizationId ?? null,
        payload: write.payload,
      },
    ]);
    await this.events.changed({
      collaborationId,
      kind: write.subjectType,
      elementId: write.subjectId,
    });
  }
}
