import { Injectable } from '@nestjs/common';
import { ConsumesEvent } from '@alianza/api-core';
import { Actor, applyAbility, canOn, findAllowed, requireViewer } from '@alianza/authz';
import {
  CollaborationCreated,
  CollaborationService,
  lockOpenCollaboration,
} from '@alianza/collaboration';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, AppError, AreaSensitivity, DEFAULT_AREAS, Subject } from '@alianza/shared';
import { AuditService } from '@alianza/audit';
import { AreaEntity } from './entities/area.entity';

@Injectable()
export class AreaService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
  ) {}

  /** Every new collaboration starts with the seeds' areas of exchange; the facilitator edits them. */
  @ConsumesEvent(CollaborationCreated)
  async onCollaborationCreated({ collaboration, actor }: CollaborationCreated): Promise<void> {
    const areas = this.db.repo(AreaEntity);
    const created = await areas.save(
      DEFAULT_AREAS.map((area, position) =>
        areas.create({ ...area, position, collaborationId: collaboration.id }),
      ),
    );
    await this.audit.append(
      collaboration.id,
      created.map((area) => ({
        action: 'area.created',
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: 'Area',
        subjectId: area.id,
        payload: { name: area.name, sensitivity: area.sensitivity },
      })),
    );
  }

  list(actor: Actor, collaborationId: string): Promise<AreaEntity[]> {
    return this.visibleIn(actor, collaborationId)
      .orderBy('a.position', 'ASC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** A page of the areas of a collaboration the actor may read, in the order of `list`. */
  page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    includeArchived = true,
  ): Promise<PageResult<AreaEntity>> {
    const qb = this.visibleIn(actor, collaborationId);
    if (!includeArchived) qb.andWhere('a.archived_at IS NULL');
    return paginate(qb, page, ['position', 'createdAt', 'id'], 'ASC');
  }

  private visibleIn(actor: Actor, collaborationId: string) {
    const qb = this.db
      .repo(AreaEntity)
      .createQueryBuilder('a')
      .where('a.collaboration_id = :collaborationId', { collaborationId });
    return applyAbility(qb, actor.ability, Action.Read, Subject.Area);
  }

  get(actor: Actor, id: string): Promise<AreaEntity> {
    return findAllowed(this.db.manager, AreaEntity, Subject.Area, actor, Action.Read, id, {
      label: 'Area',
    });
  }

  /** Visible areas by id, for field resolvers. */
  async findVisible(actor: Actor, ids: readonly string[]): Promise<Map<string, AreaEntity>> {
    const qb = this.db
      .repo(AreaEntity)
      .createQueryBuilder('a')
      .where('a.id = ANY(:ids)', { ids: [...ids] });
    const rows = await applyAbility(qb, actor.ability, Action.Read, Subject.Area).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  async create(
    actor: Actor,
    collaborationId: string,
    input: { name: string; description: string; sensitivity: AreaSensitivity },
  ): Promise<AreaEntity> {
    const viewer = requireViewer(actor);
    if (!canOn(actor, Action.Create, Subject.Area, { collaborationId })) {
      await this.collaborations.get(actor, collaborationId); // NOT_FOUND when it is not even visible
      throw AppError.forbidden('Only the facilitator defines the areas of exchange.');
    }
    await lockOpenCollaboration(this.db, actor, Action.Update, collaborationId);
    const areas = this.db.repo(AreaEntity);
    if (await areas.exists({ where: { collaborationId, name: input.name } })) {
      throw AppError.conflict('An area with this name already exists in this collaboration.', {
        field: 'name',
      });
    }
    const position = (await areas.count({ where: { collaborationId } })) + 1;
    const area = await areas.save(areas.create({ ...input, collaborationId, position }));
    await this.audit.append(collaborationId, [
      {
        action: 'area.created',
        actorUserId: viewer.userId,
        subjectType: 'Area',
        subjectId: area.id,
        payload: { name: area.name, sensitivity: area.sensitivity },
      },
    ]);
    return area;
  }

  /** Renames or re-describes an area, or changes its sensitivity (the caller reviews grants). */
  async update(
    actor: Actor,
    id: string,
    input: { name?: string; description?: string; sensitivity?: AreaSensitivity },
  ): Promise<{ area: AreaEntity; previousSensitivity: AreaSensitivity }> {
    const viewer = requireViewer(actor);
    const found = await findAllowed(
      this.db.manager,
      AreaEntity,
      Subject.Area,
      actor,
      Action.Update,
      id,
      { label: 'Area' },
    );
    await lockOpenCollaboration(this.db, actor, Action.Update, found.collaborationId);
    const area = await this.db
      .repo(AreaEntity)
      .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const previousSensitivity = area.sensitivity;
    if (input.name !== undefined && input.name !== area.name) {
      const clash = await this.db
        .repo(AreaEntity)
        .exists({ where: { collaborationId: area.collaborationId, name: input.name } });
      if (clash)
        throw AppError.conflict('An area with this name already exists in this collaboration.', {
          field: 'name',
        });
      area.name = input.name;
    }
    if (input.description !== undefined) area.description = input.description;
    if (input.sensitivity !== undefined) area.sensitivity = input.sensitivity;
    const saved = await this.db.repo(AreaEntity).save(area);
    await this.audit.append(area.collaborationId, [
      {
        action: 'area.updated',
        actorUserId: viewer.userId,
        subjectType: 'Area',
        subjectId: area.id,
        payload: { name: area.name, sensitivity: area.sensitivity, previousSensitivity },
      },
    ]);
    return { area: saved, previousSensitivity };
  }

  /**
   * Archives an area, or brings it back (ADR 0040). An area is never deleted: items, grants,
   * ledger values and organizations' declared activity name it. Archived, it keeps all that and
   * takes no new items; its grants stay as they are (the facilitator may revoke them).
   */
  async setArchived(actor: Actor, id: string, archived: boolean): Promise<AreaEntity> {
    const viewer = requireViewer(actor);
    const found = await findAllowed(
      this.db.manager,
      AreaEntity,
      Subject.Area,
      actor,
      Action.Archive,
      id,
      { label: 'Area' },
    );
    await lockOpenCollaboration(this.db, actor, Action.Update, found.collaborationId);
    const areas = this.db.repo(AreaEntity);
    const area = await areas.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (archived === (area.archivedAt !== null)) return area; // already so: nothing to record
    area.archivedAt = archived ? new Date() : null;
    const saved = await areas.save(area);
    await this.audit.append(area.collaborationId, [
      {
        action: archived ? 'area.archived' : 'area.restored',
        actorUserId: viewer.userId,
        subjectType: 'Area',
        subjectId: area.id,
        payload: { name: area.name },
      },
    ]);
    return saved;
  }
}
