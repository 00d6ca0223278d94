import { MigrationInterface, QueryRunner } from 'typeorm';

// The claim's facts, as in RowLevelSecurity1795416100000.
const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const AC = '((SELECT alianza_rls.active_collabs())::uuid[])';
const AP = '((SELECT alianza_rls.active_participations())::uuid[])';
const MO = '((SELECT alianza_rls.member_orgs())::uuid[])';
const PAIRS = '((SELECT alianza_rls.active_pairs())::text[])';
const ME = '(SELECT alianza_rls.claim_user())';
const VIEW = '(SELECT alianza_rls.view_collaboration())';

const facilitated = `collaboration_id = ANY ${F}`;
const own = `(owner_organization_id = ANY ${MO} AND (${VIEW} IS NULL OR collaboration_id = ${VIEW}))`;
/** As `items` and `item_versions` are read, without the recipients of grants (docs/adr/0030). */
const READ = `${facilitated} OR ${own}`;
const activePair = `(collaboration_id::text || '/' || owner_organization_id::text) = ANY ${PAIRS}`;

/** The version and the file a listing names are the listing's collaboration's and owner's. */
const sameOwner = (table: string, column: string, alias: string) =>
  `EXISTS (SELECT 1 FROM "${table}" ${alias} WHERE ${alias}.id = item_version_files.${column}
     AND ${alias}.collaboration_id = item_version_files.collaboration_id
     AND ${alias}.owner_organization_id = item_version_files.owner_organization_id)`;

/**
 * Documents on item versions (issue 16, docs/adr/0030): `item_files` (a participant's uploaded
 * document, its content in the document store under its id) and `item_version_files` (the files
 * a version lists, in order, immutable like the version).
 *
 * Row-level security, the shape of `items` and `item_versions` (RowLevelSecurity1795416100000):
 * the owner organization's members and the collaboration's facilitators read; members of an
 * active owner participation write. Unlike `item_versions`, recipients of a grant read neither
 * table: this slice gives them no documents. The API role may change only `item_files.item_id`
 * (set once, when a version first lists the file); nothing is deleted.
 */
export class ItemFiles1795419910000 implements MigrationInterface {
  name = 'ItemFiles1795419910000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."item_file_kind" AS ENUM('pdf', 'image', 'spreadsheet', 'document', 'other')`,
    );
    await queryRunner.query(`CREATE TABLE "item_files" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "collaboration_id" uuid NOT NULL,
      "item_id" uuid,
      "owner_organization_id" uuid NOT NULL,
      "owner_participation_id" uuid NOT NULL,
      "name" character varying(200) NOT NULL,
      "media_type" character varying(120) NOT NULL,
      "kind" "public"."item_file_kind" NOT NULL,
      "bytes" bigint NOT NULL,
      "sha256" character(64) NOT NULL,
      "pages" integer,
      "uploaded_by" uuid NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_f24c095dfe3b13bcc441c55149b" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "item_files_collaboration_id_idx" ON "item_files"  ("collaboration_id") `,
    );
    await queryRunner.query(`CREATE INDEX "item_files_item_idx" ON "item_files"  ("item_id") `);
    await queryRunner.query(
      `CREATE INDEX "item_files_owner_participation_idx" ON "item_files"  ("owner_participation_id", "created_at") `,
    );
    await queryRunner.query(`CREATE TABLE "item_version_files" (
      "collaboration_id" uuid NOT NULL,
      "item_version_id" uuid NOT NULL,
      "file_id" uuid NOT NULL,
      "owner_organization_id" uuid NOT NULL,
      "position" integer NOT NULL,
      CONSTRAINT "PK_734df68cf6eb0baaf3a8a6bf0d7" PRIMARY KEY ("collaboration_id", "item_version_id", "file_id"))`);
    await queryRunner.query(
      `CREATE INDEX "item_version_files_file_idx" ON "item_version_files"  ("file_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "item_version_files_version_idx" ON "item_version_files"  ("item_version_id", "position") `,
    );
    await queryRunner.query(`ALTER TABLE "item_version_files" ADD CONSTRAINT "FK_239411919e87af5d2988d8d03da"
      FOREIGN KEY ("item_version_id") REFERENCES "item_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_version_files" ADD CONSTRAINT "FK_bbb5ebf862908021a70c36a19df"
      FOREIGN KEY ("file_id") REFERENCES "item_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const table of ['item_files', 'item_version_files']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
      await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
      await queryRunner.query(
        `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (${READ})`,
      );
    }
    // An upload: by a member of an active owner participation, as themselves, not attached yet.
    await queryRunner.query(`CREATE POLICY item_files_insert ON "item_files" FOR INSERT TO alianza_api
      WITH CHECK (owner_participation_id = ANY ${AP} AND ${activePair}
                  AND uploaded_by = ${ME} AND item_id IS NULL)`);
    // Whatever one may read, one may lock; attaching (item_id) is for the owner participation's
    // active members, and only `item_id` may change.
    await queryRunner.query(`CREATE POLICY item_files_update ON "item_files" FOR UPDATE TO alianza_api
      USING (${READ}) WITH CHECK (owner_participation_id = ANY ${AP})`);
    await queryRunner.query(`GRANT UPDATE ("item_id") ON "item_files" TO alianza_api`);
    // A version's listing, written with the version (as `item_versions` are inserted).
    await queryRunner.query(`CREATE POLICY item_version_files_insert ON "item_version_files" FOR INSERT TO alianza_api
      WITH CHECK (owner_organization_id = ANY ${MO} AND collaboration_id = ANY ${AC}
                  AND ${sameOwner('item_versions', 'item_version_id', 'v')}
                  AND ${sameOwner('item_files', 'file_id', 'f')})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "item_version_files"`);
    await queryRunner.query(`DROP TABLE "item_files"`);
    await queryRunner.query(`DROP TYPE "public"."item_file_kind"`);
  }
}
