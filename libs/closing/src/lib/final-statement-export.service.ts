import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@alianza/audit';
import { Actor } from '@alianza/authz';
import { ExportOptions } from '@alianza/export';
import { LedgerService } from '@alianza/ledger';
import { OrganizationService } from '@alianza/organization';
import { AppError, ValuationScale } from '@alianza/shared';
import { ClosingService } from './closing.service';
import { readFinalStatementContent } from './final-statement-content';
import { finalStatementPdf } from './final-statement-pdf';

/** The sealed final statement as a file for people (docs/adr/0037-export-formats.md). */
@Injectable()
export class FinalStatementExportService {
  constructor(
    private readonly closing: ClosingService,
    private readonly organizations: OrganizationService,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * The PDF, for whoever may read the final statement (its facilitators and the collaboration's
   * active participants: NOT_FOUND for anyone else, and before the collaboration is closed).
   * Organizations are named as the reader may see them.
   */
  async pdf(
    actor: Actor,
    collaborationId: string,
    options: ExportOptions,
  ): Promise<{ title: string; closedAt: Date; bytes: Uint8Array }> {
    const statement = await this.closing.finalStatement(actor, collaborationId);
    if (!statement) throw AppError.notFound('Final statement');
    const content = readFinalStatementContent(statement.content);
    const ids = new Set<string>(
      [
        ...content.balances.organizations.map((b) => b.organizationId),
        ...content.balances.pairs.flatMap((p) => [p.giverOrganizationId, p.receiverOrganizationId]),
        ...content.evaluations.flatMap((e) => e.peerRatings.map((r) => r.organizationId)),
        ...content.missingEvaluations,
      ].filter((id): id is string => !!id),
    );
    const [organizations, settings] = await Promise.all([
      this.organizations.findVisible(actor, [...ids]),
      this.ledger.settings(actor, collaborationId),
    ]);
    const bytes = await finalStatementPdf(
      {
        content,
        hash: statement.hash,
        canonicalContent: canonicalJson(statement.content),
        closedAt: statement.closedAt,
        overrideReason: statement.overrideReason,
        names: new Map([...organizations].map(([id, o]) => [id, o.name])),
        currency: settings.valuationScale === ValuationScale.MONEY ? settings.currency : null,
      },
      options,
    );
    return { title: content.collaboration.title, closedAt: statement.closedAt, bytes };
  }
}
