import { writeLocaleCsv } from '@alianza/export';
import { CollaborationStatus, ParticipationStatus, ValuationScale } from '@alianza/shared';
import { CollaborationReport, OrganizationReport, OverdueKind } from './dtos/reporting.types';
import {
  collaborationReportTables,
  organizationReportTable,
  portfolioTable,
} from './report-export';

const REPORT: CollaborationReport = {
  collaborationId: 'c1',
  title: 'Informe del pan',
  status: CollaborationStatus.ACTIVE,
  generatedAt: new Date('2026-12-06T08:00:00Z'),
  participation: {
    invited: 1,
    accepted: 3,
    declined: 0,
    withdrawn: 0,
    active: 3,
    currentGroundRulesVersion: 1,
    pendingAcceptance: [{ organizationId: 'd', name: 'Informe D' }],
  },
  plan: {
    percentDone: 25,
    milestones: 2,
    milestonesDone: 0,
    milestonesOverdue: 1,
    tasks: 2,
    tasksDone: 1,
    tasksBlocked: 0,
    tasksOverdue: 1,
    overdue: [
      {
        kind: OverdueKind.TASK,
        id: 't',
        title: 'Comparar',
        dueDate: '2026-03-01',
        responsibleOrganizationId: 'b',
        responsibleOrganizationName: 'Informe B',
      },
    ],
    indicators: [],
  },
  disclosure: {
    requested: 3,
    pending: 1,
    changesRequested: 0,
    approved: 1,
    approvedAutomatically: 0,
    rejected: 1,
    withdrawn: 0,
    decisionHoursP50: 6,
    decisionHoursP90: 9.2,
    grants: 1,
    grantsActive: 0,
    grantsRevoked: 1,
    grantsExpired: 0,
  },
  ledger: {
    valuationScale: ValuationScale.MONEY,
    currency: 'EUR',
    confirmedValue: '130.00',
    entriesPending: 1,
    entriesDisputed: 0,
    organizations: [
      { organizationId: 'a', name: 'Informe A', given: '100.00', received: '30.00', net: '70.00' },
    ],
    pairs: [
      {
        giverOrganizationId: 'a',
        giverName: 'Informe A',
        receiverOrganizationId: null,
        receiverName: null,
        value: '100.00',
      },
    ],
    pledgesOpen: 1,
    pledgesOverdue: 0,
    pledgesFulfilled: 0,
    pledgesCancelled: 0,
  },
  evaluation: null,
};

describe('the reports as tables for people', () => {
  it('names sections, headers and enum values in Spanish, with the ledger’s currency', () => {
    const tables = collaborationReportTables(REPORT, 'es');
    expect(tables.map((t) => t.name)).toEqual([
      'Colaboración',
      'Participación',
      'Pendientes de aceptar',
      'Plan',
      'Vencido',
      'Indicadores',
      'Divulgaciones',
      'Debe y haber',
      'Entre organizaciones',
      'Aportaciones',
    ]);
    expect(tables[0].rows[0].slice(0, 2)).toEqual(['Informe del pan', 'Activa']);
    expect(tables[4].rows[0][0]).toBe('Tarea');
    const ledger = tables[7];
    expect(ledger.columns.map((c) => c.currency)).toEqual([undefined, 'EUR', 'EUR', 'EUR']);
    expect(tables[8].rows[0][1]).toBe('Toda la colaboración');
  });

  it('says points in the headers when the ledger values in points, in English too', () => {
    const points = {
      ...REPORT,
      ledger: { ...REPORT.ledger, valuationScale: ValuationScale.POINTS },
    };
    const csv = writeLocaleCsv(collaborationReportTables(points, 'en'), {
      language: 'en',
      timeZone: 'UTC',
    });
    expect(csv).toContain('Organization,Given (points),Received (points),Balance (points)');
    expect(csv).toContain('Informe A,100.00,30.00,70.00');
    expect(csv).toContain('Informe del pan,Active,06/12/2026 08:00,1,25,130.00,Points');
  });

  it('turns the portfolio and an organization’s report into one table each', () => {
    const row = portfolioTable(
      [
        {
          collaborationId: 'c1',
          title: 'Informe del pan',
          status: CollaborationStatus.CLOSING,
          activeParticipants: 3,
          pendingDisclosureRequests: 1,
          activeGrants: 0,
          percentDone: 25,
          overdueMilestones: 1,
          overdueTasks: 1,
          confirmedValue: '130.00',
          valuationScale: ValuationScale.POINTS,
          currency: 'EUR',
          openPledges: 1,
          overduePledges: 0,
        },
      ],
      'es',
    ).rows[0];
    expect(row.slice(0, 2)).toEqual(['Informe del pan', 'En cierre']);
    expect(row[8]).toEqual({ amount: '130.00', currency: null });
    const organization: OrganizationReport = {
      organizationId: 'a',
      name: 'Informe A',
      generatedAt: new Date(),
      collaborations: [
        {
          ...REPORT.ledger,
          collaborationId: 'c1',
          title: 'Informe del pan',
          status: CollaborationStatus.ACTIVE,
          participationStatus: ParticipationStatus.ACCEPTED,
          given: '100.00',
          received: '30.00',
          net: '70.00',
          givenEntries: 2,
          receivedEntries: 1,
          entriesToConfirm: 0,
          grantsReceived: 0,
          grantsReceivedActive: 0,
          itemsSeen: 0,
          grantsGiven: 1,
          requestsMade: 2,
          requestsApproved: 1,
          requestsRejected: 1,
          requestsPending: 0,
          pledgesOpen: 1,
          pledgesFulfilled: 0,
        },
      ],
    };
    const table = organizationReportTable(organization, 'es');
    expect(table.rows[0].slice(0, 4)).toEqual([
      'Informe del pan',
      'Activa',
      'Participa',
      { amount: '100.00', currency: 'EUR' },
    ]);
  });
});
