import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import {
  Actor,
  ActorService,
  Allow,
  Authenticated,
  ReportAccess,
  requireViewer,
} from '@alianza/authz';
import {
  ExportFormat,
  ExportOptions,
  exportFileName,
  exportOptionsFrom,
  isoDay,
  PdfWriter,
  sendExport,
  writeLocaleCsv,
  writeXlsx,
} from '@alianza/export';
import { IdentityService } from '@alianza/identity';
import { Action, Subject } from '@alianza/shared';
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

/** A file for people: what it is (its name, before the day) and its body. */
interface PeopleFile {
  what: string[];
  body: string | Buffer | Uint8Array;
}

/** How one report becomes each format. */
interface Renderer<T> {
  load(actor: Actor): Promise<T>;
  /** The machine CSV (a `.csv` asked without `lang`). */
  machine?(data: T): { name: string; body: string };
  people(data: T, options: ExportOptions): PeopleFile | Promise<PeopleFile>;
}

/**
 * The reports as downloads: same guard, same policies, same service (so the same numbers) as the
 * GraphQL queries. Authenticate with the session cookie or `Authorization: Bearer` (a session or
 * reporting API token).
 *
 * - `.csv` without `lang`: the machine CSV (English column names, codes, decimal points, UTC),
 *   unchanged for scripts; `.csv?lang=es|en`: the CSV for people (see `writeLocaleCsv`).
 * - `.xlsx` and `.pdf`: for people, in `lang` or else the account's language; dates in `tz`
 *   (an IANA time zone, Europe/Madrid by default).
 */
@Controller('reports')
@RequestBudget() // each download spends from the caller's general budget
export class ReportsExportController {
  constructor(
    private readonly reports: ReportingService,
    private readonly actors: ActorService,
    private readonly identity: IdentityService,
  ) {}

  /** Authenticates, reads the report as the caller, writes it in `format`, answers the file. */
  private async serve<T>(
    req: Request,
    res: Response,
    query: ExportQuery,
    format: ExportFormat,
    renderer: Renderer<T>,
  ): Promise<void> {
    const actor = await this.actors.forRequest(req);
    const viewer = requireViewer(actor);
    if (renderer.machine && query.lang === undefined) {
      const file = renderer.machine(await renderer.load(actor));
      return sendExport(res, { format, ...file });
    }
    const account =
      query.lang === undefined ? (await this.identity.getUser(viewer.userId)).locale : undefined;
    const options = exportOptionsFrom(query, account);
    const { what, body } = await renderer.people(await renderer.load(actor), options);
    const name = exportFileName(what, isoDay(new Date(), options.timeZone), format);
    sendExport(res, { format, name, body });
  }

  private collaboration(id: string): Pick<Renderer<CollaborationReport>, 'load' | 'machine'> {
    return {
      load: (actor) => this.reports.collaborationReport(actor, id),
      machine: (r) => ({
        name: `collaboration-${r.collaborationId}.csv`,
        body: toCsv(collaborationReportCsvRows(r)),
      }),
    };
  }

  private organization(id: string): Pick<Renderer<OrganizationReport>, 'load' | 'machine'> {
    return {
      load: (actor) => this.reports.organizationReport(actor, id),
      machine: (r) => ({
        name: `organization-${r.organizationId}.csv`,
        body: toCsv(organizationReportCsvRows(r)),
      }),
    };
  }

  private portfolio(): Pick<Renderer<PortfolioRow[]>, 'load' | 'machine'> {
    return {
      load: (actor) => this.reports.portfolio(actor),
      machine: (rows) => ({ name: 'portfolio.csv', body: toCsv(portfolioCsvRows(rows)) }),
    };
  }

  @Allow(Action.ReadReport, Subject.Collaboration) // its facilitators (SQL)
  @ReportAccess()
  @Get('collaborations/:id.csv')
  collaborationCsv(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'csv', {
      ...this.collaboration(id),
      people: (r, o) => ({
        what: [REPORT_LABELS[o.language].report, r.title],
        body: writeLocaleCsv(collaborationReportTables(r, o.language), o),
      }),
    });
  }

  @Allow(Action.ReadReport, Subject.Collaboration) // its facilitators (SQL)
  @ReportAccess()
  @Get('collaborations/:id.xlsx')
  collaborationXlsx(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'xlsx', {
      load: this.collaboration(id).load,
      people: async (r, o) => {
        const what = [REPORT_LABELS[o.language].report, r.title];
        const tables = collaborationReportTables(r, o.language);
        return { what, body: await writeXlsx(tables, { ...o, title: what.join(' - ') }) };
      },
    });
  }

  @Allow(Action.ReadReport, Subject.Collaboration) // its facilitators (SQL)
  @ReportAccess()
  @Get('collaborations/:id.pdf')
  collaborationPdf(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'pdf', {
      load: this.collaboration(id).load,
      people: async (r, o) => {
        const l = REPORT_LABELS[o.language];
        const what = [l.report, r.title];
        const pdf = await PdfWriter.create({ ...o, title: what.join(' - ') });
        pdf.title(what.join(': '), `${l.generatedAt} ${isoDay(r.generatedAt, o.timeZone)}`);
        for (const table of collaborationReportTables(r, o.language))
          pdf.heading(table.name).table(table, '—');
        return { what, body: await pdf.save() };
      },
    });
  }

  @Authenticated() // rows only for the collaborations the caller facilitates (SQL)
  @ReportAccess()
  @Get('portfolio.csv')
  portfolioCsv(
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'csv', {
      ...this.portfolio(),
      people: (rows, o) => ({
        what: [REPORT_LABELS[o.language].portfolio],
        body: writeLocaleCsv([portfolioTable(rows, o.language)], o),
      }),
    });
  }

  @Authenticated() // rows only for the collaborations the caller facilitates (SQL)
  @ReportAccess()
  @Get('portfolio.xlsx')
  portfolioXlsx(
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'xlsx', {
      load: this.portfolio().load,
      people: async (rows, o) => {
        const what = [REPORT_LABELS[o.language].portfolio];
        const body = await writeXlsx([portfolioTable(rows, o.language)], { ...o, title: what[0] });
        return { what, body };
      },
    });
  }

  @Allow(Action.ReadReport, Subject.Organization) // its members (SQL)
  @ReportAccess()
  @Get('organizations/:id.csv')
  organizationCsv(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'csv', {
      ...this.organization(id),
      people: (r, o) => ({
        what: [REPORT_LABELS[o.language].report, r.name],
        body: writeLocaleCsv([organizationReportTable(r, o.language)], o),
      }),
    });
  }

  @Allow(Action.ReadReport, Subject.Organization) // its members (SQL)
  @ReportAccess()
  @Get('organizations/:id.xlsx')
  organizationXlsx(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, query, 'xlsx', {
      load: this.organization(id).load,
      people: async (r, o) => {
        const what = [REPORT_LABELS[o.language].report, r.name];
        const table = organizationReportTable(r, o.language);
        return { what, body: await writeXlsx([table], { ...o, title: what.join(' - ') }) };
      },
    });
  }
}
