import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { RequestBudget, UuidPipe } from '@alianza/api-core';
import { ActorService, Allow, requireViewer } from '@alianza/authz';
import { exportFileName, exportOptionsFrom, isoDay, sendExport } from '@alianza/export';
import { IdentityService } from '@alianza/identity';
import { Action, Subject } from '@alianza/shared';
import type { Request, Response } from 'express';
import { FinalStatementExportService } from './final-statement-export.service';

const FILE_TITLE = { es: 'Balance final', en: 'Final statement' } as const;

/**
 * `GET /collaborations/{id}/final-statement.pdf?lang=es|en&tz=…`: the sealed final statement as
 * a PDF, in `lang` or else the account's language, dates in `tz` (Europe/Madrid by default).
 * Session cookie or `Authorization: Bearer` (a session), as the GraphQL field `finalStatement`.
 */
@Controller('collaborations')
@RequestBudget() // each download spends from the caller's general budget
export class FinalStatementController {
  constructor(
    private readonly statements: FinalStatementExportService,
    private readonly actors: ActorService,
    private readonly identity: IdentityService,
  ) {}

  @Allow(Action.Read, Subject.FinalStatement) // its facilitators and active participants (SQL)
  @Get(':id/final-statement.pdf')
  async pdf(
    @Param('id', new UuidPipe('id')) id: string,
    @Query() query: { lang?: string; tz?: string },
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const actor = await this.actors.forRequest(req);
    const viewer = requireViewer(actor);
    const account =
      query.lang === undefined ? (await this.identity.getUser(viewer.userId)).locale : undefined;
    const options = exportOptionsFrom(query, account);
    const { title, closedAt, bytes } = await this.statements.pdf(actor, id, options);
    const name = exportFileName(
      [FILE_TITLE[options.language], title],
      isoDay(closedAt, options.timeZone),
      'pdf',
    );
    sendExport(res, { format: 'pdf', name, body: bytes });
  }
}
