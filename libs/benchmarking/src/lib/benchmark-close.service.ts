import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@alianza/audit';
import { Actor, findAllowed, requireViewer } from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import { Action, AppError, NotificationKind, present, Subject } from '@alianza/shared';
import { BenchmarkOutcome, decideRound, normalizeLabel } from './benchmark-statistics';
import { BenchmarkRoundReadService, BenchmarkRoundView } from './benchmark-round-read.service';
import { decideDpRound } from './dp-rounds';
import { BenchmarkPublicationMode, BenchmarkRoundEntity } from './entities/benchmark-round.entity';
import { BenchmarkSubmissionEntity } from './entities/benchmark-submission.entity';

/**
 * Closing a benchmark round: computes once, and freezes, either the published figures (count,
 * mean and rank-band averages, ADR 0011 — never min, max or a single value — or one
 * differentially private release, ADR 0012) or a withheld outcome with its reason (see
 * `decideRound` and `decideDpRound`), and tells the facilitators and the contributors.
 */
@Injectable()
export class BenchmarkCloseService {
  private readonly logger = new Logger(BenchmarkCloseService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly reads: BenchmarkRoundReadService,
  ) {}

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
    return this.reads.get(actor, roundId);
  }

  /**
   * Closes the rounds whose closing time passed (at most 100 a pass), each in a transaction of
   * its own. Returns how many it closed.
   */
  async closeDue(): Promise<number> {
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
    return closed;
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
}
