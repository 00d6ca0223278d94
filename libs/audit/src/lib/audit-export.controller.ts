import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import { Actor, ActorService, Allow, canOn, requireViewer } from '@alianza/authz';
import { exportFileName, exportOptionsFrom, isoDay, sendExportStream } from '@alianza/export';
import { IdentityService } from '@alianza/identity';
import { Action, AppError, Subject } from '@alianza/shared';
import type { Request, Response } from 'express';
import { AuditNamesService } from './audit-names.service';
import { AuditService } from './audit.service';
import {
  auditExportTable,
  auditExportTitle,
  auditFilterFrom,
  type AuditExportQuery,
} from './audit-export';
import { AuditRecordType } from './dtos/audit.types';
import { AuditRecordEntity } from './entities/audit-record.entity';

/**
 * `GET /collaborations/{id}/audit-log.xlsx|csv?lang=es|en&tz=…&action=…&actorUserId=…&…`: the
 * facilitator's audit log as a file, filtered as on the screen (the GraphQL `auditLog`'s filter
 * names), people by name, actions in words, times in `tz` (named in the header). Read page by
 * page and written as read (docs/adr/0044-audit-log-export.md). Session cookie or `Authorization:
 * Bearer` (a session), as the screen's queries; the CSV is the one for people (ADR 0037) with or
 * without `lang`: scripts read the log through GraphQL.
 */
@Controller('collaborations')
@RequestBudget() // each download spends from the caller's general budget
export class AuditExportController {
  constructor(
    private readonly audit: AuditService,
    private readonly names: AuditNamesService,
    private readonly actors: ActorService,
    private readonly identity: IdentityService,
  ) {}

  @Allow(Action.ReadDetails, Subject.AuditRecord) // its facilitators: the log with people's names
  @Get(':id/audit-log.xlsx')
  xlsx(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: AuditExportQuery & { lang?: string; tz?: string },
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, id, query, 'xlsx');
  }

  @Allow(Action.ReadDetails, Subject.AuditRecord) // its facilitators: the log with people's names
  @Get(':id/audit-log.csv')
  csv(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: AuditExportQuery & { lang?: string; tz?: string },
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(req, res, id, query, 'csv');
  }

  private async serve(
    req: Request,
    res: Response,
    collaborationId: string,
    query: AuditExportQuery & { lang?: string; tz?: string },
    format: 'xlsx' | 'csv',
  ): Promise<void> {
    const actor = await this.actors.forRequest(req);
    const viewer = requireViewer(actor);
    if (!canOn(actor, Action.ReadDetails, Subject.AuditRecord, { collaborationId }))
      throw AppError.notFound('Collaboration');
    const filter = auditFilterFrom(query);
    const account =
      query.lang === undefined ? (await this.identity.getUser(viewer.userId)).locale : undefined;
    const options = exportOptionsFrom(query, account);
    const title = auditExportTitle(options.language);
    const table = auditExportTable(
      options.language,
      options.timeZone,
      this.named(actor, collaborationId, this.audit.pages(actor, collaborationId, filter)),
    );
    const name = exportFileName([title], isoDay(new Date(), options.timeZone), format);
    await sendExportStream(res, { format, name }, table, { ...options, title });
  }

  /** Each page with its people and organizations by name (two statements a page). */
  private async *named(
    actor: Actor,
    collaborationId: string,
    pages: AsyncIterable<AuditRecordEntity[]>,
  ): AsyncGenerator<AuditRecordType[]> {
    for await (const records of pages) {
      const names = await this.names.of(actor, collaborationId, records);
      yield records.map((record) => AuditRecordType.from(record, names));
    }
  }
}
