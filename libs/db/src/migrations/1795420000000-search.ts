import { MigrationInterface, QueryRunner } from 'typeorm';
import { readableText, type ValueField, type Span } from '@alianza/redaction';

// The claim's facts, as in RowLevelSecurity1795416100000.
const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const AP = '((SELECT alianza_rls.active_participations())::uuid[])';
const MO = '((SELECT alianza_rls.member_orgs())::uuid[])';

/**
 * The tables that grow with use (every version, every audit record, every grant): their vector
 * is kept in a `search` column by a trigger (computed once per row, read by `ts_rank`), and
 * indexed. `texts` are over the new row (`NEW`).
 */
export const STORED: readonly { table: string; texts: string }[] = [
  { table: 'item_versions', texts: 'NEW.title, NEW.body, public.search_fields_text(NEW.fields)' },
  { table: 'search_shared_texts', texts: 'NEW.title, NEW.body, NEW.fields' },
  {
    table: 'audit_records',
    texts:
      'public.search_action_text(NEW.action), NEW.subject_type, public.search_json_text(NEW.payload)',
  },
];

/** The small tables (a collaboration's plan, publications, questions): an expression index. */
export const EXPRESSION: readonly { table: string; texts: string }[] = [
  { table: 'publications', texts: 'title, body' },
  { table: 'questions', texts: 'subject, body, answer' },
  { table: 'published_answers', texts: 'question, answer' },
  { table: 'plan_objectives', texts: 'title, description' },
  { table: 'plan_milestones', texts: 'title, description' },
  { table: 'plan_tasks', texts: 'title, description, blocked_reason' },
];

/**
 * Full-text search (issue 17, docs/adr/0038-search.md).
 *
 * - `unaccent` is a trusted extension (PostgreSQL 13+): the database's owner, which runs the
 *   migrations and is no superuser, may create it. Two text search configurations put it before
 *   the stemmers: `alianza_es` (Spanish) and `alianza_en` (English), so "panaderia" finds
 *   "panaderías" and ts_headline highlights the words as written.
 * - `search_vector(a, b, c)` (IMMUTABLE) is the one definition of what a row's texts weigh: both
 *   configurations, the first text weight A, the second B, the third C. The tables that grow
 *   with use keep it in a `search` column (a trigger writes it; the application never does) with
 *   a GIN index; the small ones have a GIN index on the expression. Either way a row's vector is
 *   as readable as the row, under the table's own row policies.
 * - `search_shared_texts`: what a recipient can read of each grant (the redacted text, never the
 *   version's), written with the grant; readable by the grant's recipient only.
 */
export class Search1795420000000 implements MigrationInterface {
  name = 'Search1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    for (const [name, base, stem] of [
      ['alianza_es', 'spanish', 'spanish_stem'],
      ['alianza_en', 'english', 'english_stem'],
    ] as const) {
      await queryRunner.query(
        `CREATE TEXT SEARCH CONFIGURATION public.${name} (COPY = pg_catalog.${base})`,
      );
      await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION public.${name}
        ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.${stem}`);
    }
    await queryRunner.query(`CREATE FUNCTION public.search_vector(a text, b text DEFAULT NULL, c text DEFAULT NULL)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('public.alianza_es'::regconfig, coalesce(a, '')), 'A')
            || setweight(to_tsvector('public.alianza_en'::regconfig, coalesce(a, '')), 'A')
            || setweight(to_tsvector('public.alianza_es'::regconfig, coalesce(b, '')), 'B')
            || setweight(to_tsvector('public.alianza_en'::regconfig, coalesce(b, '')), 'B')
            || setweight(to_tsvector('public.alianza_es'::regconfig, coalesce(c, '')), 'C')
            || setweight(to_tsvector('public.alianza_en'::regconfig, coalesce(c, '')), 'C')
      $$`);
    await queryRunner.query(`CREATE FUNCTION public.search_query(q text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT websearch_to_tsquery('public.alianza_es'::regconfig, q)
            || websearch_to_tsquery('public.alianza_en'::regconfig, q)
      $$`);
    // An item's fields as text, `label: value` joined by ' · ' (as readableText writes a grant's).
    await queryRunner.query(`CREATE FUNCTION public.search_fields_text(fields jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(
                 CASE WHEN coalesce(f->>'text', f->>'number') IS NULL THEN f->>'label'
                      ELSE (f->>'label') || ': ' || coalesce(f->>'text', f->>'number') END,
                 ' · ' ORDER BY o), '')
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(fields) = 'array' THEN fields ELSE '[]' END)
               WITH ORDINALITY AS e(f, o)
      $$`);
    // An audit action as words ('grant.created' → 'grant created').
    await queryRunner.query(`CREATE FUNCTION public.search_action_text(action text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT translate(action, '._', '  ') $$`);
    // The strings of a JSON document (an audit record's payload), in document order.
    await queryRunner.query(`CREATE FUNCTION public.search_json_text(doc jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(v #>> '{}', ' '), '')
          FROM jsonb_path_query(doc, 'strict $.** ? (@.type() == "string")') AS v
      $$`);

    await queryRunner.query(`CREATE TABLE "search_shared_texts" (
      "grant_id" uuid NOT NULL,
      "collaboration_id" uuid NOT NULL,
      "recipient_participation_id" uuid NOT NULL,
      "title" character varying(200) NOT NULL,
      "body" text NOT NULL,
      "fields" text NOT NULL,
      CONSTRAINT "search_shared_texts_pkey" PRIMARY KEY ("grant_id"))`);
    await queryRunner.query(
      `CREATE INDEX "search_shared_texts_collaboration_id_idx" ON "search_shared_texts" ("collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "search_shared_texts_recipient_idx" ON "search_shared_texts" ("recipient_participation_id") `,
    );
    await queryRunner.query(`ALTER TABLE "search_shared_texts" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "search_shared_texts" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "search_shared_texts" TO alianza_api`);
    await queryRunner.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON "search_shared_texts" FROM alianza_api`,
    );
    // The grant's recipient only, while the grant is in force and its participation active (as
    // the policy on `grants` lets a recipient read it). Neither the owner nor the facilitator reads these rows: they
    // search the version itself.
    const grantOf = `SELECT 1 FROM grants g WHERE g.id = search_shared_texts.grant_id
        AND g.collaboration_id = search_shared_texts.collaboration_id
        AND g.recipient_participation_id = search_shared_texts.recipient_participation_id`;
    await queryRunner.query(`CREATE POLICY search_shared_texts_read ON "search_shared_texts"
      FOR SELECT TO alianza_api
      USING (recipient_participation_id = ANY ${AP}
             AND EXISTS (${grantOf} AND grant_is_live(g.revoked_at, g.valid_until)))`);
    // Written with the grant, by whoever issues it (the facilitator, or the owner's automatic
    // approval), for a grant of that row's collaboration and recipient.
    await queryRunner.query(`CREATE POLICY search_shared_texts_insert ON "search_shared_texts"
      FOR INSERT TO alianza_api
      WITH CHECK (EXISTS (${grantOf}
        AND (g.collaboration_id = ANY ${F} OR g.owner_organization_id = ANY ${MO})))`);

    for (const { table, texts } of STORED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search" tsvector`);
      await queryRunner.query(`CREATE FUNCTION public.${table}_search() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search := public.search_vector(${texts});
          RETURN NEW;
        END $$`);
      await queryRunner.query(`CREATE TRIGGER ${table}_search BEFORE INSERT ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION public.${table}_search()`);
    }
    // The rows written before: the audit log refuses UPDATE, so its guard steps aside meanwhile
    // (in this migration's transaction, as the owner).
    await queryRunner.query(
      `UPDATE item_versions SET search = public.search_vector(title, body, public.search_fields_text(fields))`,
    );
    await queryRunner.query(
      `ALTER TABLE audit_records DISABLE TRIGGER audit_records_no_update_delete`,
    );
    await queryRunner.query(`UPDATE audit_records
      SET search = public.search_vector(public.search_action_text(action), subject_type, public.search_json_text(payload))`);
    await queryRunner.query(
      `ALTER TABLE audit_records ENABLE TRIGGER audit_records_no_update_delete`,
    );
    for (const { table } of STORED)
      await queryRunner.query(
        `CREATE INDEX "${table}_search_idx" ON "${table}" USING gin ("search")`,
      );
    for (const { table, texts } of EXPRESSION) {
      await queryRunner.query(
        `CREATE INDEX "${table}_search_idx" ON "${table}" USING gin (public.search_vector(${texts}))`,
      );
    }
    await backfillSharedTexts(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of EXPRESSION) await queryRunner.query(`DROP INDEX "${table}_search_idx"`);
    await queryRunner.query(`DROP TABLE "search_shared_texts"`);
    for (const { table } of STORED.filter((t) => t.table !== 'search_shared_texts')) {
      await queryRunner.query(`DROP TRIGGER ${table}_search ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search"`);
    }
    for (const { table } of STORED)
      await queryRunner.query(`DROP FUNCTION public.${table}_search()`);
    for (const fn of [
      'search_vector(text, text, text)',
      'search_query(text)',
      'search_fields_text(jsonb)',
      'search_action_text(text)',
      'search_json_text(jsonb)',
    ])
      await queryRunner.query(`DROP FUNCTION public.${fn}`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION public.alianza_es`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION public.alianza_en`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}

/** The readable text of every grant issued before search existed (as the owner: all tenants). */
async function backfillSharedTexts(queryRunner: QueryRunner): Promise<void> {
  const rows: {
    id: string;
    collaboration_id: string;
    recipient_participation_id: string;
    redaction: { fieldKeys: string[]; spans: Span[] };
    title: string;
    body: string;
    fields: ValueField[];
  }[] = await queryRunner.query(
    `SELECT g.id, g.collaboration_id, g.recipient_participation_id, g.redaction, v.title, v.body, v.fields
       FROM grants g JOIN item_versions v ON v.id = g.item_version_id`,
  );
  for (const row of rows) {
    const text = readableText(row, row.redaction);
    await queryRunner.query(
      `INSERT INTO search_shared_texts (grant_id, collaboration_id, recipient_participation_id, title, body, fields)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        row.id,
        row.collaboration_id,
        row.recipient_participation_id,
        text.title,
        text.body,
        text.fields,
      ],
    );
  }
}
