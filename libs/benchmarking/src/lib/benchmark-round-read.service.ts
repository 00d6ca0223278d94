import { Injectable } from '@nestjs/common';
import { groupBy, requestListLoader } from '@alianza/api-core';
import { abilityToSql, Actor, applyAbility } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { Db, pageInMemory, PageRequest, PageResult } from '@alianza/db';
import { Action, AppError, Subject } from '@alianza/shared';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import {
  BenchmarkOutcome,
  BenchmarkPublication,
  BenchmarkWithheldReason,
} from './benchmark-statistics';
import { DpPublication, DpRoundSettings } from './dp-rounds';
import { BenchmarkParticipantEntity } from './entities/benchmark-participant.entity';
import { BenchmarkPublicationMode, BenchmarkRoundEntity } from './entities/benchmark-round.entity';
import { BenchmarkSubmissionEntity } from './entities/benchmark-submission.entity';

/** The terms a round is defined with, public to everyone who sees it. */
export interface BenchmarkRoundTerms {
  metricName: string;
  unit: string;
  higherIsBetter: boolean;
  summable: boolean;
  k: number;
  dominanceCap: number;
  facilitatorSeesValues: boolean;
  publicationMode: BenchmarkPublicationMode;
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
export interface BenchmarkRoundView extends BenchmarkRoundTerms {
  id: string;
  collaborationId: string;
  areaId: string | null;
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
 * What each party may read of a benchmark round: the round as it sees it (results, its own
 * submission, the roster and counts for the facilitator) and the raw values it may read. Who
 * reads what is decided in the SQL, from the rules in `defineBenchmarkingRules`.
 */
@Injectable()
export class BenchmarkRoundReadService {
  constructor(
    private readonly db: Db,
    private readonly collaborations: CollaborationService,
  ) {}

  /** The rounds of a collaboration the actor sees: all (facilitator) or those it is asked to. */
  async list(actor: Actor, collaborationId: string): Promise<BenchmarkRoundView[]> {
    await this.collaborations.get(actor, collaborationId);
    return this.views(actor, { collaborationId });
  }

  /** A page of `list` (assembled per caller by the database, paged as read). */
  async page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<BenchmarkRoundView>> {
    return pageInMemory(await this.list(actor, collaborationId), page, (round) => round.id);
  }

  /** One round, NOT_FOUND unless the actor sees it. */
  async get(actor: Actor, id: string): Promise<BenchmarkRoundView> {
    const [view] = await this.views(actor, { id });
    if (!view) throw AppError.notFound('Benchmark round');
    return view;
  }

  /**
   * The raw values of a round the actor may read, by organization: its own organization's; all
   * of them for the facilitator only when the round says so (a condition on each submission row,
   * in SQL). Loaded with those of the request's other rounds in one query (for field resolvers).
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
              v.participant_count,
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
