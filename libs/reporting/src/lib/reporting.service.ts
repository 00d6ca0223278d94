import { Injectable } from '@nestjs/common';
import { Actor, abilityToSql, applyAbility, findAllowed } from '@alianza/authz';
import { ClosingService } from '@alianza/closing';
import { CollaborationEntity, ParticipationEntity } from '@alianza/collaboration';
import { groupBy } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { DisclosureRequestEntity, GrantEntity } from '@alianza/disclosure';
import {
  isPledgeOverdue,
  LedgerEntryEntity,
  LedgerService,
  PledgeEntity,
  PledgeService,
} from '@alianza/ledger';
import { OrganizationEntity } from '@alianza/organization';
import {
  indicatorProgress,
  isMilestoneOverdue,
  isTaskOverdue,
  MilestoneEntity,
  ObjectiveEntity,
  planPercentDone,
  PlanService,
  TaskEntity,
} from '@alianza/plan';
import {
  Action,
  CollaborationStatus,
  MilestoneStatus,
  ParticipationStatus,
  PledgeStatus,
  present,
  ProposalStatus,
  Subject,
  TaskStatus,
  ValuationScale,
} from '@alianza/shared';
import {
  CollaborationReport,
  DisclosureFunnel,
  EvaluationReport,
  LedgerReport,
  OrganizationReport,
  ParticipationReport,
  PlanReport,
  PortfolioRow,
} from './dtos/reporting.types';

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) =>
  values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null;

/** Who takes part, and who has yet to accept the ground rules in force. */
function participationReport(
  collaboration: CollaborationEntity,
  participations: ParticipationEntity[],
  names: Map<string, string>,
): ParticipationReport {
  const count = (status: ParticipationStatus) =>
    participations.filter((p) => p.status === status).length;
  const current = collaboration.currentGroundRulesVersion;
  const onCurrent = (p: ParticipationEntity) =>
    p.status === ParticipationStatus.ACCEPTED && p.acceptedGroundRulesVersion === current;
  return {
    invited: count(ParticipationStatus.INVITED),
    accepted: count(ParticipationStatus.ACCEPTED),
    declined: count(ParticipationStatus.DECLINED),
    withdrawn: count(ParticipationStatus.WITHDRAWN),
    active: participations.filter(onCurrent).length,
    currentGroundRulesVersion: current > 0 ? current : null,
    pendingAcceptance: participations
      .filter(
        (p) =>
          (p.status === ParticipationStatus.INVITED || p.status === ParticipationStatus.ACCEPTED) &&
          !onCurrent(p),
      )
      .map((p) => ({
        organizationId: p.organizationId,
        name: names.get(p.organizationId) ?? '',
      })),
  };
}

/** How far the plan is: its accepted milestones and tasks, those overdue, % done. */
function planProgress(milestones: MilestoneEntity[], tasks: TaskEntity[]) {
  const accepted = milestones.filter((m) => m.proposalStatus === ProposalStatus.ACCEPTED);
  const acceptedTasks = tasks.filter((t) => t.proposalStatus === ProposalStatus.ACCEPTED);
  return {
    accepted,
    acceptedTasks,
    overdueMilestones: accepted.filter((m) => isMilestoneOverdue(m)),
    overdueTasks: acceptedTasks.filter((t) => isTaskOverdue(t)),
    percentDone: planPercentDone(milestones, tasks),
  };
}

function pledgeCounts(pledges: PledgeEntity[]) {
  return {
    open: pledges.filter((p) => p.status === PledgeStatus.OPEN).length,
    overdue: pledges.filter((p) => isPledgeOverdue(p)).length,
    fulfilled: pledges.filter((p) => p.status === PledgeStatus.FULFILLED).length,
    cancelled: pledges.filter((p) => p.status === PledgeStatus.CANCELLED).length,
  };
}

/**
 * Read-only reports. Each section reads through the same services (and so the same SQL access
 * rules) as the screens, so the numbers are the screens' numbers; the report itself is gated
 * in SQL by `readReport` on its collaboration or organization.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly db: Db,
    private readonly plan: PlanService,
    private readonly ledger: LedgerService,
    private readonly pledges: PledgeService,
    private readonly closing: ClosingService,
  ) {}

  /** Everything about one collaboration, for its facilitators. */
  async collaborationReport(actor: Actor, collaborationId: string): Promise<CollaborationReport> {
    const collaboration = await findAllowed(
      this.db.manager,
      CollaborationEntity,
      Subject.Collaboration,
      actor,
      Action.ReadReport,
      collaborationId,
      { label: 'Collaboration' },
    );
    const [names, objectives] = await Promise.all([
      this.organizationNames(actor, collaborationId),
      this.plan.objectives(actor, collaborationId),
    ]);
    const [participations, plan, funnels, ledger, evaluation] = await Promise.all([
      this.participationsOf(actor, [collaborationId]),
      this.planReport(actor, collaborationId, objectives, names),
      this.disclosureFunnels(actor, [collaborationId]),
      this.ledgerReport(actor, collaborationId, names),
      this.evaluationReport(actor, collaboration, objectives, names),
    ]);
    const participation = participationReport(
      collaboration,
      participations.get(collaborationId) ?? [],
      names,
    );
    const disclosure = present(funnels.get(collaborationId), 'disclosure funnel');
    return {
      collaborationId: collaboration.id,
      title: collaboration.title,
      status: collaboration.status,
      generatedAt: new Date(),
      participation,
      plan,
      disclosure,
      ledger,
      evaluation,
    };
  }

  /**
   * One row per collaboration the viewer facilitates, from the same reads and the same
   * computations as its report, each read once for all of them.
   */
  async portfolio(actor: Actor): Promise<PortfolioRow[]> {
    const qb = this.db
      .repo(CollaborationEntity)
      .createQueryBuilder('c')
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC');
    const collaborations = await applyAbility(
      qb,
      actor.ability,
      Action.ReadReport,
      Subject.Collaboration,
    ).getMany();
    if (collaborations.length === 0) return [];
    const ids = collaborations.map((c) => c.id);
    const [participations, funnels, milestones, settings, totals, pledges] = await Promise.all([
      this.participationsOf(actor, ids),
      this.disclosureFunnels(actor, ids),
      this.plan.milestonesOf(actor, ids),
      this.ledger.settingsOfMany(actor, ids),
      this.ledgerTotals(actor, ids),
      this.pledges.listOf(actor, ids),
    ]);
    const tasks = groupBy(
      await this.plan.tasks(
        actor,
        milestones.map((m) => m.id),
      ),
      (t) => t.collaborationId,
    );
    const milestonesOf = groupBy(milestones, (m) => m.collaborationId);
    const pledgesOf = groupBy(pledges, (p) => p.collaborationId);
    return collaborations.map((c) => {
      const participation = participationReport(c, participations.get(c.id) ?? [], new Map());
      const disclosure = present(funnels.get(c.id), 'disclosure funnel');
      const plan = planProgress(milestonesOf.get(c.id) ?? [], tasks.get(c.id) ?? []);
      const ledger = settings.get(c.id);
      const pledged = pledgeCounts(pledgesOf.get(c.id) ?? []);
      return {
        collaborationId: c.id,
        title: c.title,
        status: c.status,
        activeParticipants: participation.active,
        pendingDisclosureRequests: disclosure.pending,
        activeGrants: disclosure.grantsActive,
        percentDone: plan.percentDone,
        overdueMilestones: plan.overdueMilestones.length,
        overdueTasks: plan.overdueTasks.length,
        confirmedValue: totals.get(c.id)?.confirmed ?? '0',
        valuationScale: ledger?.valuationScale ?? ValuationScale.POINTS,
        currency: ledger?.currency ?? null,
        openPledges: pledged.open,
        overduePledges: pledged.overdue,
      };
    });
  }

  /**
   * What an organization gave, received and saw, per collaboration it took part in, for its
   * members. Every figure is computed in one SQL statement that starts from the organization
   * row the viewer may report on (`readReport`): nothing for anyone else.
   */
  async organizationReport(actor: Actor, organizationId: string): Promise<OrganizationReport> {
    const organization = await findAllowed(
      this.db.manager,
      OrganizationEntity,
      Subject.Organization,
      actor,
      Action.ReadReport,
      organizationId,
      { label: 'Organization' },
    );
    const metadata = this.db.manager.connection.getMetadata(OrganizationEntity);
    const access = abilityToSql(
      actor.ability,
      Action.ReadReport,
      Subject.Organization,
      'o',
      metadata,
    );
    const rows = await this.db.query<{
      collaboration_id: string;
      title: string;
      status: CollaborationStatus;
      participation_status: ParticipationStatus;
      given: string;
      received: string;
      net: string;
      valuation_scale: ValuationScale;
      currency: string | null;
      given_entries: number;
      received_entries: number;
      to_confirm: number;
      grants_received: number;
      grants_received_active: number;
      items_seen: number;
      grants_given: number;
      requests_made: number;
      requests_approved: number;
      requests_rejected: number;
      requests_pending: number;
      pledges_open: number;
      pledges_fulfilled: number;
    }>(
      `SELECT c.id AS collaboration_id, c.title, c.status, p.status AS participation_status,
              sums.given::text AS given, sums.received::text AS received, (sums.given - sums.received)::text AS net,
              coalesce(ls.valuation_scale, 'points') AS valuation_scale, ls.currency,
              (SELECT count(*)::int FROM ledger_entries e WHERE e.collaboration_id = c.id AND e.status = 'confirmed' AND e.giver_organization_id = o.id) AS given_entries,
              (SELECT count(*)::int FROM ledger_entries e WHERE e.collaboration_id = c.id AND e.status = 'confirmed' AND e.receiver_organization_id = o.id) AS received_entries,
              (SELECT count(*)::int FROM ledger_entries e WHERE e.collaboration_id = c.id AND e.status = 'pending' AND e.receiver_organization_id = o.id) AS to_confirm,
              received.total AS grants_received, received.live AS grants_received_active,
              received.items AS items_seen,
              (SELECT count(*)::int FROM grants g WHERE g.collaboration_id = c.id AND g.owner_organization_id = o.id) AS grants_given,
              (SELECT count(*)::int FROM disclosure_requests r WHERE r.collaboration_id = c.id AND r.owner_organization_id = o.id) AS requests_made,
              (SELECT count(*)::int FROM disclosure_requests r WHERE r.collaboration_id = c.id AND r.owner_organization_id = o.id AND r.status = 'approved') AS requests_approved,
              (SELECT count(*)::int FROM disclosure_requests r WHERE r.collaboration_id = c.id AND r.owner_organization_id = o.id AND r.status = 'rejected') AS requests_rejected,
              (SELECT count(*)::int FROM disclosure_requests r WHERE r.collaboration_id = c.id AND r.owner_organization_id = o.id AND r.status IN ('pending', 'changes_requested')) AS requests_pending,
              (SELECT count(*)::int FROM pledges pl WHERE pl.collaboration_id = c.id AND pl.pledger_organization_id = o.id AND pl.status = 'open') AS pledges_open,
              (SELECT count(*)::int FROM pledges pl WHERE pl.collaboration_id = c.id AND pl.pledger_organization_id = o.id AND pl.status = 'fulfilled') AS pledges_fulfilled
         FROM organizations o
         JOIN participations p ON p.organization_id = o.id AND p.status IN ('accepted', 'withdrawn')
         JOIN collaborations c ON c.id = p.collaboration_id
         LEFT JOIN ledger_settings ls ON ls.collaboration_id = c.id
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(e.value) FILTER (WHERE e.giver_organization_id = o.id), 0)::numeric(18, 2) AS given,
                  coalesce(sum(e.value) FILTER (WHERE e.receiver_organization_id = o.id), 0)::numeric(18, 2) AS received
             FROM ledger_entries e WHERE e.collaboration_id = c.id AND e.status = 'confirmed'
         ) sums
         -- Counted by the database: rows of grants revoked since are no longer the receiver's to read.
         CROSS JOIN LATERAL alianza_rls.received_grant_counts(o.id, c.id) received
        WHERE o.id = :organizationId AND (${access.sql})
        ORDER BY c.created_at DESC, c.id`,
      { ...access.params, organizationId: organization.id },
    );
    return {
      organizationId: organization.id,
      name: organization.name,
      generatedAt: new Date(),
      collaborations: rows.map((r) => ({
        collaborationId: r.collaboration_id,
        title: r.title,
        status: r.status,
        participationStatus: r.participation_status,
        given: r.given,
        received: r.received,
        net: r.net,
        valuationScale: r.valuation_scale,
        currency: r.currency,
        givenEntries: r.given_entries,
        receivedEntries: r.received_entries,
        entriesToConfirm: r.to_confirm,
        grantsReceived: r.grants_received,
        grantsReceivedActive: r.grants_received_active,
        itemsSeen: r.items_seen,
        grantsGiven: r.grants_given,
        requestsMade: r.requests_made,
        requestsApproved: r.requests_approved,
        requestsRejected: r.requests_rejected,
        requestsPending: r.requests_pending,
        pledgesOpen: r.pledges_open,
        pledgesFulfilled: r.pledges_fulfilled,
      })),
    };
  }

  /** Names of the organizations invited to the collaboration that the actor may read. */
  private async organizationNames(
    actor: Actor,
    collaborationId: string,
  ): Promise<Map<string, string>> {
    const qb = this.db
      .repo(OrganizationEntity)
      .createQueryBuilder('o')
      .where(
        'o.id IN (SELECT p.organization_id FROM participations p WHERE p.collaboration_id = :collaborationId)',
        { collaborationId },
      );
    const organizations = await applyAbility(
      qb,
      actor.ability,
      Action.Read,
      Subject.Organization,
    ).getMany();
    return new Map(organizations.map((o) => [o.id, o.name]));
  }

  /** The participations of several collaborations the actor may read. */
  private async participationsOf(
    actor: Actor,
    collaborationIds: string[],
  ): Promise<Map<string, ParticipationEntity[]>> {
    const qb = this.db
      .repo(ParticipationEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = ANY(:ids)', { ids: collaborationIds })
      .orderBy('p.id');
    const participations = await applyAbility(
      qb,
      actor.ability,
      Action.Read,
      Subject.Participation,
    ).getMany();
    return groupBy(participations, (p) => p.collaborationId);
  }

  private async planReport(
    actor: Actor,
    collaborationId: string,
    objectives: ObjectiveEntity[],
    names: Map<string, string>,
  ): Promise<PlanReport> {
    const [milestones, latest] = await Promise.all([
      this.plan.milestones(actor, collaborationId),
      this.plan.latestIndicatorValues(actor, collaborationId),
    ]);
    const [indicators, tasks] = await Promise.all([
      this.plan.indicators(
        actor,
        objectives.map((o) => o.id),
      ),
      this.plan.tasks(
        actor,
        milestones.map((m) => m.id),
      ),
    ]);
    const { accepted, acceptedTasks, overdueMilestones, overdueTasks, percentDone } = planProgress(
      milestones,
      tasks,
    );
    const objectiveTitle = new Map(objectives.map((o) => [o.id, o.title]));
    return {
      percentDone,
      milestones: accepted.length,
      milestonesDone: accepted.filter((m) => m.status === MilestoneStatus.DONE).length,
      milestonesOverdue: overdueMilestones.length,
      tasks: acceptedTasks.length,
      tasksDone: acceptedTasks.filter((t) => t.status === TaskStatus.DONE).length,
      tasksBlocked: acceptedTasks.filter((t) => t.status === TaskStatus.BLOCKED).length,
      tasksOverdue: overdueTasks.length,
      overdue: [
        ...overdueMilestones.map((m) => ({
          kind: 'MILESTONE' as const,
          id: m.id,
          title: m.title,
          dueDate: m.dueDate ?? '',
          responsibleOrganizationId: null,
          responsibleOrganizationName: null,
        })),
        ...overdueTasks.map((t) => ({
          kind: 'TASK' as const,
          id: t.id,
          title: t.title,
          dueDate: t.dueDate ?? '',
          responsibleOrganizationId: t.responsibleOrganizationId,
          responsibleOrganizationName: t.responsibleOrganizationId
            ? (names.get(t.responsibleOrganizationId) ?? null)
            : null,
        })),
      ].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id)),
      indicators: indicators.map((i) => {
        const current = latest.get(i.id) ?? null;
        return {
          indicatorId: i.id,
          objective: objectiveTitle.get(i.objectiveId) ?? '',
          name: i.name,
          unit: i.unit,
          baseline: i.baseline,
          target: i.target,
          current,
          progressPercent: indicatorProgress(i, current),
        };
      }),
    };
  }

  /**
   * Requests by outcome, grants by state, and how long the facilitator took to decide (hours
   * from request to decision, automatic approvals left out), all in SQL under the read rules,
   * for several collaborations in one statement.
   */
  private async disclosureFunnels(
    actor: Actor,
    collaborationIds: string[],
  ): Promise<Map<string, DisclosureFunnel>> {
    const connection = this.db.manager.connection;
    const requests = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.DisclosureRequest,
      'r',
      connection.getMetadata(DisclosureRequestEntity),
    );
    const grants = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.Grant,
      'g',
      connection.getMetadata(GrantEntity),
    );
    const rows = await this.db.query<{
      collaboration_id: string;
      requested: number;
      pending: number;
      changes_requested: number;
      approved: number;
      approved_automatically: number;
      rejected: number;
      withdrawn: number;
      p50: number | null;
      p90: number | null;
      grants: number;
      grants_active: number;
      grants_revoked: number;
      grants_expired: number;
    }>(
      `WITH r AS (
         SELECT r.*, CASE WHEN r.decided_by IS NOT NULL AND r.decided_at IS NOT NULL
                          THEN extract(epoch FROM (r.decided_at - r.created_at)) / 3600.0 END AS hours
           FROM disclosure_requests r WHERE r.collaboration_id = ANY(:collaborationIds) AND (${requests.sql})
       ), g AS (
         SELECT g.* FROM grants g WHERE g.collaboration_id = ANY(:collaborationIds) AND (${grants.sql})
       ), rs AS (
         SELECT collaboration_id,
                count(*)::int AS requested,
                count(*) FILTER (WHERE status = 'pending')::int AS pending,
                count(*) FILTER (WHERE status = 'changes_requested')::int AS changes_requested,
                count(*) FILTER (WHERE status = 'approved')::int AS approved,
                count(*) FILTER (WHERE status = 'approved' AND decided_by IS NULL)::int AS approved_automatically,
                count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
                count(*) FILTER (WHERE status = 'withdrawn')::int AS withdrawn,
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE hours IS NOT NULL))::float8 AS p50,
                (percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FILTER (WHERE hours IS NOT NULL))::float8 AS p90
           FROM r GROUP BY collaboration_id
       ), gs AS (
         SELECT collaboration_id,
                count(*)::int AS grants,
                count(*) FILTER (WHERE grant_is_live(revoked_at, valid_until))::int AS grants_active,
                count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS grants_revoked,
                count(*) FILTER (WHERE revoked_at IS NULL AND NOT grant_is_live(revoked_at, valid_until))::int AS grants_expired
           FROM g GROUP BY collaboration_id
       )
       SELECT c.id AS collaboration_id,
              coalesce(rs.requested, 0) AS requested, coalesce(rs.pending, 0) AS pending,
              coalesce(rs.changes_requested, 0) AS changes_requested, coalesce(rs.approved, 0) AS approved,
              coalesce(rs.approved_automatically, 0) AS approved_automatically,
              coalesce(rs.rejected, 0) AS rejected, coalesce(rs.withdrawn, 0) AS withdrawn,
              rs.p50, rs.p90,
              coalesce(gs.grants, 0) AS grants, coalesce(gs.grants_active, 0) AS grants_active,
              coalesce(gs.grants_revoked, 0) AS grants_revoked, coalesce(gs.grants_expired, 0) AS grants_expired
         FROM unnest(CAST(:collaborationIds AS uuid[])) AS c(id)
         LEFT JOIN rs ON rs.collaboration_id = c.id
         LEFT JOIN gs ON gs.collaboration_id = c.id`,
      { ...requests.params, ...grants.params, collaborationIds },
    );
    const hours = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    return new Map(
      rows.map((row) => [
        row.collaboration_id,
        {
          requested: row.requested,
          pending: row.pending,
          changesRequested: row.changes_requested,
          approved: row.approved,
          approvedAutomatically: row.approved_automatically,
          rejected: row.rejected,
          withdrawn: row.withdrawn,
          decisionHoursP50: hours(row.p50),
          decisionHoursP90: hours(row.p90),
          grants: row.grants,
          grantsActive: row.grants_active,
          grantsRevoked: row.grants_revoked,
          grantsExpired: row.grants_expired,
        },
      ]),
    );
  }

  /** Confirmed value and entries waiting, per collaboration, as the actor may read the ledger. */
  private async ledgerTotals(
    actor: Actor,
    collaborationIds: string[],
  ): Promise<Map<string, { confirmed: string; pending: number; disputed: number }>> {
    const metadata = this.db.manager.connection.getMetadata(LedgerEntryEntity);
    const access = abilityToSql(actor.ability, Action.Read, Subject.LedgerEntry, 'e', metadata);
    const rows = await this.db.query<{
      collaboration_id: string;
      confirmed: string;
      pending: number;
      disputed: number;
    }>(
      `SELECT e.collaboration_id,
              coalesce(sum(e.value) FILTER (WHERE e.status = 'confirmed'), 0)::numeric(18, 2)::text AS confirmed,
              count(*) FILTER (WHERE e.status = 'pending')::int AS pending,
              count(*) FILTER (WHERE e.status = 'disputed')::int AS disputed
         FROM ledger_entries e WHERE e.collaboration_id = ANY(:collaborationIds) AND (${access.sql})
        GROUP BY e.collaboration_id`,
      { ...access.params, collaborationIds },
    );
    const found = new Map(
      rows.map(({ collaboration_id, ...totals }) => [collaboration_id, totals]),
    );
    // As the sum over no entry reads: zero, at the scale of the column.
    const none = { confirmed: '0.00', pending: 0, disputed: 0 };
    return new Map(collaborationIds.map((id) => [id, found.get(id) ?? none]));
  }

  private async ledgerReport(
    actor: Actor,
    collaborationId: string,
    names: Map<string, string>,
  ): Promise<LedgerReport> {
    const [settings, balances, pledges, totals] = await Promise.all([
      this.ledger.settings(actor, collaborationId),
      this.ledger.balances(actor, collaborationId),
      this.pledges.list(actor, collaborationId),
      this.ledgerTotals(actor, [collaborationId]),
    ]);
    const counts = totals.get(collaborationId);
    const pledged = pledgeCounts(pledges);
    const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
    return {
      valuationScale: settings.valuationScale,
      currency: settings.currency,
      confirmedValue: counts?.confirmed ?? '0',
      entriesPending: counts?.pending ?? 0,
      entriesDisputed: counts?.disputed ?? 0,
      organizations: balances.organizations.map((o) => ({
        organizationId: o.organizationId,
        name: names.get(o.organizationId) ?? '',
        given: o.given,
        received: o.received,
        net: o.net,
      })),
      pairs: balances.pairs.map((p) => ({
        giverOrganizationId: p.giverOrganizationId,
        giverName: names.get(p.giverOrganizationId) ?? '',
        receiverOrganizationId: p.receiverOrganizationId,
        receiverName: name(p.receiverOrganizationId),
        value: p.value,
      })),
      pledgesOpen: pledged.open,
      pledgesOverdue: pledged.overdue,
      pledgesFulfilled: pledged.fulfilled,
      pledgesCancelled: pledged.cancelled,
    };
  }

  /** Once the collaboration is closed: mean ratings per objective and per organization rated. */
  private async evaluationReport(
    actor: Actor,
    collaboration: CollaborationEntity,
    objectives: ObjectiveEntity[],
    names: Map<string, string>,
  ): Promise<EvaluationReport | null> {
    if (collaboration.status !== CollaborationStatus.CLOSED) return null;
    const evaluations = await this.closing.evaluations(actor, collaboration.id);
    const byParticipants = evaluations.filter((e) => e.organizationId !== null);
    const peerIds = [
      ...new Set(byParticipants.flatMap((e) => e.peerRatings.map((r) => r.organizationId))),
    ].sort();
    return {
      evaluations: byParticipants.length,
      facilitatorAssessed: evaluations.some((e) => e.organizationId === null),
      objectives: objectives.map((o) => {
        const ratings = byParticipants.flatMap((e) =>
          e.objectiveRatings.filter((r) => r.objectiveId === o.id).map((r) => r.rating),
        );
        return {
          objectiveId: o.id,
          title: o.title,
          ratings: ratings.length,
          average: mean(ratings),
        };
      }),
      peers: peerIds.map((id) => {
        const ratings = byParticipants.flatMap((e) =>
          e.peerRatings.filter((r) => r.organizationId === id).map((r) => r.rating),
        );
        return {
          organizationId: id,
          name: names.get(id) ?? '',
          ratings: ratings.length,
          average: mean(ratings),
        };
      }),
    };
  }
}
