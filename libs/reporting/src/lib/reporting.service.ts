import { Injectable } from '@nestjs/common';
import { Actor, abilityToSql, applyAbility, findAllowed } from '@alianza/authz';
import { ClosingService } from '@alianza/closing';
import { CollaborationEntity, ParticipationEntity } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { DisclosureRequestEntity, GrantEntity } from '@alianza/disclosure';
import { isPledgeOverdue, LedgerEntryEntity, LedgerService, PledgeService } from '@alianza/ledger';
import { OrganizationEntity } from '@alianza/organization';
import {
  indicatorProgress,
  isMilestoneOverdue,
  isTaskOverdue,
  ObjectiveEntity,
  planPercentDone,
  PlanService,
} from '@alianza/plan';
import {
  Action,
  CollaborationStatus,
  MilestoneStatus,
  ParticipationStatus,
  PledgeStatus,
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
} from './reporting.model';

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) =>
  values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null;

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
    const [participation, plan, disclosure, ledger, evaluation] = await Promise.all([
      this.participation(actor, collaboration, names),
      this.planReport(actor, collaborationId, objectives, names),
      this.disclosureFunnel(actor, collaborationId),
      this.ledgerReport(actor, collaborationId, names),
      this.evaluationReport(actor, collaboration, objectives, names),
    ]);
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

  /** One row per collaboration the viewer facilitates, from the same sections as its report. */
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
    const rows: PortfolioRow[] = [];
    for (const c of collaborations) {
      const report = await this.collaborationReport(actor, c.id);
      rows.push({
        collaborationId: c.id,
        title: c.title,
        status: c.status,
        activeParticipants: report.participation.active,
        pendingDisclosureRequests: report.disclosure.pending,
        activeGrants: report.disclosure.grantsActive,
        percentDone: report.plan.percentDone,
        overdueMilestones: report.plan.milestonesOverdue,
        overdueTasks: report.plan.tasksOverdue,
        confirmedValue: report.ledger.confirmedValue,
        valuationScale: report.ledger.valuationScale,
        currency: report.ledger.currency,
        openPledges: report.ledger.pledgesOpen,
        overduePledges: report.ledger.pledgesOverdue,
      });
    }
    return rows;
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

  private async participation(
    actor: Actor,
    collaboration: CollaborationEntity,
    names: Map<string, string>,
  ): Promise<ParticipationReport> {
    const qb = this.db
      .repo(ParticipationEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = :id', { id: collaboration.id })
      .orderBy('p.id');
    const participations = await applyAbility(
      qb,
      actor.ability,
      Action.Read,
      Subject.Participation,
    ).getMany();
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
            (p.status === ParticipationStatus.INVITED ||
              p.status === ParticipationStatus.ACCEPTED) &&
            !onCurrent(p),
        )
        .map((p) => ({
          organizationId: p.organizationId,
          name: names.get(p.organizationId) ?? '',
        })),
    };
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
    const accepted = milestones.filter((m) => m.proposalStatus === ProposalStatus.ACCEPTED);
    const acceptedTasks = tasks.filter((t) => t.proposalStatus === ProposalStatus.ACCEPTED);
    const objectiveTitle = new Map(objectives.map((o) => [o.id, o.title]));
    const overdueMilestones = accepted.filter((m) => isMilestoneOverdue(m));
    const overdueTasks = acceptedTasks.filter((t) => isTaskOverdue(t));
    return {
      percentDone: planPercentDone(milestones, tasks),
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
   * from request to decision, automatic approvals left out), all in SQL under the read rules.
   */
  private async disclosureFunnel(actor: Actor, collaborationId: string): Promise<DisclosureFunnel> {
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
    const [row] = await this.db.query<{
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
         SELECT r.* FROM disclosure_requests r WHERE r.collaboration_id = :collaborationId AND (${requests.sql})
       ), g AS (
         SELECT g.* FROM grants g WHERE g.collaboration_id = :collaborationId AND (${grants.sql})
       ), decided AS (
         SELECT extract(epoch FROM (decided_at - created_at)) / 3600.0 AS hours
           FROM r WHERE decided_by IS NOT NULL AND decided_at IS NOT NULL
       )
       SELECT (SELECT count(*)::int FROM r) AS requested,
              (SELECT count(*)::int FROM r WHERE status = 'pending') AS pending,
              (SELECT count(*)::int FROM r WHERE status = 'changes_requested') AS changes_requested,
              (SELECT count(*)::int FROM r WHERE status = 'approved') AS approved,
              (SELECT count(*)::int FROM r WHERE status = 'approved' AND decided_by IS NULL) AS approved_automatically,
              (SELECT count(*)::int FROM r WHERE status = 'rejected') AS rejected,
              (SELECT count(*)::int FROM r WHERE status = 'withdrawn') AS withdrawn,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM decided)::float8 AS p50,
              (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FROM decided)::float8 AS p90,
              (SELECT count(*)::int FROM g) AS grants,
              (SELECT count(*)::int FROM g WHERE grant_is_live(revoked_at, valid_until)) AS grants_active,
              (SELECT count(*)::int FROM g WHERE revoked_at IS NOT NULL) AS grants_revoked,
              (SELECT count(*)::int FROM g WHERE revoked_at IS NULL AND NOT grant_is_live(revoked_at, valid_until)) AS grants_expired`,
      { ...requests.params, ...grants.params, collaborationId },
    );
    if (!row) throw new Error('The disclosure funnel query returned no row');
    const hours = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    return {
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
    };
  }

  private async ledgerReport(
    actor: Actor,
    collaborationId: string,
    names: Map<string, string>,
  ): Promise<LedgerReport> {
    const metadata = this.db.manager.connection.getMetadata(LedgerEntryEntity);
    const access = abilityToSql(actor.ability, Action.Read, Subject.LedgerEntry, 'e', metadata);
    const [settings, balances, pledges, [counts]] = await Promise.all([
      this.ledger.settings(actor, collaborationId),
      this.ledger.balances(actor, collaborationId),
      this.pledges.list(actor, collaborationId),
      this.db.query<{ confirmed: string; pending: number; disputed: number }>(
        `SELECT coalesce(sum(e.value) FILTER (WHERE e.status = 'confirmed'), 0)::numeric(18, 2)::text AS confirmed,
                count(*) FILTER (WHERE e.status = 'pending')::int AS pending,
                count(*) FILTER (WHERE e.status = 'disputed')::int AS disputed
           FROM ledger_entries e WHERE e.collaboration_id = :collaborationId AND (${access.sql})`,
        { ...access.params, collaborationId },
      ),
    ]);
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
      pledgesOpen: pledges.filter((p) => p.status === PledgeStatus.OPEN).length,
      pledgesOverdue: pledges.filter((p) => isPledgeOverdue(p)).length,
      pledgesFulfilled: pledges.filter((p) => p.status === PledgeStatus.FULFILLED).length,
      pledgesCancelled: pledges.filter((p) => p.status === PledgeStatus.CANCELLED).length,
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
