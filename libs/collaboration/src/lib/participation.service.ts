import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@alianza/api-core';
import {
  Actor,
  applyAbility,
  canOn,
  findAllowed,
  memberOrganizationsOf,
  requireViewer,
} from '@alianza/authz';
import { AuditEntry, AuditService } from '@alianza/audit';
import { groupBy } from '@alianza/api-core';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { OrganizationService } from '@alianza/organization';
import {
  Action,
  AppError,
  CollaborationStatus,
  ContributionType,
  EntryDirection,
  ErrorReason,
  ParticipationStatus,
  Subject,
} from '@alianza/shared';
import {
  CollaborationHold,
  lockOpenCollaboration,
  takeCollaborationHold,
} from './collaboration.service';
import { CollaborationEntity } from './entities/collaboration.entity';
import { GroundRulesAcceptanceEntity } from './entities/ground-rules-acceptance.entity';
import { GroundRulesVersionEntity } from './entities/ground-rules-version.entity';
import { ParticipationEntryEntity } from './entities/participation-entry.entity';
import { ParticipationAccepted, ParticipationLeft } from './collaboration.events';
import { ParticipationEntity } from './entities/participation.entity';

const INVITABLE_STATUSES = [CollaborationStatus.DRAFT, CollaborationStatus.ACTIVE];

@Injectable()
export class ParticipationService {
  constructor(
    private readonly db: Db,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  private record(
    actor: Actor,
    action: AuditEntry['action'],
    participation: ParticipationEntity,
    payload: Record<string, unknown> = {},
  ) {
    return this.audit.append(participation.collaborationId, [
      {
        action,
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: 'Participation',
        subjectId: participation.id,
        organizationId: participation.organizationId,
        payload,
      },
    ]);
  }

  /** Participations the actor may read, with their collaboration (for `active`). */
  private visible(actor: Actor) {
    const qb = this.db
      .repo(ParticipationEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.collaboration', 'c');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Participation);
  }

  list(
    actor: Actor,
    page: PageRequest,
    filter: { collaborationId?: string; organizationId?: string; status?: ParticipationStatus },
  ): Promise<PageResult<ParticipationEntity>> {
    const qb = this.visible(actor);
    if (filter.collaborationId)
      qb.andWhere('p.collaboration_id = :cid', { cid: filter.collaborationId });
    if (filter.organizationId)
      qb.andWhere('p.organization_id = :oid', { oid: filter.organizationId });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /**
   * The active participations of a collaboration, for business rules (who an "all active
   * participants" audience is, whether a recipient takes part). Not a read on anyone's behalf:
   * never return these rows to a client.
   */
  async activeIn(collaborationId: string): Promise<ParticipationEntity[]> {
    return this.db
      .repo(ParticipationEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.collaboration', 'c')
      .where('p.collaboration_id = :collaborationId', { collaborationId })
      .andWhere(
        `p.status = 'accepted' AND p.accepted_ground_rules_version = c.current_ground_rules_version`,
      )
      .orderBy('p.created_at', 'ASC')
      .getMany();
  }

  /** The participations of one collaboration that the actor may see, oldest first. */
  /** The participations of several collaborations that the actor may read, oldest first. */
  async ofCollaborations(
    actor: Actor,
    collaborationIds: readonly string[],
    options: { status?: ParticipationStatus; mine?: boolean } = {},
  ): Promise<Map<string, ParticipationEntity[]>> {
    const qb = this.visible(actor)
      .andWhere('p.collaboration_id = ANY(:collaborationIds)', {
        collaborationIds: [...collaborationIds],
      })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (options.status) qb.andWhere('p.status = :status', { status: options.status });
    if (options.mine)
      qb.andWhere('p.organization_id = ANY(:mine)', { mine: memberOrganizationsOf(actor) });
    return groupBy(await qb.getMany(), (p) => p.collaborationId);
  }

  async get(actor: Actor, id: string): Promise<ParticipationEntity> {
    const row = await this.visible(actor).andWhere('p.id = :id', { id }).getOne();
    if (!row) throw AppError.notFound('Participation');
    return row;
  }

  /**
   * Checks `action` on a participation in SQL, then holds its collaboration (`change` when the
   * organization stops taking part) and locks the participation, in that order (the order every
   * writer here uses), refusing closed ones.
   */
  private async lockForChange(
    actor: Actor,
    id: string,
    action: Action,
    hold: CollaborationHold = 'open',
  ) {
    const found = await findAllowed(
      this.db.manager,
      ParticipationEntity,
      Subject.Participation,
      actor,
      action,
      id,
      {
        label: 'Participation',
      },
    );
    await takeCollaborationHold(this.db, found.collaborationId, hold);
    const collaboration = await this.db
      .repo(CollaborationEntity)
      .findOneByOrFail({ id: found.collaborationId });
    if (collaboration.status === CollaborationStatus.CLOSED) {
      throw AppError.conflict('This collaboration is closed: it can no longer change.').because(
        ErrorReason.COLLABORATION_NOT_OPEN,
      );
    }
    const participation = await this.db.repo(ParticipationEntity).findOneOrFail({
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    participation.collaboration = collaboration;
    return { participation, collaboration };
  }

  /** The facilitator invites an organization (or invites it again after it declined or left). */
  async invite(
    actor: Actor,
    collaborationId: string,
    organizationId: string,
    message: string,
  ): Promise<ParticipationEntity> {
    const viewer = requireViewer(actor);
    const collaboration = await lockOpenCollaboration(
      this.db,
      actor,
      Action.Invite,
      collaborationId,
    );
    if (!INVITABLE_STATUSES.includes(collaboration.status)) {
      throw AppError.conflict(
        `The collaboration is ${collaboration.status}: it takes no new invitations.`,
        {
          status: collaboration.status,
        },
      );
    }
    await this.organizations.get(actor, organizationId);
    if (memberOrganizationsOf(actor).includes(organizationId)) {
      throw AppError.conflict(
        'A facilitator stays neutral: you cannot invite an organization you belong to.',
      );
    }
    const participations = this.db.repo(ParticipationEntity);
    const existing = await participations.findOne({
      where: { collaborationId, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    const now = new Date();
    if (existing) {
      if (
        existing.status === ParticipationStatus.INVITED ||
        existing.status === ParticipationStatus.ACCEPTED
      ) {
        throw AppError.conflict(
          `This organization is already ${existing.status} in this collaboration.`,
          {
            participationId: existing.id,
          },
        );
      }
      Object.assign(existing, {
        status: ParticipationStatus.INVITED,
        acceptedGroundRulesVersion: null,
        invitationMessage: message,
        statusReason: null,
        invitedBy: viewer.userId,
        invitedAt: now,
        respondedAt: null,
      });
      const saved = await participations.save(existing);
      saved.collaboration = collaboration;
      await this.record(actor, 'participation.invited', saved, { again: true });
      return saved;
    }
    const created = await participations.save(
      participations.create({
        collaborationId,
        organizationId,
        status: ParticipationStatus.INVITED,
        invitationMessage: message,
        invitedBy: viewer.userId,
        invitedAt: now,
      }),
    );
    created.collaboration = collaboration;
    await this.record(actor, 'participation.invited', created);
    return created;
  }

  /**
   * An owner accepts, for their organization, an invitation by email to a collaboration (see
   * CollaborationInvitationService): the organization becomes invited, as if the facilitator who
   * sent the email had invited it from the directory, or stays as it is when it is invited or
   * taking part already. The database allows the insert only for a pending invitation in force
   * to the owner's address from that facilitator (migration EmailInvitations1795419600000). The
   * caller holds the collaboration open and checks it still takes invitations.
   */
  async joinByEmailInvitation(
    collaborationId: string,
    organizationId: string,
    invitation: { invitedBy: string; message: string },
  ): Promise<ParticipationEntity> {
    // Neither RETURNING nor a conflict target: either makes the database check the new row
    // against the read policy as it is written, and it is readable only once the statement has
    // re-derived the owner's facts (at its end).
    await this.db.query(
      `INSERT INTO participations
         (collaboration_id, organization_id, status, invitation_message, invited_by, invited_at)
       VALUES (:collaborationId, :organizationId, 'invited', :message, :invitedBy, now())
       ON CONFLICT DO NOTHING`,
      {
        collaborationId,
        organizationId,
        message: invitation.message,
        invitedBy: invitation.invitedBy,
      },
    );
    // Made now, or there already: an owner reads it while invited or taking part (not once it
    // declined or left, which only the facilitator can undo).
    const participation = await this.db
      .repo(ParticipationEntity)
      .findOne({ where: { collaborationId, organizationId } });
    if (
      !participation ||
      (participation.status !== ParticipationStatus.INVITED &&
        participation.status !== ParticipationStatus.ACCEPTED)
    ) {
      throw AppError.conflict(
        'This organization declined or left this collaboration before: ask the facilitator to invite it again, or accept for another organization.',
        { field: 'organizationId' },
      );
    }
    return participation;
  }

  /** The facilitator withdraws an invitation or removes a participant. */
  async withdrawInvitation(
    actor: Actor,
    participationId: string,
    reason: string,
  ): Promise<ParticipationEntity> {
    // The organization may stop taking part: no write in the collaboration runs meanwhile.
    const { participation } = await this.lockForChange(
      actor,
      participationId,
      Action.Update,
      'change',
    );
    return this.moveTo(
      actor,
      participation,
      ParticipationStatus.WITHDRAWN,
      [ParticipationStatus.INVITED, ParticipationStatus.ACCEPTED],
      reason,
    );
  }

  /** An owner accepts the ground rules in force: joins (from invited) or keeps taking part. */
  async acceptGroundRules(
    actor: Actor,
    participationId: string,
    groundRulesVersionId: string,
  ): Promise<ParticipationEntity> {
    const viewer = requireViewer(actor);
    const { participation, collaboration } = await this.lockForChange(
      actor,
      participationId,
      Action.Respond,
    );
    const version = await this.db.repo(GroundRulesVersionEntity).findOne({
      where: { id: groundRulesVersionId, collaborationId: collaboration.id },
    });
    if (!version) throw AppError.notFound('Ground rules version');
    if (version.version !== collaboration.currentGroundRulesVersion) {
      throw AppError.conflict(
        `Version ${version.version} of the ground rules is no longer in force: read and accept version ${collaboration.currentGroundRulesVersion}.`,
        { currentVersion: collaboration.currentGroundRulesVersion },
      ).because(ErrorReason.GROUND_RULES_OUTDATED);
    }
    if (
      participation.status !== ParticipationStatus.INVITED &&
      participation.status !== ParticipationStatus.ACCEPTED
    ) {
      throw AppError.invalidTransition(
        `This participation is ${participation.status}: it cannot accept ground rules.`,
      );
    }
    if (
      participation.acceptedGroundRulesVersion === version.version &&
      participation.status === ParticipationStatus.ACCEPTED
    ) {
      throw AppError.conflict(`Version ${version.version} is already accepted.`);
    }
    await this.db.repo(GroundRulesAcceptanceEntity).insert({
      collaborationId: collaboration.id,
      participationId: participation.id,
      organizationId: participation.organizationId,
      groundRulesVersionId: version.id,
      version: version.version,
      acceptedBy: viewer.userId,
    });
    const joins = participation.status === ParticipationStatus.INVITED;
    if (joins) participation.respondedAt = new Date();
    participation.status = ParticipationStatus.ACCEPTED;
    participation.acceptedGroundRulesVersion = version.version;
    const saved = await this.db.repo(ParticipationEntity).save(participation);
    saved.collaboration = collaboration;
    await this.record(actor, 'ground_rules.accepted', saved, { version: version.version });
    if (joins) await this.events.publish(new ParticipationAccepted(saved, actor));
    return saved;
  }

  async decline(
    actor: Actor,
    participationId: string,
    reason: string,
  ): Promise<ParticipationEntity> {
    const { participation } = await this.lockForChange(actor, participationId, Action.Respond);
    return this.moveTo(
      actor,
      participation,
      ParticipationStatus.DECLINED,
      [ParticipationStatus.INVITED],
      reason,
    );
  }

  async withdraw(
    actor: Actor,
    participationId: string,
    reason: string,
  ): Promise<ParticipationEntity> {
    const { participation } = await this.lockForChange(
      actor,
      participationId,
      Action.Respond,
      'change',
    );
    return this.moveTo(
      actor,
      participation,
      ParticipationStatus.WITHDRAWN,
      [ParticipationStatus.ACCEPTED],
      reason,
    );
  }

  private async moveTo(
    actor: Actor,
    participation: ParticipationEntity,
    to: ParticipationStatus,
    from: ParticipationStatus[],
    reason: string,
  ): Promise<ParticipationEntity> {
    if (!from.includes(participation.status)) {
      throw AppError.invalidTransition(
        `This participation is ${participation.status}: it cannot become ${to}.`,
        {
          from: participation.status,
          to,
        },
      );
    }
    const collaboration = participation.collaboration;
    participation.status = to;
    participation.statusReason = reason || null;
    participation.respondedAt = new Date();
    const saved = await this.db.repo(ParticipationEntity).save(participation);
    saved.collaboration = collaboration;
    await this.record(actor, `participation.${to}`, saved, { reason });
    if (to === ParticipationStatus.WITHDRAWN) {
      await this.events.publish(new ParticipationLeft(saved, actor));
    }
    return saved;
  }

  // --- What the organization seeks and offers -------------------------------------------

  /** What several participations seek or offer, as the actor may read it, oldest first. */
  async entriesOf(
    actor: Actor,
    participationIds: readonly string[],
    direction?: EntryDirection,
  ): Promise<Map<string, ParticipationEntryEntity[]>> {
    const qb = this.db
      .repo(ParticipationEntryEntity)
      .createQueryBuilder('e')
      .where('e.participation_id = ANY(:participationIds)', {
        participationIds: [...participationIds],
      })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (direction) qb.andWhere('e.direction = :direction', { direction });
    applyAbility(qb, actor.ability, Action.Read, Subject.ParticipationEntry);
    return groupBy(await qb.getMany(), (e) => e.participationId);
  }

  async addEntry(
    actor: Actor,
    participationId: string,
    input: { direction: EntryDirection; contributionType: ContributionType; description: string },
  ): Promise<ParticipationEntryEntity> {
    const viewer = requireViewer(actor);
    const participation = await this.get(actor, participationId);
    if (!canOn(actor, Action.Create, Subject.ParticipationEntry, { participationId })) {
      throw AppError.forbidden(
        'Only members of this organization can say what it seeks and offers.',
      );
    }
    await this.lockForChange(actor, participationId, Action.Read);
    const entries = this.db.repo(ParticipationEntryEntity);
    return entries.save(
      entries.create({
        ...input,
        participationId,
        collaborationId: participation.collaborationId,
        organizationId: participation.organizationId,
        createdBy: viewer.userId,
      }),
    );
  }

  async updateEntry(
    actor: Actor,
    entryId: string,
    input: { contributionType?: ContributionType; description?: string },
  ): Promise<ParticipationEntryEntity> {
    const entry = await findAllowed(
      this.db.manager,
      ParticipationEntryEntity,
      Subject.ParticipationEntry,
      actor,
      Action.Update,
      entryId,
      {
        label: 'Entry',
        lock: true,
      },
    );
    await this.lockForChange(actor, entry.participationId, Action.Read);
    if (input.contributionType !== undefined) entry.contributionType = input.contributionType;
    if (input.description !== undefined) entry.description = input.description;
    return this.db.repo(ParticipationEntryEntity).save(entry);
  }

  async removeEntry(actor: Actor, entryId: string): Promise<ParticipationEntryEntity> {
    const entry = await findAllowed(
      this.db.manager,
      ParticipationEntryEntity,
      Subject.ParticipationEntry,
      actor,
      Action.Delete,
      entryId,
      {
        label: 'Entry',
        lock: true,
      },
    );
    await this.lockForChange(actor, entry.participationId, Action.Read);
    await this.db.repo(ParticipationEntryEntity).delete({ id: entry.id });
    return entry;
  }
}
