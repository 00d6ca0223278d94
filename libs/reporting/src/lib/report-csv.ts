import { CsvCell, toCsvText } from '@alianza/export';
import { CollaborationReport, OrganizationReport, PortfolioRow } from './dtos/reporting.types';

export type CsvValue = CsvCell;

/** Enum values as the GraphQL answer names them (`follow_up` → `FOLLOW_UP`). */
const enumName = (value: string): string => value.toUpperCase();

/** The machine CSV: comma-separated, decimal points, codes and UTC as the GraphQL answer has them. */
export const toCsv = (rows: CsvValue[][]): string => toCsvText(rows, ',');

/** The long ("tidy") form of a collaboration report: one figure per row, named by section and metric. */
export const COLLABORATION_CSV_HEADER = [
  'section',
  'metric',
  'subject',
  'subject_id',
  'counterpart',
  'counterpart_id',
  'value',
] as const;

/** Every figure of the collaboration report, one per row, in the GraphQL answer's units. */
export function collaborationReportCsvRows(report: CollaborationReport): CsvValue[][] {
  const rows: CsvValue[][] = [[...COLLABORATION_CSV_HEADER]];
  const add = (
    section: string,
    metric: string,
    value: CsvValue,
    subject: { name: string | null; id: string | null } = { name: null, id: null },
    counterpart: { name: string | null; id: string | null } = { name: null, id: null },
  ) =>
    rows.push([section, metric, subject.name, subject.id, counterpart.name, counterpart.id, value]);
  const { participation: p, plan, disclosure: d, ledger, evaluation } = report;
  const collaboration = { name: report.title, id: report.collaborationId };
  add('collaboration', 'status', enumName(report.status), collaboration);
  add('collaboration', 'generated_at', report.generatedAt.toISOString(), collaboration);
  for (const [metric, value] of [
    ['invited', p.invited],
    ['accepted', p.accepted],
    ['declined', p.declined],
    ['withdrawn', p.withdrawn],
    ['active', p.active],
    ['current_ground_rules_version', p.currentGroundRulesVersion],
  ] as const)
    add('participation', metric, value);
  for (const o of p.pendingAcceptance)
    add('participation', 'pending_acceptance', true, { name: o.name, id: o.organizationId });
  for (const [metric, value] of [
    ['percent_done', plan.percentDone],
    ['milestones', plan.milestones],
    ['milestones_done', plan.milestonesDone],
    ['milestones_overdue', plan.milestonesOverdue],
    ['tasks', plan.tasks],
    ['tasks_done', plan.tasksDone],
    ['tasks_blocked', plan.tasksBlocked],
    ['tasks_overdue', plan.tasksOverdue],
  ] as const)
    add('plan', metric, value);
  for (const o of plan.overdue) {
    add(
      'plan_overdue',
      o.kind === 'MILESTONE' ? 'milestone_due_date' : 'task_due_date',
      o.dueDate,
      { name: o.title, id: o.id },
      { name: o.responsibleOrganizationName, id: o.responsibleOrganizationId },
    );
  }
  for (const i of plan.indicators) {
    const subject = { name: `${i.objective} / ${i.name} (${i.unit})`, id: i.indicatorId };
    add('indicator', 'baseline', i.baseline, subject);
    add('indicator', 'target', i.target, subject);
    add('indicator', 'current', i.current, subject);
    add('indicator', 'progress_percent', i.progressPercent, subject);
  }
  for (const [metric, value] of [
    ['requested', d.requested],
    ['pending', d.pending],
    ['changes_requested', d.changesRequested],
    ['approved', d.approved],
    ['approved_automatically', d.approvedAutomatically],
    ['rejected', d.rejected],
    ['withdrawn', d.withdrawn],
    ['decision_hours_p50', d.decisionHoursP50],
    ['decision_hours_p90', d.decisionHoursP90],
    ['grants', d.grants],
    ['grants_active', d.grantsActive],
    ['grants_revoked', d.grantsRevoked],
    ['grants_expired', d.grantsExpired],
  ] as const)
    add('disclosure', metric, value);
  for (const [metric, value] of [
    ['valuation_scale', enumName(ledger.valuationScale)],
    ['currency', ledger.currency],
    ['confirmed_value', ledger.confirmedValue],
    ['entries_pending', ledger.entriesPending],
    ['entries_disputed', ledger.entriesDisputed],
    ['pledges_open', ledger.pledgesOpen],
    ['pledges_overdue', ledger.pledgesOverdue],
    ['pledges_fulfilled', ledger.pledgesFulfilled],
    ['pledges_cancelled', ledger.pledgesCancelled],
  ] as const)
    add('ledger', metric, value);
  for (const o of ledger.organizations) {
    const subject = { name: o.name, id: o.organizationId };
    add('ledger_balance', 'given', o.given, subject);
    add('ledger_balance', 'received', o.received, subject);
    add('ledger_balance', 'net', o.net, subject);
  }
  for (const pair of ledger.pairs) {
    add(
      'ledger_pair',
      'value',
      pair.value,
      { name: pair.giverName, id: pair.giverOrganizationId },
      { name: pair.receiverName, id: pair.receiverOrganizationId },
    );
  }
  if (evaluation) {
    add('evaluation', 'evaluations', evaluation.evaluations);
    add('evaluation', 'facilitator_assessed', evaluation.facilitatorAssessed);
    for (const o of evaluation.objectives) {
      add('evaluation_objective', 'ratings', o.ratings, { name: o.title, id: o.objectiveId });
      add('evaluation_objective', 'average', o.average, { name: o.title, id: o.objectiveId });
    }
    for (const o of evaluation.peers) {
      add('evaluation_peer', 'ratings', o.ratings, { name: o.name, id: o.organizationId });
      add('evaluation_peer', 'average', o.average, { name: o.name, id: o.organizationId });
    }
  }
  return rows;
}

/** The portfolio, one collaboration per row. */
export function portfolioCsvRows(rows: PortfolioRow[]): CsvValue[][] {
  return [
    [
      'collaboration_id',
      'title',
      'status',
      'active_participants',
      'pending_disclosure_requests',
      'active_grants',
      'percent_done',
      'overdue_milestones',
      'overdue_tasks',
      'confirmed_value',
      'valuation_scale',
      'currency',
      'open_pledges',
      'overdue_pledges',
    ],
    ...rows.map((r) => [
      r.collaborationId,
      r.title,
      enumName(r.status),
      r.activeParticipants,
      r.pendingDisclosureRequests,
      r.activeGrants,
      r.percentDone,
      r.overdueMilestones,
      r.overdueTasks,
      r.confirmedValue,
      enumName(r.valuationScale),
      r.currency,
      r.openPledges,
      r.overduePledges,
    ]),
  ];
}

/** An organization's report, one collaboration per row. */
export function organizationReportCsvRows(report: OrganizationReport): CsvValue[][] {
  return [
    [
      'organization_id',
      'organization',
      'collaboration_id',
      'collaboration',
      'collaboration_status',
      'participation_status',
      'given',
      'received',
      'net',
      'valuation_scale',
      'currency',
      'given_entries',
      'received_entries',
      'entries_to_confirm',
      'grants_received',
      'grants_received_active',
      'items_seen',
      'grants_given',
      'requests_made',
      'requests_approved',
      'requests_rejected',
      'requests_pending',
      'pledges_open',
      'pledges_fulfilled',
    ],
    ...report.collaborations.map((c) => [
      report.organizationId,
      report.name,
      c.collaborationId,
      c.title,
      enumName(c.status),
      enumName(c.participationStatus),
      c.given,
      c.received,
      c.net,
      enumName(c.valuationScale),
      c.currency,
      c.givenEntries,
      c.receivedEntries,
      c.entriesToConfirm,
      c.grantsReceived,
      c.grantsReceivedActive,
      c.itemsSeen,
      c.grantsGiven,
      c.requestsMade,
      c.requestsApproved,
      c.requestsRejected,
      c.requestsPending,
      c.pledgesOpen,
      c.pledgesFulfilled,
    ]),
  ];
}
