import { ExportColumn, ExportLanguage, ExportTable, MoneyCell } from '@alianza/export';
import { ValuationScale } from '@alianza/shared';
import { CollaborationReport, OrganizationReport, PortfolioRow } from './dtos/reporting.types';
import { REPORT_LABELS } from './report-labels';

/*
 * The reports as tables for people (XLSX sheets, CSV sections, PDF tables): headers, units and
 * enum values in the reader's language, numbers as numbers. The machine CSV (report-csv.ts)
 * keeps the codes and the English column names.
 */

/** The currency of a ledger's amounts: none when it values contributions in points. */
const currencyOf = (scale: ValuationScale, currency: string | null): string | null =>
  scale === ValuationScale.MONEY ? currency : null;

const money = (amount: string, scale: ValuationScale, currency: string | null): MoneyCell => ({
  amount,
  currency: currencyOf(scale, currency),
});

/** A two-column table of named counts (or other numbers): concept, value. */
const conceptTable = (
  name: string,
  valueColumn: ExportColumn,
  conceptHeader: string,
  rows: [string, number | null][],
): ExportTable => ({
  name,
  columns: [{ header: conceptHeader, kind: 'text' }, valueColumn],
  rows,
});

/** One sheet per section of the collaboration report; the evaluation's once it is closed. */
export function collaborationReportTables(
  report: CollaborationReport,
  language: ExportLanguage,
): ExportTable[] {
  const l = REPORT_LABELS[language];
  const { participation: p, plan, disclosure: d, ledger, evaluation } = report;
  const currency = currencyOf(ledger.valuationScale, ledger.currency);
  const amountColumn = (header: string): ExportColumn => ({
    header,
    kind: 'money',
    currency,
    unit: currency ? undefined : l.points,
  });
  const overview: ExportTable = {
    name: l.overview.sheet,
    columns: [
      { header: l.overview.title, kind: 'text' },
      { header: l.overview.status, kind: 'text' },
      { header: l.generatedAt, kind: 'dateTime' },
      { header: l.overview.rulesVersion, kind: 'integer' },
      { header: l.overview.percentDone, kind: 'percent' },
      amountColumn(l.overview.confirmedValue),
      { header: l.overview.valuationScale, kind: 'text' },
      ...(evaluation
        ? ([
            { header: l.overview.evaluations, kind: 'integer' },
            { header: l.overview.facilitatorAssessed, kind: 'boolean' },
          ] satisfies ExportColumn[])
        : []),
    ],
    rows: [
      [
        report.title,
        l.collaborationStatus[report.status],
        report.generatedAt,
        p.currentGroundRulesVersion,
        plan.percentDone,
        ledger.confirmedValue,
        l.valuationScale[ledger.valuationScale],
        ...(evaluation ? [evaluation.evaluations, evaluation.facilitatorAssessed] : []),
      ],
    ],
  };
  const tables: ExportTable[] = [
    overview,
    conceptTable(
      l.participation.sheet,
      { header: l.participation.organizations, kind: 'integer' },
      l.concept,
      [
        [l.participation.accepted, p.accepted],
        [l.participation.active, p.active],
        [l.participation.invited, p.invited],
        [l.participation.declined, p.declined],
        [l.participation.withdrawn, p.withdrawn],
      ],
    ),
    {
      name: l.pending.sheet,
      columns: [{ header: l.pending.organization, kind: 'text' }],
      rows: p.pendingAcceptance.map((o) => [o.name]),
    },
    {
      name: l.plan.sheet,
      columns: [
        { header: l.concept, kind: 'text' },
        { header: l.plan.total, kind: 'integer' },
        { header: l.plan.done, kind: 'integer' },
        { header: l.plan.overdue, kind: 'integer' },
        { header: l.plan.blocked, kind: 'integer' },
      ],
      rows: [
        [l.plan.milestones, plan.milestones, plan.milestonesDone, plan.milestonesOverdue, null],
        [l.plan.tasks, plan.tasks, plan.tasksDone, plan.tasksOverdue, plan.tasksBlocked],
      ],
    },
    {
      name: l.overdue.sheet,
      columns: [
        { header: l.overdue.kind, kind: 'text' },
        { header: l.overdue.item, kind: 'text' },
        { header: l.overdue.dueDate, kind: 'date' },
        { header: l.overdue.responsible, kind: 'text' },
      ],
      rows: plan.overdue.map((o) => [
        l.overdue[o.kind],
        o.title,
        o.dueDate,
        o.responsibleOrganizationName,
      ]),
    },
    {
      name: l.indicators.sheet,
      columns: [
        { header: l.indicators.objective, kind: 'text' },
        { header: l.indicators.indicator, kind: 'text' },
        { header: l.indicators.unit, kind: 'text' },
        { header: l.indicators.baseline, kind: 'number' },
        { header: l.indicators.target, kind: 'number' },
        { header: l.indicators.current, kind: 'number' },
        { header: l.indicators.progress, kind: 'percent' },
      ],
      rows: plan.indicators.map((i) => [
        i.objective,
        i.name,
        i.unit,
        i.baseline,
        i.target,
        i.current,
        i.progressPercent,
      ]),
    },
    conceptTable(l.disclosure.sheet, { header: l.value, kind: 'number' }, l.concept, [
      [l.disclosure.requested, d.requested],
      [l.disclosure.approved, d.approved],
      [l.disclosure.approvedAutomatically, d.approvedAutomatically],
      [l.disclosure.rejected, d.rejected],
      [l.disclosure.changesRequested, d.changesRequested],
      [l.disclosure.pending, d.pending],
      [l.disclosure.withdrawn, d.withdrawn],
      [l.disclosure.decisionHoursP50, d.decisionHoursP50],
      [l.disclosure.decisionHoursP90, d.decisionHoursP90],
      [l.disclosure.grants, d.grants],
      [l.disclosure.grantsActive, d.grantsActive],
      [l.disclosure.grantsRevoked, d.grantsRevoked],
      [l.disclosure.grantsExpired, d.grantsExpired],
    ]),
    {
      name: l.ledger.sheet,
      columns: [
        { header: l.ledger.organization, kind: 'text' },
        amountColumn(l.ledger.given),
        amountColumn(l.ledger.received),
        amountColumn(l.ledger.net),
      ],
      rows: ledger.organizations.map((o) => [o.name, o.given, o.received, o.net]),
    },
    {
      name: l.pairs.sheet,
      columns: [
        { header: l.pairs.giver, kind: 'text' },
        { header: l.pairs.receiver, kind: 'text' },
        amountColumn(l.pairs.value),
      ],
      rows: ledger.pairs.map((pair) => [
        pair.giverName,
        pair.receiverName ?? l.wholeCollaboration,
        pair.value,
      ]),
    },
    conceptTable(l.ledgerSummary.sheet, { header: l.count, kind: 'integer' }, l.concept, [
      [l.ledgerSummary.entriesPending, ledger.entriesPending],
      [l.ledgerSummary.entriesDisputed, ledger.entriesDisputed],
      [l.ledgerSummary.pledgesOpen, ledger.pledgesOpen],
      [l.ledgerSummary.pledgesOverdue, ledger.pledgesOverdue],
      [l.ledgerSummary.pledgesFulfilled, ledger.pledgesFulfilled],
      [l.ledgerSummary.pledgesCancelled, ledger.pledgesCancelled],
    ]),
  ];
  if (evaluation) {
    tables.push(
      {
        name: l.objectives.sheet,
        columns: [
          { header: l.objectives.objective, kind: 'text' },
          { header: l.objectives.ratings, kind: 'integer' },
          { header: l.objectives.average, kind: 'number', decimals: 1 },
        ],
        rows: evaluation.objectives.map((o) => [o.title, o.ratings, o.average]),
      },
      {
        name: l.peers.sheet,
        columns: [
          { header: l.peers.organization, kind: 'text' },
          { header: l.peers.ratings, kind: 'integer' },
          { header: l.peers.average, kind: 'number', decimals: 1 },
        ],
        rows: evaluation.peers.map((o) => [o.name, o.ratings, o.average]),
      },
    );
  }
  return tables;
}

/** The portfolio: one collaboration per row, each amount in its own ledger's currency. */
export function portfolioTable(rows: PortfolioRow[], language: ExportLanguage): ExportTable {
  const l = REPORT_LABELS[language];
  const s = l.portfolioSheet;
  return {
    name: s.sheet,
    columns: [
      { header: s.collaboration, kind: 'text' },
      { header: s.status, kind: 'text' },
      { header: s.participants, kind: 'integer' },
      { header: s.pendingRequests, kind: 'integer' },
      { header: s.activeGrants, kind: 'integer' },
      { header: s.percentDone, kind: 'percent' },
      { header: s.overdueMilestones, kind: 'integer' },
      { header: s.overdueTasks, kind: 'integer' },
      { header: s.confirmedValue, kind: 'money' },
      { header: s.valuationScale, kind: 'text' },
      { header: s.currency, kind: 'text' },
      { header: s.openPledges, kind: 'integer' },
      { header: s.overduePledges, kind: 'integer' },
    ],
    rows: rows.map((r) => [
      r.title,
      l.collaborationStatus[r.status],
      r.activeParticipants,
      r.pendingDisclosureRequests,
      r.activeGrants,
      r.percentDone,
      r.overdueMilestones,
      r.overdueTasks,
      money(r.confirmedValue, r.valuationScale, r.currency),
      l.valuationScale[r.valuationScale],
      currencyOf(r.valuationScale, r.currency),
      r.openPledges,
      r.overduePledges,
    ]),
  };
}

/** The counts of an organization's report, in their column order. */
const ORGANIZATION_COUNTS = [
  'givenEntries',
  'receivedEntries',
  'entriesToConfirm',
  'grantsReceived',
  'grantsReceivedActive',
  'itemsSeen',
  'grantsGiven',
  'requestsMade',
  'requestsApproved',
  'requestsRejected',
  'requestsPending',
  'pledgesOpen',
  'pledgesFulfilled',
] as const;

/** An organization's report: one collaboration per row. */
export function organizationReportTable(
  report: OrganizationReport,
  language: ExportLanguage,
): ExportTable {
  const l = REPORT_LABELS[language];
  const s = l.organizationSheet;
  return {
    name: s.sheet,
    columns: [
      { header: s.collaboration, kind: 'text' },
      { header: s.collaborationStatus, kind: 'text' },
      { header: s.participationStatus, kind: 'text' },
      { header: s.given, kind: 'money' },
      { header: s.received, kind: 'money' },
      { header: s.net, kind: 'money' },
      { header: s.currency, kind: 'text' },
      ...ORGANIZATION_COUNTS.map((key): ExportColumn => ({ header: s[key], kind: 'integer' })),
    ],
    rows: report.collaborations.map((c) => [
      c.title,
      l.collaborationStatus[c.status],
      l.participationStatus[c.participationStatus],
      money(c.given, c.valuationScale, c.currency),
      money(c.received, c.valuationScale, c.currency),
      money(c.net, c.valuationScale, c.currency),
      currencyOf(c.valuationScale, c.currency) ?? l.valuationScale[c.valuationScale],
      ...ORGANIZATION_COUNTS.map((key) => c[key]),
    ]),
  };
}
