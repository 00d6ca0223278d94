import { Injectable } from '@nestjs/common';
import { AuditService } from '@alianza/audit';
import { activeOrganizationsIn, Actor, canOn, requireViewer } from '@alianza/authz';
import {
  CollaborationService,
  lockOpenCollaboration,
  ParticipationService,
} from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { AreaEntity } from '@alianza/disclosure';
import { NotificationService } from '@alianza/notification';
import { Action, AppError, ErrorReason, NotificationKind, present, Subject } from '@alianza/shared';
import { In } from 'typeorm';
import { MAX_BENCHMARK_VALUE, metricKey } from './benchmark-statistics';
import {
  BenchmarkRoundReadService,
  BenchmarkRoundTerms,
  BenchmarkRoundView,
} from './benchmark-round-read.service';
import { DpRoundRequest, dpRoundSettings, DpRoundSettings } from './dp-rounds';
import { BenchmarkParticipantEntity } from './entities/benchmark-participant.entity';
import { BenchmarkPublicationMode, BenchmarkRoundEntity } from './entities/benchmark-round.entity';

/** What the facilitator asks for when defining a round. */
export interface NewBenchmarkRound extends BenchmarkRoundTerms {
  areaId?: string | null;
  /** Required for (and only for) differential privacy. */
  differentialPrivacy?: DpRoundRequest | null;
  /** Default: now. */
  opensAt?: Date | null;
  closesAt: Date;
  participantOrganizationIds: string[];
}

/**
 * k-anonymous benchmarking, the life of a round until it closes: the facilitator defines it,
 * the organizations asked are told when it opens, and each submits its value privately while it
 * is open. Closing and publishing: `BenchmarkCloseService`; reading: `BenchmarkRoundReadService`.
 */
@Injectable()
export class BenchmarkRoundService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
    private readonly reads: BenchmarkRoundReadService,
  ) {}

  /** The facilitator defines a round; participants are told when it opens. */
  async create(
    actor: Actor,
    collaborationId: string,
    input: NewBenchmarkRound,
  ): Promise<BenchmarkRoundView> {
    const viewer = requireViewer(actor);
    if (!canOn(actor, Action.Create, Subject.BenchmarkRound, { collaborationId })) {
      await this.collaborations.get(actor, collaborationId);
      throw AppError.forbidden('Only the facilitator defines benchmark rounds.');
    }
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const now = new Date();
    const opensAt = input.opensAt ?? now;
    if (input.closesAt.getTime() <= opensAt.getTime()) {
      throw AppError.badInput('The round must close after it opens.', { field: 'closesAt' });
    }
    if (input.closesAt.getTime() <= now.getTime()) {
      throw AppError.badInput('The closing date must be in the future.', { field: 'closesAt' });
    }
    const participants = [
      ...new Set(input.participantOrganizationIds.map((id) => id.toLowerCase())),
    ];
    const active = new Set(
      (await this.participations.activeIn(collaborationId)).map((p) => p.organizationId),
    );
    if (participants.length < 2 || participants.some((id) => !active.has(id))) {
      throw AppError.badInput(
        'Choose at least two organizations, all active participants of this collaboration.',
        { field: 'participantOrganizationIds' },
      );
    }
    const areaId = input.areaId?.toLowerCase() ?? null;
    if (
      areaId &&
      !(await this.db.repo(AreaEntity).existsBy({ id: areaId, collaborationId: collaborationId }))
    ) {
      throw AppError.badInput('Choose an area of this collaboration.', { field: 'areaId' });
    }

    const differentialPrivacy = this.privacySettings(input);

    const opensNow = opensAt.getTime() <= now.getTime();
    const repo = this.db.repo(BenchmarkRoundEntity);
    const round = await repo.save(
      repo.create({
        collaborationId,
        metricName: input.metricName,
        unit: input.unit,
        metricKey: metricKey(input.metricName, input.unit),
        areaId,
        higherIsBetter: input.higherIsBetter,
        summable: input.summable,
        k: input.k,
        participantCount: participants.length,
        dominanceCap: input.dominanceCap,
        facilitatorSeesValues: input.facilitatorSeesValues,
        publicationMode: input.publicationMode,
        differentialPrivacy,
        opensAt,
        closesAt: input.closesAt,
        createdBy: viewer.userId,
        openNotifiedAt: opensNow ? now : null,
        closedAt: null,
        closedBy: null,
        outcome: null,
        withheldReason: null,
        result: null,
        contributorOrganizationIds: null,
      }),
    );
    await this.db.repo(BenchmarkParticipantEntity).insert(
      participants.map((organizationId) => ({
        roundId: round.id,
        organizationId,
        collaborationId,
      })),
    );
    await this.audit.append(collaborationId, [
      {
        action: 'benchmark.round_created',
        actorUserId: viewer.userId,
        subjectType: 'BenchmarkRound',
        subjectId: round.id,
        payload: {
          metricName: round.metricName,
          unit: round.unit,
          areaId,
          higherIsBetter: round.higherIsBetter,
          summable: round.summable,
          k: round.k,
          dominanceCap: round.dominanceCap,
          facilitatorSeesValues: round.facilitatorSeesValues,
          publicationMode: round.publicationMode,
          differentialPrivacy: differentialPrivacy && { ...differentialPrivacy },
          opensAt: round.opensAt.toISOString(),
          closesAt: round.closesAt.toISOString(),
          participantOrganizationIds: participants,
        },
      },
    ]);
    if (opensNow) await this.notifyOpen(round, participants);
    return this.reads.get(actor, round.id);
  }

  /**
   * The differential-privacy settings of a new round: required exactly when its mode asks for
   * them, validated (BAD_USER_INPUT naming `differentialPrivacy.<field>`).
   */
  private privacySettings(input: NewBenchmarkRound): DpRoundSettings | null {
    const request = input.differentialPrivacy ?? null;
    if (input.publicationMode !== BenchmarkPublicationMode.DIFFERENTIAL_PRIVACY) {
      if (request)
        throw AppError.badInput('Privacy settings apply only to rounds with noise added.', {
          field: 'differentialPrivacy',
        });
      return null;
    }
    if (!request)
      throw AppError.badInput('Give the plausible range and the privacy level.', {
        field: 'differentialPrivacy',
      });
    return dpRoundSettings(request, input.summable);
  }

  /**
   * A member of an organization asked to take part submits (or replaces) its value while the
   * round is open. The value is audited as "submitted", never with the value itself.
   */
  async submit(actor: Actor, roundId: string, value: number): Promise<BenchmarkRoundView> {
    const viewer = requireViewer(actor);
    await this.reads.get(actor, roundId); // NOT_FOUND unless the actor sees the round
    const round = await this.db
      .repo(BenchmarkRoundEntity)
      .findOneOrFail({ where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
    const mine = activeOrganizationsIn(actor, round.collaborationId);
    const seat = mine.length
      ? await this.db
          .repo(BenchmarkParticipantEntity)
          .createQueryBuilder('p')
          .where('p.round_id = :roundId AND p.organization_id = ANY(:mine)', { roundId, mine })
          .orderBy('p.organization_id', 'ASC')
          .getOne()
      : null;
    if (
      !seat ||
      !canOn(actor, Action.Submit, Subject.BenchmarkSubmission, {
        collaborationId: round.collaborationId,
        organizationId: seat.organizationId,
      })
    ) {
      throw AppError.forbidden('Only the organizations asked to take part submit to this round.');
    }
    const now = new Date();
    if (round.closedAt || now.getTime() >= round.closesAt.getTime()) {
      throw AppError.invalidTransition('This round is closed: it takes no more values.', {
        status: 'closed',
      }).because(ErrorReason.ROUND_NOT_OPEN);
    }
    if (now.getTime() < round.opensAt.getTime()) {
      throw AppError.invalidTransition('This round is not open yet.', {
        status: 'scheduled',
      }).because(ErrorReason.ROUND_NOT_OPEN);
    }
    if (!Number.isFinite(value) || Math.abs(value) > MAX_BENCHMARK_VALUE) {
      throw AppError.badInput('Enter a number of a sensible size.', { field: 'value' });
    }
    if (round.summable && value < 0) {
      throw AppError.badInput('This metric adds up across organizations: enter zero or more.', {
        field: 'value',
      });
    }
    const [saved] = await this.db.query<{ id: string; replaced: boolean }>(
      `INSERT INTO benchmark_submissions
         (round_id, collaboration_id, organization_id, value, facilitator_sees_values, submitted_by, submitted_at)
       VALUES (:roundId, :collaborationId, :organizationId, :value, :facilitatorSeesValues, :userId, now())
       ON CONFLICT ON CONSTRAINT benchmark_submissions_round_org_key
       DO UPDATE SET value = EXCLUDED.value, submitted_by = EXCLUDED.submitted_by, submitted_at = EXCLUDED.submitted_at
       RETURNING id, (xmax::text <> '0') AS replaced`,
      {
        roundId,
        collaborationId: round.collaborationId,
        organizationId: seat.organizationId,
        value,
        facilitatorSeesValues: round.facilitatorSeesValues,
        userId: viewer.userId,
      },
    );
    const submission = present(saved, 'saved submission');
    await this.audit.append(round.collaborationId, [
      {
        action: 'benchmark.submitted',
        actorUserId: viewer.userId,
        subjectType: 'BenchmarkSubmission',
        subjectId: submission.id,
        organizationId: seat.organizationId,
        payload: { roundId, replaced: submission.replaced },
      },
    ]);
    return this.reads.get(actor, roundId);
  }

  /**
   * Tells the participants of rounds that opened since the last pass (once per round; at most
   * 100 a pass). Returns how many rounds it announced.
   */
  async announceOpened(): Promise<number> {
    return this.db.transaction(async () => {
      const rounds = this.db.repo(BenchmarkRoundEntity);
      const due = await rounds
        .createQueryBuilder('r')
        .where('r.open_notified_at IS NULL AND r.closed_at IS NULL')
        .andWhere('r.opens_at <= now() AND r.closes_at > now()')
        .limit(100)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (due.length > 0) {
        await rounds.update({ id: In(due.map((r) => r.id)) }, { openNotifiedAt: new Date() });
      }
      for (const round of due) await this.notifyOpen(round, await this.participantIds(round.id));
      return due.length;
    });
  }

  private async notifyOpen(round: BenchmarkRoundEntity, organizationIds: string[]): Promise<void> {
    await this.notifications.notifyOrganizations(organizationIds, {
      collaborationId: round.collaborationId,
      kind: NotificationKind.BENCHMARK_OPEN,
      title: `Benchmark "${round.metricName}" is open: submit your value`,
      subject: round.metricName,
      payload: { roundId: round.id },
    });
  }

  private async participantIds(roundId: string): Promise<string[]> {
    return (await this.db.repo(BenchmarkParticipantEntity).find({ where: { roundId } })).map(
      (p) => p.organizationId,
    );
  }
}
