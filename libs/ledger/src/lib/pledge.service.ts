import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditService } from '@alianza/audit';
import { Actor, applyAbility, requireViewer } from '@alianza/authz';
import {
  CollaborationService,
  lockOpenCollaboration,
  lockRowInOpenCollaboration,
  ParticipationService,
} from '@alianza/collaboration';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import {
  Action,
  AppError,
  ContributionType,
  ErrorReason,
  LedgerEntryStatus,
  PledgeStatus,
  Subject,
} from '@alianza/shared';
import { In } from 'typeorm';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import { PledgeEntity } from './entities/pledge.entity';

export const isPledgeOverdue = (p: PledgeEntity, on = new Date().toISOString().slice(0, 10)) =>
  p.status === PledgeStatus.OPEN && p.dueOn < on;

/** Pledges: "I will give this, to them, by then" — fulfilled by confirmed ledger entries. */
@Injectable()
export class PledgeService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
  ) {}

  list(actor: Actor, collaborationId: string, status?: PledgeStatus): Promise<PledgeEntity[]> {
    return this.listOf(actor, [collaborationId], status);
  }

  /** A page of the pledges of a collaboration the actor may read, by due date. */
  page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    status?: PledgeStatus,
  ): Promise<PageResult<PledgeEntity>> {
    const qb = this.db
      .repo(PledgeEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = :collaborationId', { collaborationId });
    if (status) qb.andWhere('p.status = :status', { status });
    applyAbility(qb, actor.ability, Action.Read, Subject.Pledge);
    return paginate(qb, page, ['dueOn', 'id'], 'ASC');
  }

  /** The pledges of several collaborations the actor may read, by due date. */
  listOf(
    actor: Actor,
    collaborationIds: readonly string[],
    status?: PledgeStatus,
  ): Promise<PledgeEntity[]> {
    const qb = this.db
      .repo(PledgeEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = ANY(:collaborationIds)', {
        collaborationIds: [...collaborationIds],
      })
      .orderBy('p.due_on', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (status) qb.andWhere('p.status = :status', { status });
    return applyAbility(qb, actor.ability, Action.Read, Subject.Pledge).getMany();
  }

  async make(
    actor: Actor,
    collaborationId: string,
    input: {
      receiverOrganizationId?: string;
      contributionType: ContributionType;
      description: string;
      dueOn: string;
    },
  ): Promise<PledgeEntity> {
    const viewer = requireViewer(actor);
    const pledger = await this.collaborations.actingOrganizationFor(
      actor,
      collaborationId,
      { action: Action.Create, subject: Subject.Pledge, owner: 'pledgerOrganizationId' },
      'Only members of an active participant make pledges for it.',
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const receiver = input.receiverOrganizationId?.toLowerCase() ?? null;
    if (receiver) {
      const active = new Set(
        (await this.participations.activeIn(collaborationId)).map((p) => p.organizationId),
      );
      if (receiver === pledger || !active.has(receiver)) {
        throw AppError.badInput('The receiver must be another active participant.', {
          field: 'receiverOrganizationId',
        });
      }
    }
    const repo = this.db.repo(PledgeEntity);
    const pledge = await repo.save(
      repo.create({
        collaborationId,
        pledgerOrganizationId: pledger,
        receiverOrganizationId: receiver,
        contributionType: input.contributionType,
        description: input.description,
        dueOn: input.dueOn,
        status: PledgeStatus.OPEN,
        fulfilledByEntryIds: [],
        cancelReason: null,
        createdBy: viewer.userId,
      }),
    );
    await this.record(actor, pledge, 'ledger.pledged', {
      description: pledge.description,
      dueOn: pledge.dueOn,
    });
    return pledge;
  }

  /** The pledger (or the facilitator) names the confirmed entries that fulfil the pledge. */
  async fulfil(actor: Actor, pledgeId: string, entryIds: string[]): Promise<PledgeEntity> {
    const pledge = await this.lockOpen(actor, pledgeId);
    const entries = await this.db.repo(LedgerEntryEntity).find({ where: { id: In(entryIds) } });
    const fits = (e: LedgerEntryEntity) =>
      e.collaborationId === pledge.collaborationId &&
      e.status === LedgerEntryStatus.CONFIRMED &&
      e.giverOrganizationId === pledge.pledgerOrganizationId &&
      (pledge.receiverOrganizationId === null ||
        e.receiverOrganizationId === pledge.receiverOrganizationId);
    if (entries.length !== new Set(entryIds).size || !entries.every(fits)) {
      throw AppError.badInput(
        'Fulfil a pledge with confirmed entries its organization gave to the pledged receiver.',
        {
          field: 'entryIds',
        },
      );
    }
    pledge.status = PledgeStatus.FULFILLED;
    pledge.fulfilledByEntryIds = entries.map((e) => e.id);
    const saved = await this.db.repo(PledgeEntity).save(pledge);
    await this.record(actor, pledge, 'ledger.pledge_fulfilled', {
      entryIds: pledge.fulfilledByEntryIds,
    });
    return saved;
  }

  async cancel(actor: Actor, pledgeId: string, reason: string): Promise<PledgeEntity> {
    const pledge = await this.lockOpen(actor, pledgeId);
    pledge.status = PledgeStatus.CANCELLED;
    pledge.cancelReason = reason;
    const saved = await this.db.repo(PledgeEntity).save(pledge);
    await this.record(actor, pledge, 'ledger.pledge_cancelled', { reason });
    return saved;
  }

  private async lockOpen(actor: Actor, pledgeId: string): Promise<PledgeEntity> {
    const pledge = await lockRowInOpenCollaboration(
      this.db,
      PledgeEntity,
      Subject.Pledge,
      actor,
      Action.Update,
      pledgeId,
      'Pledge',
    );
    if (pledge.status !== PledgeStatus.OPEN)
      throw AppError.conflict(`This pledge is already ${pledge.status}.`).because(
        ErrorReason.ALREADY_ANSWERED,
      );
    return pledge;
  }

  private record(
    actor: Actor,
    pledge: PledgeEntity,
    action: AuditEntry['action'],
    payload: Record<string, unknown>,
  ) {
    return this.audit.append(pledge.collaborationId, [
      {
        action,
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: 'Pledge',
        subjectId: pledge.id,
        organizationId: pledge.pledgerOrganizationId,
        counterpartOrganizationId: pledge.receiverOrganizationId,
        payload,
      },
    ]);
  }
}
