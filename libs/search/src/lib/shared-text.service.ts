import { Injectable } from '@nestjs/common';
import { ConsumesEvent } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { DisclosureApproved } from '@alianza/disclosure';
import { readableText, type Span, type ValueField } from '@alianza/redaction';
import { SearchSharedTextEntity } from './entities/search-shared-text.entity';

/**
 * The searchable text of each grant: what its recipient reads (the redacted title, body and
 * fields), written in the approving transaction, so a search can never match what redaction hid.
 */
@Injectable()
export class SharedTextService {
  constructor(private readonly db: Db) {}

  @ConsumesEvent(DisclosureApproved)
  async onDisclosureApproved({ grants }: DisclosureApproved): Promise<void> {
    if (grants.length === 0) return;
    const versions = await this.db.query<{
      id: string;
      title: string;
      body: string;
      fields: ValueField[];
    }>('SELECT id, title, body, fields FROM item_versions WHERE id = ANY(CAST(:ids AS uuid[]))', {
      ids: [...new Set(grants.map((g) => g.itemVersionId))],
    });
    const byId = new Map(versions.map((v) => [v.id, v]));
    const rows = grants.flatMap((grant) => {
      const version = byId.get(grant.itemVersionId);
      if (!version) return [];
      const redaction = grant.redaction as { fieldKeys: string[]; spans: Span[] };
      return [
        {
          grantId: grant.id,
          collaborationId: grant.collaborationId,
          recipientParticipationId: grant.recipientParticipationId,
          ...readableText(version, redaction),
        },
      ];
    });
    if (rows.length === 0) return;
    // A plain INSERT (no RETURNING): the row is its recipient's to read, not the issuer's.
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(SearchSharedTextEntity)
      .values(rows)
      .updateEntity(false)
      .execute();
  }
}
