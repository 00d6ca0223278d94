import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@alianza/audit';
import {
  abilityToSql,
  activeOrganizationsIn,
  Actor,
  applyAbility,
  canOn,
  findAllowed,
  requireViewer,
} from '@alianza/authz';
import {
  CollaborationService,
  lockOpenCollaboration,
  ParticipationService,
} from '@alianza/collaboration';
import { groupBy, requestListLoader } from '@alianza/api-core';
import { Db, Claims } from '@alianza/db';
import { AreaEntity } from '@alianza/disclosure';
import { NotificationService } from '@alianza/notification';
import { Action, AppError, ErrorReason, NotificationKind, present, Subject } from '@alianza/shared';
import { EntityTarget, In, ObjectLiteral } from 'typeorm';
import {
  BenchmarkPublication,
  decideRound,
  MAX_BENCHMARK_VALUE,
  metricKey,
  normalizeLabel,
} from './benchmark-statistics';
import {
  BenchmarkOutcome,
  BenchmarkPublicationMode,
  BenchmarkWithheldReason,
} from './benchmark.enums';
import {
  BenchmarkParticipantEntity,
  BenchmarkRoundEntity,
  BenchmarkSubmissionEntity,
} from './benchmarking.entities';
import {
  decideDpRound,
  DpPublication,
  DpRoundRequest,
  dpRoundSettings,
  DpRoundSettings,
} from './dp-rounds';

export interface CreateBenchmarkRoundInput {
  metricName: string;
  unit: string;
  areaId?: string | null;
  higherIsBetter: boolean;
  summable: boolean;
  k: number;
  dominanceCap: number;
  facilitatorSeesValues: boolean;
  publicationMode: BenchmarkPublicationMode;
  /** Required for (and only for) differential privacy. */
  differentialPrivacy?: DpRoundRequest | null;
  /** Default: now. */
  opensAt?: Date | null;
  closesAt: Date;
  participantOrganizationIds: string[];
}

/** An organization's own submission, as its members (or an allowed facilitator) read it. */
export interface BenchmarkSubmissionView {
  organizationId: string;
  value: number;
  submittedAt: Date;
}

/**
 * A round as one caller may see it. Every field that is not for everyone who sees the round is
 * decided in the SQL that reads it (null when not for this caller): the roster, the submission
 * count and the withheld reason for the facilitator; the outcome for the facilitator and the
 * organizations that submitted; the aggregates for the facilitator and, once published, for the
 * organizations that submitted ("give to get").
 */
export interface BenchmarkRoundView {
  id: string;
  collaborationId: string;
  metricName: string;
  unit: string;
  areaId: string | null;
  higherIsBetter: boolean;
  summable: boolean;
  k: number;
  dominanceCap: number;
  facilitatorSeesValues: boolean;
  publicationMode: BenchmarkPublicationMode;
  differentialPrivacy: DpRoundSettings | null;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  participantCount: number;
  /** The caller runs this round (reads it as its facilitator). */
  asFacilitator: boolean;
  participantOrganizationIds: string[] | null;
  submissionCount: number | null;
  outcome: BenchmarkOutcome | null;
  withheldReason: BenchmarkWithheldReason | null;
  result: BenchmarkPublication | DpPublication | null;
  /** The caller's organization's own submission. */
  mySubmission: BenchmarkSubmissionView | null;
  /** The band of `result` the caller's own value fell in (published rounds only). */
  myBand: number | null;
}

interface RoundRow {
  id: string;
  collaboration_id: string;
  metric_name: string;
  unit: string;
  area_id: string | null;
  higher_is_better: boolean;
  summable: boolean;
  k: number;
  dominance_cap: number;
  facilitator_sees_values: boolean;
  publication_mode: BenchmarkPublicationMode;
  differential_privacy: DpRoundSettings | null;
  opens_at: Date;
  closes_at: Date;
  closed_at: Date | null;
  as_facilitator: boolean;
  participant_count: number;
  participant_organization_ids: string[] | null;
  submission_count: number | null;
  withheld_reason: BenchmarkWithheldReason | null;
  outcome: BenchmarkOutcome | null;
  result: BenchmarkPublication | DpPublication | null;
  my_organization_id: string | null;
  my_band: number | null;
  my_value: number | null;
  my_submitted_at: Date | null;
}

const toView = (r: RoundRow): BenchmarkRoundView => ({
  id: r.id,
  collaborationId: r.collaboration_id,
  metricName: r.metric_name,
  unit: r.unit,
  areaId: r.area_id,
  higherIsBetter: r.higher_is_better,
  summable: r.summable,
  k: r.k,
  dominanceCap: r.dominance_cap,
  facilitatorSeesValues: r.facilitator_sees_values,
  publicationMode: r.publication_mode,
  differentialPrivacy: r.differential_privacy,
  opensAt: r.opens_at,
  closesAt: r.closes_at,
  closedAt: r.closed_at,
  participantCount: r.participant_count,
  asFacilitator: r.as_facilitator,
  participantOrganizationIds: r.participant_organization_ids,
  submissionCount: r.submission_count,
  outcome: r.outcome,
  withheldReason: r.withheld_reason,
  result: r.result,
  myBand: r.my_band,
  mySubmission:
    r.my_organization_id !== null && r.my_value !== null && r.my_submitted_at !== null
      ? { organizationId: r.my_organization_id, value: r.my_value, submittedAt: r.my_submitted_at }
      : null,
});

/**
 * k-anonymous benchmarking. The facilitator defines a round; each organization asked submits
 * its value privately; closing computes once, and freezes, either the published figures (count,
 * mean and rank-band averages, ADR 0011 — never min, max or a single value) or a withheld
 * outcome with its reason (see `decideRound`). Who reads what is decided in SQL from the rules
 * in `defineBenchmarkingRules`.
 */
@Injectable()
export class BenchmarkingService {
  private readonly logger = new Logger(BenchmarkingService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
  ) {}

  /** The rounds of a collaboration the actor sees: all (facilitator) or those it is asked to. */
  async list(actor: Actor, collaborationId: string): Promise<BenchmarkRoundView[]> {
    await this.collaborations.get(actor, collaborationId);
    return this.views(actor, { collaborationId });
  }

  /** One round, NOT_FOUND unless the actor sees it. */
  async get(actor: Actor, id: string): Promise<BenchmarkRoundView> {
    const [view] = await this.views(actor, { id });
    if (!view) throw AppError.notFound('Benchmark round');
    return view;
  }

  /**
   * The raw values the actor may read: its own organization's; all of them for the
   * facilitator only when the round says so (a condition on each submission row, in SQL).
   */
  /**
   * The submissions of a round the actor may read, by organization; loaded with those of the
   * request's other rounds in one query (for field resolvers).
   */
  submissions(actor: Actor, roundId: string): Promise<BenchmarkSubmissionEntity[]> {
    return requestListLoader(actor, 'benchmarking:submissions', async (roundIds) => {
      const qb = this.db
        .repo(BenchmarkSubmissionEntity)
        .createQueryBuilder('s')
        .where('s.round_id = ANY(:roundIds)', { roundIds: [...roundIds] })
        .orderBy('s.organization_id', 'ASC');
      applyAbility(qb, actor.ability, Action.Read, Subject.BenchmarkSubmission);
      return groupBy(await qb.getMany(), (s) => s.roundId);
    }).load(roundId);
  }

  /** The facilitator defines a round; participants are told when it opens. */
  async create(
    actor: Actor,
    collaborationId: string,
    input: CreateBenchmarkRoundInput,
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
    return this.get(actor, round.id);
  }

  /**
   * The differential-privacy settings of a new round: required exactly when its mode asks for
   * them, validated (BAD_USER_INPUT naming `differentialPrivacy.<field>`).
   */
  private privacySettings(input: CreateBenchmarkRoundInput): DpRoundSettings | null {
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
    await this.get(actor, roundId); // NOT_FOUND unless the actor sees the round
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
    return this.get(actor, roundId);
  }

  /** The facilitator closes a round before its closing time: results are computed now. */
  async close(actor: Actor, roundId: string): Promise<BenchmarkRoundView> {
    const viewer = requireViewer(actor);
    const round = await findAllowed(
      this.db.manager,
      BenchmarkRoundEntity,
      Subject.BenchmarkRound,
      actor,
      Action.Close,
      roundId,
      { label: 'Benchmark round', lock: true },
    );
    if (round.closedAt) {
      throw AppError.invalidTransition('This round is already closed: its results are frozen.', {
        status: 'closed',
      });
    }
    // Deciding the outcome reads every submission, which the facilitator may not: the closing
    // job's narrow right, for this statement only.
    await this.db.withClaim(Claims.system('benchmark-close'), () =>
      this.closeLocked(round, viewer.userId),
    );
    return this.get(actor, roundId);
  }

  /**
   * One pass of the background sweep: tells participants about rounds that opened, and closes
   * rounds whose closing time passed. Returns how many rounds it touched.
   */
  async sweep(): Promise<number> {
    const opened = await this.db.transaction(async () => {
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
    const dueIds = (
      await this.db
        .repo(BenchmarkRoundEntity)
        .createQueryBuilder('r')
        .select('r.id')
        .where('r.closed_at IS NULL AND r.closes_at <= now()')
        .orderBy('r.closes_at', 'ASC')
        .limit(100)
        .getMany()
    ).map((r) => r.id);
    // Each round closes in a transaction of its own: one failing round neither rolls back nor
    // holds up the others (it is logged and retried on the next sweep).
    let closed = 0;
    for (const id of dueIds) {
      try {
        closed += await this.db.transaction(async () => {
          const round = await this.db
            .repo(BenchmarkRoundEntity)
            .createQueryBuilder('r')
            .where('r.id = :id AND r.closed_at IS NULL AND r.closes_at <= now()', { id })
            .setLock('pessimistic_write')
            .setOnLocked('skip_locked')
            .getOne();
          if (!round) return 0;
          await this.closeLocked(round, null);
          return 1;
        });
      } catch (error) {
        this.logger.error({ err: error, roundId: id }, 'Closing a benchmark round failed');
      }
    }
    return opened + closed;
  }

  /**
   * Decides and freezes the outcome of a locked, still open round, inside the caller's
   * transaction. Rank-band rounds: see `decideRound`, against the contributor sets of the earlier
   * published rank-band rounds of the same area and unit. Differentially private rounds: see
   * `decideDpRound` — the one draw of the round, from the CSPRNG, stored here and frozen by the
   * database with the round, so it is never drawn again.
   */
  private async closeLocked(round: BenchmarkRoundEntity, closedBy: string | null): Promise<void> {
    const submissions = await this.db
      .repo(BenchmarkSubmissionEntity)
      .find({ where: { roundId: round.id }, order: { organizationId: 'ASC' } });
    const decision =
      round.publicationMode === BenchmarkPublicationMode.DIFFERENTIAL_PRIVACY
        ? decideDpRound(
            round.k,
            present(round.differentialPrivacy, 'privacy settings'),
            submissions.map((s) => s.value),
          )
        : decideRound(round, submissions, await this.earlierContributorSets(round));
    const contributors = submissions.map((s) => s.organizationId);
    const result = decision.outcome === BenchmarkOutcome.PUBLISHED ? decision.result : null;
    if (decision.outcome === BenchmarkOutcome.PUBLISHED && 'bandOf' in decision) {
      await this.db.query(
        `UPDATE benchmark_submissions s SET published_band = b.band
           FROM unnest(:organizationIds::uuid[], :bands::int[]) AS b(organization_id, band)
          WHERE s.round_id = :roundId AND s.organization_id = b.organization_id`,
        {
          roundId: round.id,
          organizationIds: [...decision.bandOf.keys()],
          bands: [...decision.bandOf.values()],
        },
      );
    }
    const withheldReason = decision.outcome === BenchmarkOutcome.WITHHELD ? decision.reason : null;
    await this.db.repo(BenchmarkRoundEntity).update(
      { id: round.id },
      {
        closedAt: new Date(),
        closedBy,
        outcome: decision.outcome,
        withheldReason,
        result,
        contributorOrganizationIds: contributors,
      },
    );
    await this.audit.append(round.collaborationId, [
      {
        action: 'benchmark.round_closed',
        actorUserId: closedBy,
        subjectType: 'BenchmarkRound',
        subjectId: round.id,
        payload: {
          outcome: decision.outcome,
          withheldReason,
          submissions: submissions.length,
          result,
        },
      },
    ]);
    const what = `"${round.metricName}"`;
    await this.notifications.notifyFacilitators({
      collaborationId: round.collaborationId,
      kind: NotificationKind.BENCHMARK_CLOSED,
      title: result
        ? `Benchmark ${what} closed: results published`
        : `Benchmark ${what} closed: nothing published (${present(withheldReason, 'withheld reason')})`,
      subject: round.metricName,
      payload: { roundId: round.id, outcome: decision.outcome },
    });
    if (result) {
      await this.notifications.notifyOrganizations(contributors, {
        collaborationId: round.collaborationId,
        kind: NotificationKind.BENCHMARK_PUBLISHED,
        title: `Benchmark ${what}: results published`,
        subject: round.metricName,
        payload: { roundId: round.id },
      });
    }
  }

  /**
   * The contributor sets of every earlier published rank-band round of the same quantity — same
   * area and unit, under any name — and of those withdrawn by the upgrade, whose figures were
   * seen. Differentially private rounds are left out: their noisy figures give no exact total to
   * subtract (ADR 0012).
   */
  private async earlierContributorSets(round: BenchmarkRoundEntity): Promise<string[][]> {
    const earlier = await this.db
      .repo(BenchmarkRoundEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.unit', 'r.contributorOrganizationIds'])
      .where(
        'r.collaboration_id = :collaborationId AND r.area_id IS NOT DISTINCT FROM :areaId::uuid',
        {
          collaborationId: round.collaborationId,
          areaId: round.areaId,
        },
      )
      .andWhere(
        `((r.outcome = 'published' AND r.publication_mode = 'rank_bands') OR r.withheld_reason = 'rule_retired') AND r.id <> :id`,
        {
          id: round.id,
        },
      )
      .getMany();
    return earlier
      .filter((r) => normalizeLabel(r.unit) === normalizeLabel(round.unit))
      .map((r) => r.contributorOrganizationIds ?? []);
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

  /** Rounds as the actor sees them (see `BenchmarkRoundView`), newest opening first. */
  private async views(
    actor: Actor,
    filter: { collaborationId: string } | { id: string },
  ): Promise<BenchmarkRoundView[]> {
    const rule = <T extends ObjectLiteral>(
      action: Action,
      subject: Subject,
      alias: string,
      entity: EntityTarget<T>,
    ) =>
      abilityToSql(
        actor.ability,
        action,
        subject,
        alias,
        this.db.manager.connection.getMetadata(entity),
      );
    // Read on the round itself is the facilitator's; organizations see a round through their
    // own participant row; "mine" is the submission of the actor's own organization.
    const facilitator = rule(Action.Read, Subject.BenchmarkRound, 'r', BenchmarkRoundEntity);
    const seat = rule(Action.Read, Subject.BenchmarkParticipant, 'bp', BenchmarkParticipantEntity);
    const mine = rule(Action.Submit, Subject.BenchmarkSubmission, 'ms', BenchmarkSubmissionEntity);
    const where = 'id' in filter ? 'r.id = :id' : 'r.collaboration_id = :collaborationId';
    const rows = await this.db.query<RoundRow>(
      `WITH v AS (
         SELECT r.*, (${facilitator.sql}) AS as_facilitator,
                my.organization_id AS my_organization_id, my.value AS my_value,
                my.submitted_at AS my_submitted_at, my.published_band AS my_band
           FROM benchmark_rounds r
           LEFT JOIN LATERAL (
             SELECT ms.organization_id, ms.value, ms.submitted_at, ms.published_band
               FROM benchmark_submissions ms
              WHERE ms.round_id = r.id AND (${mine.sql})
              ORDER BY ms.organization_id LIMIT 1) my ON TRUE
          WHERE ${where}
            AND ((${facilitator.sql}) OR EXISTS (
                  SELECT 1 FROM benchmark_round_participants bp
                   WHERE bp.round_id = r.id AND (${seat.sql})))
       )
       SELECT v.id, v.collaboration_id, v.metric_name, v.unit, v.area_id, v.higher_is_better,
              v.summable, v.k, v.dominance_cap, v.facilitator_sees_values, v.publication_mode,
              v.differential_privacy, v.opens_at,
              v.closes_at, v.closed_at, v.as_facilitator,
              (SELECT count(*)::int FROM benchmark_round_participants p WHERE p.round_id = v.id)
                AS participant_count,
              CASE WHEN v.as_facilitator THEN (
                SELECT coalesce(json_agg(p.organization_id ORDER BY p.organization_id), '[]'::json)
                  FROM benchmark_round_participants p WHERE p.round_id = v.id) END
                AS participant_organization_ids,
              -- Counted by the database: the facilitator may not read the submissions themselves.
              CASE WHEN v.as_facilitator THEN alianza_rls.benchmark_submission_count(v.id) END
                AS submission_count,
              CASE WHEN v.as_facilitator THEN v.withheld_reason END AS withheld_reason,
              CASE WHEN v.as_facilitator OR v.my_organization_id IS NOT NULL THEN v.outcome END
                AS outcome,
              CASE WHEN v.outcome = 'published'
                    AND (v.as_facilitator OR v.my_organization_id IS NOT NULL)
                   THEN v.result END AS result,
              CASE WHEN v.outcome = 'published' THEN v.my_band END AS my_band,
              v.my_organization_id, v.my_value, v.my_submitted_at
         FROM v
        ORDER BY v.opens_at DESC, v.id`,
      { ...filter, ...facilitator.params, ...seat.params, ...mine.params },
    );
    return rows.map(toView);
  }
}
