import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import {
  Actor,
  ActorService,
  Allow,
  Authenticated,
  ReportAccess,
  requireViewer,
} from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import type { Request, Response } from 'express';
import {
  collaborationReportCsvRows,
  CsvValue,
  organizationReportCsvRows,
  portfolioCsvRows,
  toCsv,
} from './report-csv';
import { ReportingService } from './reporting.service';

/**
 * The reports as CSV downloads: same guard, same policies, same service (so the same numbers)
 * as the GraphQL queries. Authenticate with the session cookie or `Authorization: Bearer` (a
 * session or reporting API token).
 */
@Controller('reports')
@RequestBudget() // each download spends from the caller's general budget
export class ReportsCsvController {
  constructor(
    private readonly reports: ReportingService,
    private readonly actors: ActorService,
  ) {}

  private async actor(req: Request): Promise<Actor> {
    const actor = await this.actors.forRequest(req);
    requireViewer(actor);
    return actor;
  }

  private send(res: Response, fileName: string, rows: CsvValue[][]): void {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    // A byte-order mark, so spreadsheets read accents as UTF-8.
    res.send(`\uFEFF${toCsv(rows)}`);
  }

  @Allow(Action.ReadReport, Subject.Collaboration) // its facilitators (SQL)
  @ReportAccess()
  @Get('collaborations/:id.csv')
  @Header('cache-control', 'no-store')
  async collaboration(
    @Param('id', new UuidPipe('id')) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.collaborationReport(await this.actor(req), id);
    this.send(res, `collaboration-${id}.csv`, collaborationReportCsvRows(report));
  }

  @Authenticated() // rows only for the collaborations the caller facilitates (SQL)
  @ReportAccess()
  @Get('portfolio.csv')
  @Header('cache-control', 'no-store')
  async portfolio(@Req() req: Request, @Res() res: Response): Promise<void> {
    const rows = await this.reports.portfolio(await this.actor(req));
    this.send(res, 'portfolio.csv', portfolioCsvRows(rows));
  }

  @Allow(Action.ReadReport, Subject.Organization) // its members (SQL)
  @ReportAccess()
  @Get('organizations/:id.csv')
  @Header('cache-control', 'no-store')
  async organization(
    @Param('id', new UuidPipe('id')) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.organizationReport(await this.actor(req), id);
    this.send(res, `organization-${id}.csv`, organizationReportCsvRows(report));
  }
}
