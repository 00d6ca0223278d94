import { Injectable } from '@nestjs/common';
import { Actor, applyAbility, findAllowed, requireViewer } from '@alianza/authz';
import { lockOpenCollaboration, ParticipationEntity } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { Action, AppError, ParticipationStatus, Subject } from '@alianza/shared';
import { In } from 'typeorm';
import { AreaService } from './area.service';
import { AuditService } from '@alianza/audit';
import { OverlapEntity } from './entities/overlap.entity';

@Injectable()
export class OverlapService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly areas: AreaService,
  ) {}

  list(actor: Actor, collaborationId: string, areaId?: string): Promise<OverlapEntity[]> {
    const qb = this.db
      .repo(OverlapEntity)
      .createQueryBuilder('o')
      .where('o.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('o.created_at', 'ASC');
    if (areaId) qb.andWhere('o.area_id = :areaId', { areaId });
    return applyAbility(qb, actor.ability, Action.Read, Subject.Overlap).getMany();
  }

  /**
   * Overlaps of an area that contain the owner and at least one of the recipients: a
   * disclosure crossing them is flagged. A business rule, not a read for a client.
   */
  async crossing(
    areaId: string,
    ownerOrganizationId: string,
    recipientIds: string[],
  ): Promise<OverlapEntity[]> {
    if (recipientIds.length === 0) return [];
    return this.db
      .repo(OverlapEntity)
      .createQueryBuilder('o')
      .where('o.area_id = :areaId', { areaId })
      .andWhere(':owner = ANY(o.organization_ids)', { owner: ownerOrganizationId })
      .andWhere('o.organization_ids && CAST(:recipients AS uuid[])', { recipients: recipientIds })
      .orderBy('o.created_at', 'ASC')
      .getMany();
  }

  async declare(
    actor: Actor,
    areaId: string,
    input: { organizationIds: string[]; description: string },
  ): Promise<OverlapEntity> {
    const viewer = requireViewer(actor);
    const area = await this.areas.get(actor, areaId);
    await lockOpenCollaboration(this.db, actor, Action.Update, area.collaborationId);
    const organizationIds = await this.checkParticipants(
      area.collaborationId,
      input.organizationIds,
    );
    const overlaps = this.db.repo(OverlapEntity);
    const overlap = await overlaps.save(
      overlaps.create({
        collaborationId: area.collaborationId,
        areaId,
        organizationIds,
        description: input.description,
        createdBy: viewer.userId,
      }),
    );
    await this.audit.append(area.collaborationId, [
      {
        action: 'overlap.declared',
        actorUserId: viewer.userId,
        subjectType: 'Overlap',
        subjectId: overlap.id,
        payload: { areaId, organizationIds, description: overlap.description },
      },
    ]);
    return overlap;
  }

  async update(
    actor: Actor,
    id: string,
    input: { organizationIds?: string[]; description?: string },
  ): Promise<OverlapEntity> {
    const viewer = requireViewer(actor);
    const overlap = await findAllowed(
      this.db.manager,
      OverlapEntity,
      Subject.Overlap,
      actor,
      Action.Update,
      id,
      {
        label: 'Overlap',
        lock: true,
      },
    );
    await lockOpenCollaboration(this.db, actor, Action.Update, overlap.collaborationId);
    if (input.organizationIds)
      overlap.organizationIds = await this.checkParticipants(
        overlap.collaborationId,
        input.organizationIds,
      );
    if (input.description !== undefined) overlap.description = input.description;
    const saved = await this.db.repo(OverlapEntity).save(overlap);
    await this.audit.append(overlap.collaborationId, [
      {
        action: 'overlap.updated',
        actorUserId: viewer.userId,
        subjectType: 'Overlap',
        subjectId: overlap.id,
        payload: { organizationIds: saved.organizationIds, description: saved.description },
      },
    ]);
    return saved;
  }

  async remove(actor: Actor, id: string): Promise<OverlapEntity> {
    const viewer = requireViewer(actor);
    const overlap = await findAllowed(
      this.db.manager,
      OverlapEntity,
      Subject.Overlap,
      actor,
      Action.Delete,
      id,
      {
        label: 'Overlap',
        lock: true,
      },
    );
    await lockOpenCollaboration(this.db, actor, Action.Update, overlap.collaborationId);
    await this.db.repo(OverlapEntity).delete({ id });
    await this.audit.append(overlap.collaborationId, [
      {
        action: 'overlap.removed',
        actorUserId: viewer.userId,
        subjectType: 'Overlap',
        subjectId: id,
        payload: {},
      },
    ]);
    return overlap;
  }

  /** Two or more distinct organizations, each invited to or taking part in the collaboration. */
  private async checkParticipants(
    collaborationId: string,
    organizationIds: string[],
  ): Promise<string[]> {
    const ids = [...new Set(organizationIds.map((id) => id.toLowerCase()))];
    if (ids.length < 2)
      throw AppError.badInput('An overlap needs at least two different organizations.', {
        field: 'organizationIds',
      });
    const found = await this.db.repo(ParticipationEntity).find({
      where: {
        collaborationId,
        organizationId: In(ids),
        status: In([ParticipationStatus.INVITED, ParticipationStatus.ACCEPTED]),
      },
    });
    if (found.length !== ids.length) {
      throw AppError.badInput(
        'Every organization of an overlap must take part in the collaboration.',
        { field: 'organizationIds' },
      );
    }
    return ids.sort();
  }
}
