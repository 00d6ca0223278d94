import { Injectable } from '@nestjs/common';
import { abilityToSql, Actor, applyAbility, findAllowed, requireViewer } from '@alianza/authz';
import { lockOpenCollaboration, ParticipationEntity } from '@alianza/collaboration';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, AppError, ParticipationStatus, Subject } from '@alianza/shared';
import { In, SelectQueryBuilder } from 'typeorm';
import { AreaService } from './area.service';
import { AuditService } from '@alianza/audit';
import { OverlapNoteEntity } from './entities/overlap-note.entity';
import { OverlapEntity } from './entities/overlap.entity';

/**
 * An overlap as one caller may read it: the facilitator's note (kept in `overlap_notes`, which
 * only the facilitator reads) only where `noteVisible`, '' otherwise.
 */
export interface VisibleOverlap {
  overlap: OverlapEntity;
  note: string;
  noteVisible: boolean;
}

/** What the facilitator writes about an overlap: a note for itself, a text for the parties. */
export interface OverlapNotes {
  note?: string;
  sharedNote?: string;
}

@Injectable()
export class OverlapService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly areas: AreaService,
  ) {}

  list(actor: Actor, collaborationId: string, areaId?: string): Promise<VisibleOverlap[]> {
    const qb = this.db
      .repo(OverlapEntity)
      .createQueryBuilder('o')
      .where('o.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('o.created_at', 'ASC');
    if (areaId) qb.andWhere('o.area_id = :areaId', { areaId });
    return this.visible(actor, qb);
  }

  /** A page of the overlaps of a collaboration the actor may read, oldest first. */
  async page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<VisibleOverlap>> {
    const qb = this.db
      .repo(OverlapEntity)
      .createQueryBuilder('o')
      .where('o.collaboration_id = :collaborationId', { collaborationId });
    applyAbility(qb, actor.ability, Action.Read, Subject.Overlap);
    const found = await paginate(qb, page, ['createdAt', 'id'], 'ASC');
    const ids = found.nodes.map((overlap) => overlap.id);
    const read = new Map(
      (
        await this.visible(
          actor,
          this.db.repo(OverlapEntity).createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }),
        )
      ).map((v) => [v.overlap.id, v]),
    );
    // Read twice under the same rules: a row gone between the two reads leaves its page.
    const nodes: VisibleOverlap[] = [];
    const cursors: string[] = [];
    found.nodes.forEach((overlap, i) => {
      const visible = read.get(overlap.id);
      if (!visible) return;
      nodes.push(visible);
      cursors.push(found.cursors[i] as string);
    });
    return { ...found, nodes, cursors };
  }

  /**
   * Reads overlaps with, in the same SQL, whether the caller may read the facilitator's note
   * (`readDetails` on the overlap: its facilitator only) and the note itself, from its own table:
   * row-level security returns no note row to anyone else. Any other row's note is blanked.
   */
  private async visible(
    actor: Actor,
    qb: SelectQueryBuilder<OverlapEntity>,
  ): Promise<VisibleOverlap[]> {
    const details = abilityToSql(
      actor.ability,
      Action.ReadDetails,
      Subject.Overlap,
      qb.alias,
      this.db.manager.connection.getMetadata(OverlapEntity),
    );
    qb.addSelect(`(${details.sql})`, 'note_visible')
      .leftJoin(OverlapNoteEntity, 'overlap_note', 'overlap_note.overlap_id = o.id')
      .addSelect('overlap_note.note', 'overlap_note_text')
      .setParameters(details.params);
    applyAbility(qb, actor.ability, Action.Read, Subject.Overlap);
    const { entities, raw } = await qb.getRawAndEntities();
    return entities.map((overlap, i) => {
      const row = raw[i] as { note_visible: boolean; overlap_note_text: string | null };
      const noteVisible = row.note_visible === true;
      return { overlap, note: noteVisible ? (row.overlap_note_text ?? '') : '', noteVisible };
    });
  }

  /** One overlap as `actor` may read it (after a change by its facilitator). */
  private async one(actor: Actor, id: string): Promise<VisibleOverlap> {
    const qb = this.db.repo(OverlapEntity).createQueryBuilder('o').where('o.id = :id', { id });
    const [found] = await this.visible(actor, qb);
    if (!found) throw AppError.notFound('Overlap');
    return found;
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
    input: { organizationIds: string[] } & OverlapNotes,
  ): Promise<VisibleOverlap> {
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
        sharedNote: input.sharedNote ?? '',
        createdBy: viewer.userId,
      }),
    );
    const note = input.note ?? '';
    await this.db
      .repo(OverlapNoteEntity)
      .insert({ overlapId: overlap.id, collaborationId: area.collaborationId, note });
    await this.audit.append(area.collaborationId, [
      {
        action: 'overlap.declared',
        actorUserId: viewer.userId,
        subjectType: 'Overlap',
        subjectId: overlap.id,
        payload: { areaId, organizationIds, note, sharedNote: overlap.sharedNote },
      },
    ]);
    return this.one(actor, overlap.id);
  }

  async update(
    actor: Actor,
    id: string,
    input: { organizationIds?: string[] } & OverlapNotes,
  ): Promise<VisibleOverlap> {
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
    if (input.sharedNote !== undefined) overlap.sharedNote = input.sharedNote;
    const saved = await this.db.repo(OverlapEntity).save(overlap);
    const notes = this.db.repo(OverlapNoteEntity);
    // Every overlap has its note row (created with it, or by the migration that moved notes).
    if (input.note !== undefined)
      await notes.update({ overlapId: overlap.id }, { note: input.note });
    const note = (await notes.findOneBy({ overlapId: overlap.id }))?.note ?? '';
    await this.audit.append(overlap.collaborationId, [
      {
        action: 'overlap.updated',
        actorUserId: viewer.userId,
        subjectType: 'Overlap',
        subjectId: overlap.id,
        payload: {
          organizationIds: saved.organizationIds,
          note,
          sharedNote: saved.sharedNote,
        },
      },
    ]);
    return this.one(actor, saved.id);
  }

  async remove(actor: Actor, id: string): Promise<VisibleOverlap> {
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
    const removed = await this.one(actor, id);
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
    return removed;
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
