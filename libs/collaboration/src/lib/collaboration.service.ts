import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@alianza/api-core';
import {
  actingOrganization,
  Actor,
  applyAbility,
  canOn,
  findAllowed,
  requireViewer,
} from '@alianza/authz';
import { AuditService } from '@alianza/audit';
import { groupBy } from '@alianza/api-core';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import {
  Action,
  AppError,
  COLLABORATION_TRANSITIONS,
  CollaborationStatus,
  ErrorReason,
  present,
  Subject,
} from '@alianza/shared';
import type { EntityTarget } from 'typeorm';
import { CollaborationFacilitatorEntity } from './entities/collaboration-facilitator.entity';
import { CollaborationCreated, CollaborationStatusChanging } from './collaboration.events';
import { CollaborationEntity } from './entities/collaboration.entity';

export interface CollaborationFields {
  title?: string;
  objective?: string;
  description?: string;
}

/**
 * How a transaction holds its collaboration until it ends (ADR 0020):
 * - `open`: a write in the collaboration, which needs it to stay as it is (open, under the same
 *   ground rules, with the same parties) but changes nothing of it. Such writes hold it together.
 * - `change`: a change of the collaboration itself (its status, its fields, its ground rules, its
 *   ledger's scale) or of who takes part in it. One at a time, and alone: it waits for the writes
 *   under way, and the writes that come meanwhile wait for it.
 *
 * A transaction-scoped advisory lock on the collaboration, shared or exclusive: PostgreSQL queues
 * a shared request behind a waiting exclusive one, so a stream of writes never starves a close
 * (as shared row locks would). Writes touch nothing of the collaboration's row.
 */
export type CollaborationHold = 'open' | 'change';

const HOLD_SQL: Record<CollaborationHold, string> = {
  open: 'SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 43))',
  change: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 43))',
};

/**
 * Holds collaboration `id` as `hold` says until the transaction ends. Read the collaboration
 * after it: then it is as the last change committed it. Authorize a change before: nobody else's
 * request should make the collaboration's writes wait.
 */
export async function takeCollaborationHold(
  db: Db,
  id: string,
  hold: CollaborationHold,
): Promise<void> {
  await db.manager.query(HOLD_SQL[hold], [id]);
}

/** Loads a collaboration for `action`, held as `hold` says (see `takeCollaborationHold`). */
export async function holdCollaboration(
  db: Db,
  actor: Actor,
  action: Action,
  id: string,
  hold: CollaborationHold,
): Promise<CollaborationEntity> {
  const find = () =>
    findAllowed(db.manager, CollaborationEntity, Subject.Collaboration, actor, action, id, {
      label: 'Collaboration',
    });
  if (hold === 'change') await find();
  await takeCollaborationHold(db, id, hold);
  return find();
}

/**
 * Loads a collaboration for `action`, held as `hold` says (`open` by default) until the
 * transaction ends, and refuses it once it is closed. No write lands after the close: closing is
 * a change, which waits for the writes holding the collaboration open; the writes after it read
 * it closed.
 */
export async function lockOpenCollaboration(
  db: Db,
  actor: Actor,
  action: Action,
  id: string,
  hold: CollaborationHold = 'open',
): Promise<CollaborationEntity> {
  const collaboration = await holdCollaboration(db, actor, action, id, hold);
  if (collaboration.status === CollaborationStatus.CLOSED) {
    throw AppError.conflict('This collaboration is closed: it can no longer change.', {
      status: collaboration.status,
    }).because(ErrorReason.COLLABORATION_NOT_OPEN);
  }
  return collaboration;
}

/**
 * The row `id` of a collaboration's `entity` that `actor` may `action` (NOT_FOUND or FORBIDDEN as
 * `findAllowed` says), row-locked for the write until the transaction ends, with its
 * collaboration held open (`lockOpenCollaboration`: CONFLICT once it is closed).
 */
export async function lockRowInOpenCollaboration<T extends { collaborationId: string }>(
  db: Db,
  entity: EntityTarget<T>,
  subject: Subject,
  actor: Actor,
  action: Action,
  id: string,
  label: string,
): Promise<T> {
  const row = await findAllowed(db.manager, entity, subject, actor, action, id, {
    label,
    lock: true,
  });
  await lockOpenCollaboration(db, actor, Action.Read, row.collaborationId);
  return row;
}

@Injectable()
export class CollaborationService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** A facilitator opens a collaboration (draft) and becomes its facilitator. */
  async create(
    actor: Actor,
    input: Required<CollaborationFields>,
    previousCollaborationId: string | null = null,
  ): Promise<CollaborationEntity> {
    const viewer = requireViewer(actor);
    const collaborations = this.db.repo(CollaborationEntity);
    const collaboration = await collaborations.save(
      collaborations.create({ ...input, previousCollaborationId, createdBy: viewer.userId }),
    );
    await this.db
      .repo(CollaborationFacilitatorEntity)
      .insert({ collaborationId: collaboration.id, userId: viewer.userId });
    await this.audit.append(collaboration.id, [
      {
        action: 'collaboration.created',
        actorUserId: viewer.userId,
        subjectType: 'Collaboration',
        subjectId: collaboration.id,
        payload: { title: collaboration.title },
      },
    ]);
    await this.events.publish(new CollaborationCreated(collaboration, actor));
    return collaboration;
  }

  async update(actor: Actor, id: string, input: CollaborationFields): Promise<CollaborationEntity> {
    const collaboration = await lockOpenCollaboration(this.db, actor, Action.Update, id, 'change');
    for (const key of ['title', 'objective', 'description'] as const) {
      if (input[key] !== undefined) collaboration[key] = input[key];
    }
    return this.db.repo(CollaborationEntity).save(collaboration);
  }

  get(actor: Actor, id: string): Promise<CollaborationEntity> {
    return findAllowed(
      this.db.manager,
      CollaborationEntity,
      Subject.Collaboration,
      actor,
      Action.Read,
      id,
      {
        label: 'Collaboration',
      },
    );
  }

  list(
    actor: Actor,
    page: PageRequest,
    status?: CollaborationStatus,
  ): Promise<PageResult<CollaborationEntity>> {
    const qb = this.db.repo(CollaborationEntity).createQueryBuilder('c');
    applyAbility(qb, actor.ability, Action.Read, Subject.Collaboration);
    if (status) qb.andWhere('c.status = :status', { status });
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /** draft → active → closing → closed; anything else is refused with INVALID_TRANSITION. */
  async changeStatus(
    actor: Actor,
    id: string,
    to: CollaborationStatus,
    options: { overrideReason?: string } = {},
  ): Promise<CollaborationEntity> {
    const collaboration = await holdCollaboration(this.db, actor, Action.Transition, id, 'change');
    const from = collaboration.status;
    if (!COLLABORATION_TRANSITIONS[from].includes(to)) {
      const allowed = COLLABORATION_TRANSITIONS[from];
      throw AppError.invalidTransition(
        allowed.length
          ? `The collaboration is ${from}: it can only move to ${allowed.join(' or ')}, not to ${to}.`
          : `The collaboration is ${from}: its status can no longer change.`,
        { from, to },
      ).because(ErrorReason.STATUS_MOVE_NOT_ALLOWED);
    }
    if (to === CollaborationStatus.ACTIVE && collaboration.currentGroundRulesVersion === 0) {
      throw AppError.invalidTransition(
        'Publish the ground rules before activating the collaboration.',
        { from, to },
      );
    }
    await this.events.publish(new CollaborationStatusChanging(collaboration, to, actor, options));
    collaboration.status = to;
    const saved = await this.db.repo(CollaborationEntity).save(collaboration);
    await this.audit.append(collaboration.id, [
      {
        action: 'collaboration.status_changed',
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: 'Collaboration',
        subjectId: collaboration.id,
        payload: { from, to },
      },
    ]);
    return saved;
  }

  /**
   * The organization on whose behalf the actor acts in the collaboration (the one it names, or
   * its active one), when its ability lets it `action` a `subject` of that organization (`owner`
   * names the subject's field that holds it). Otherwise NOT_FOUND when the collaboration is not
   * even visible, FORBIDDEN with `refusal` when it is.
   */
  async actingOrganizationFor(
    actor: Actor,
    collaborationId: string,
    may: { action: Action; subject: Subject; owner: string; named?: string | null },
    refusal: string,
  ): Promise<string> {
    const organization = actingOrganization(actor, collaborationId, may.named);
    if (
      organization &&
      canOn(actor, may.action, may.subject, { collaborationId, [may.owner]: organization })
    )
      return organization;
    await this.get(actor, collaborationId);
    throw AppError.forbidden(refusal);
  }

  /** Collaborations the actor may read, by id (a batch of `get`). */
  async readable(actor: Actor, ids: readonly string[]): Promise<Map<string, CollaborationEntity>> {
    const qb = this.db
      .repo(CollaborationEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids: [...ids] });
    applyAbility(qb, actor.ability, Action.Read, Subject.Collaboration);
    return new Map((await qb.getMany()).map((c) => [c.id, c]));
  }

  /** Facilitators of collaborations the caller can already see (loaded through `get`). */
  async facilitatorsOf(
    collaborationIds: readonly string[],
  ): Promise<Map<string, { id: string; displayName: string }[]>> {
    const rows = await this.db
      .repo(CollaborationFacilitatorEntity)
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.user', 'u')
      .where('f.collaboration_id = ANY(:collaborationIds)', {
        collaborationIds: [...collaborationIds],
      })
      .orderBy('f.created_at', 'ASC')
      .getMany();
    const byCollaboration = groupBy(rows, (row) => row.collaborationId);
    return new Map(
      [...byCollaboration].map(([id, facilitators]) => [
        id,
        facilitators.map((row) => {
          const user = present(row.user, 'facilitator user');
          return { id: user.id, displayName: user.displayName };
        }),
      ]),
    );
  }
}
