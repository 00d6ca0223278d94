import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  canonicalSpanFromSource,
  normalizeSpans,
  sourceSpanFromCanonical,
  type Span,
} from '@alianza/redaction';

/** The tables that store redactions, and their column (jsonb `{ fieldKeys, spans }`). */
const REDACTIONS = [
  { table: 'disclosure_requests', column: 'proposed_redaction' },
  { table: 'grants', column: 'redaction' },
] as const;

type Convert = (body: string, span: Span) => Span | null;

/**
 * Redaction spans counted characters of the Markdown source (`**` included); they now count
 * the text as read (docs/adr/0013). Each stored span becomes the span over the same words.
 */
export class CanonicalRedactionSpans1795414000000 implements MigrationInterface {
  name = 'CanonicalRedactionSpans1795414000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await convertAll(queryRunner, canonicalSpanFromSource);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await convertAll(queryRunner, sourceSpanFromCanonical);
  }
}

async function convertAll(queryRunner: QueryRunner, convert: Convert): Promise<void> {
  for (const { table, column } of REDACTIONS) {
    const rows: { id: string; body: string; spans: Span[] }[] = await queryRunner.query(
      `SELECT t.id, v.body, t.${column}->'spans' AS spans FROM "${table}" t
         JOIN "item_versions" v ON v.id = t.item_version_id
        WHERE jsonb_array_length(t.${column}->'spans') > 0`,
    );
    for (const row of rows) {
      const spans = normalizeSpans(
        row.spans.map((span) => convert(row.body, span)).filter((s): s is Span => s !== null),
      );
      await queryRunner.query(
        `UPDATE "${table}" SET ${column} = jsonb_set(${column}, '{spans}', $2::jsonb) WHERE id = $1`,
        [row.id, JSON.stringify(spans)],
      );
    }
  }
}
