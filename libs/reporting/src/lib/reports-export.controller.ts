import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import {
  Actor,
  ActorService,
  Authenticated,
  ReportAccess,
  requireAllowed,
  requireViewer,
} from '@alianza/authz';
import {
  ExportFormat,
  ExportLanguage,
  ExportOptions,
  ExportTable,
  exportFileName,
  exportOptionsFrom,
  isoDay,
  PdfWriter,
  sendExport,
  writeLocaleCsv,
  writeXlsx,
} from '@alianza/export';
import { IdentityService } from '@alianza/identity';
import { Action, AppError, Subject } from '@alianza/shared';
import type { Request, Response } from 'express';
import { CollaborationReport, OrganizationReport, PortfolioRow } from './dtos/reporting.types';
import {
  collaborationReportCsvRows,
  organizationReportCsvRows,
  portfolioCsvRows,
  toCsv,
} from './report-csv';
import {
  collaborationReportTables,
  organizationReportTable,
  portfolioTable,
} from './report-export';
import { REPORT_LABELS } from './report-labels';
import { ReportingService } from './reporting.service';

/** `lang` and `tz` of a download for people (docs/adr/0037-export-formats.md). */
interface ExportQuery {
  lang?: string;
  tz?: string;
}

/** How one kind of report is read and described, whatever the format. */
interface Report<T> {
  /** What `@Allow` would check (then the rows, in SQL); none: any signed-in person's own rows. */
  policy: [Action, Subject] | null;
  /** Whether its address names one (`collaborations/{id}`) or none (`portfolio`). */
  hasId: boolean;
  load(reports: ReportingService, actor: Actor, id: string): Promise<T>;
  /** The machine CSV (a `.csv` asked without `lang`). */
  machine(data: T): { name: string; body: string };
  /** What the file is, for its name and title ("Informe", its title). */
  what(data: T, language: ExportLanguage): string[];
  tables(data: T, language: ExportLanguage): ExportTable[];
  /** When it was made, under the PDF's title (only the reports with a PDF). */
  generatedAt?(data: T): Date;
}

const report = <T>(r: Report<T>): Report<unknown> => r as Report<unknown>;

/** Each report by the first segment of its address. */
const REPORTS: Record<string, Report<unknown>> = {
  // its facilitators (SQL)
  collaborations: report<CollaborationReport>({
    policy: [Action.ReadReport, Subject.Collaboration],
    hasId: true,
    load: (reports, actor, id) => reports.collaborationReport(actor, id),
    machine: (r) => ({
      name: `collaboration-${r.collaborationId}.csv`,
      body: toCsv(collaborationReportCsvRows(r)),
    }),
    what: (r, language) => [REPORT_LABELS[language].report, r.title],
    tables: collaborationReportTables,
    generatedAt: (r) => r.generatedAt,
  }),
  // its members (SQL)
  organizations: report<OrganizationReport>({
    policy: [Action.ReadReport, Subject.Organization],
    hasId: true,
    load: (reports, actor, id) => reports.organizationReport(actor, id),
    machine: (r) => ({
      name: `organization-${r.organizationId}.csv`,
      body: toCsv(organizationReportCsvRows(r)),
    }),
    what: (r, language) => [REPORT_LABELS[language].report, r.name],
    tables: (r, language) => [organizationReportTable(r, language)],
  }),
  // rows only for the collaborations the caller facilitates (SQL)
  portfolio: report<PortfolioRow[]>({
    policy: null,
    hasId: false,
    load: (reports, actor) => reports.portfolio(actor),
    machine: (rows) => ({ name: 'portfolio.csv', body: toCsv(portfolioCsvRows(rows)) }),
    what: (_rows, language) => [REPORT_LABELS[language].portfolio],
    tables: (rows, language) => [portfolioTable(rows, language)],
  }),
};

/** The report an address asks for (an unknown one, or one with a missing or extra id: 404). */
function reportOf(kind: string, id: string | undefined): Report<unknown> {
  const found = Object.hasOwn(REPORTS, kind) ? REPORTS[kind] : undefined;
  if (!found || found.hasId !== (id !== undefined)) throw AppError.notFound('Report');
  return found;
}

/** Every address of a format: `collaborations/{id}.csv`, `organizations/{id}.csv`, `portfolio.csv`. */
const routes = (format: ExportFormat) => [`:kind/:id.${format}`, `:kind.${format}`];

/**
 * The reports as downloads: same policies, same service (so the same numbers) as the GraphQL
 * queries, one route per format, the report from the table above. Authenticate with the session
 * cookie or `Authorization: Bearer` (a session or reporting API token).
 *
 * - `.csv` without `lang`: the machine CSV (English column names, codes, decimal points, UTC),
 *   unchanged for scripts; `.csv?lang=es|en`: the CSV for people (see `writeLocaleCsv`).
 * - `.xlsx` and `.pdf` (the collaboration's only): for people, in `lang` or else the account's
 *   language; dates in `tz` (an IANA time zone, Europe/Madrid by default).
 */
@Controller('reports')
@RequestBudget() // each download spends from the caller's general budget
export class ReportsExportController {
  constructor(
    private readonly reports: ReportingService,
    private readonly actors: ActorService,
    private readonly identity: IdentityService,
  ) {}

  @Authenticated() // then each report's own policy (`REPORTS`), and its rows in SQL
  @ReportAccess()
  @Get(routes('csv'))
  csv(
    @Param() params: ReportParams,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.serve(req, res, params, query, 'csv', (data, r, o) =>
      writeLocaleCsv(r.tables(data, o.language), o),
    );
  }

  @Authenticated() // then each report's own policy (`REPORTS`), and its rows in SQL
  @ReportAccess()
  @Get(routes('xlsx'))
  xlsx(
    @Param() params: ReportParams,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.serve(req, res, params, query, 'xlsx', (data, r, o, what) =>
      writeXlsx(r.tables(data, o.language), { ...o, title: what.join(' - ') }),
    );
  }

  @Authenticated() // then each report's own policy (`REPORTS`), and its rows in SQL
  @ReportAccess()
  @Get(routes('pdf'))
  pdf(
    @Param() params: ReportParams,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.serve(req, res, params, query, 'pdf', async (data, r, o, what) => {
      const pdf = await PdfWriter.create({ ...o, title: what.join(' - ') });
      const made = r.generatedAt?.(data) ?? new Date();
      pdf.title(
        what.join(': '),
        `${REPORT_LABELS[o.language].generatedAt} ${isoDay(made, o.timeZone)}`,
      );
      for (const table of r.tables(data, o.language)) pdf.heading(table.name).table(table, '—');
      return pdf.save();
    });
  }

  /**
   * Authenticates, checks the report's policy, reads it as the caller, writes it in `format`
   * (the machine CSV for a `.csv` without `lang`), answers the file.
   */
  private async serve(
    req: Request,
    res: Response,
    params: ReportParams,
    query: ExportQuery,
    format: ExportFormat,
    write: (
      data: unknown,
      report: Report<unknown>,
      options: ExportOptions,
      what: string[],
    ) => string | Buffer | Uint8Array | Promise<string | Buffer | Uint8Array>,
  ): Promise<void> {
    const report = reportOf(params.kind, params.id);
    // Only the collaboration's report has a PDF.
    if (format === 'pdf' && !report.generatedAt) throw AppError.notFound('Report');
    const actor = await this.actors.forRequest(req);
    const viewer = requireViewer(actor);
    if (report.policy) requireAllowed(actor, ...report.policy);
    const id = params.id === undefined ? '' : new UuidPipe('id').transform(params.id);
    const data = await report.load(this.reports, actor, id);
    if (format === 'csv' && query.lang === undefined)
      return sendExport(res, { format, ...report.machine(data) });
    const account =
      query.lang === undefined ? (await this.identity.getUser(viewer.userId)).locale : undefined;
    const options = exportOptionsFrom(query, account);
    const what = report.what(data, options.language);
    const body = await write(data, report, options, what);
    const name = exportFileName(what, isoDay(new Date(), options.timeZone), format);
    sendExport(res, { format, name, body });
  }
}

interface ReportParams {
  kind: string;
  id?: string;
}
