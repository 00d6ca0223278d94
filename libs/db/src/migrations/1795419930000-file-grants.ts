import { MigrationInterface, QueryRunner } from 'typeorm';

// The claim's facts, as in RowLevelSecurity1795416100000.
const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const AP = '((SELECT alianza_rls.active_participations())::uuid[])';
const MO = '((SELECT alianza_rls.member_orgs())::uuid[])';
const ME = '(SELECT alianza_rls.claim_user())';
const VIEW = '(SELECT alianza_rls.view_collaboration())';

const facilitated = `collaboration_id = ANY ${F}`;
const own = `(owner_organization_id = ANY ${MO} AND (${VIEW} IS NULL OR collaboration_id = ${VIEW}))`;
/** `item_files` as ItemFiles1795419910000 let it be read: its owner and the facilitators. */
const OWNER_READ = `${facilitated} OR ${own}`;
/** Whether grant `g` (in force, to one of the claim's active participations) shares `file`. */
const grantShares = (file: string) =>
  `g.recipient_participation_id = ANY ${AP} AND grant_is_live(g.revoked_at, g.valid_until)
   AND g.redaction -> 'files' @> jsonb_build_array(jsonb_build_object('fileId', ${file}::text))`;

/**
 * Files in disclosures (issue 16, docs/adr/0032). A grant's redaction lists the files its
 * recipient gets (`redaction.files`: whole, some pages, view or download); this migration:
 *
 * - lets the members of a grant's recipient organization read the `item_files` rows the grant
 *   lists while it is in force (the rule that guards `SharedItem`: active participation,
 *   `grant_is_live`), so that a recipient learns nothing of withheld files, not even how many;
 * - adds `file_accesses`, one row per stamped copy sent to a recipient: read by the owner
 *   organization's members and the collaboration's facilitators; written only by the user
 *   themselves, a member of the grant's recipient organization, for a file a grant in force
 *   lists, with the grant's collaboration and organizations. Never changed nor deleted.
 */
export class FileGrants1795419930000 implements MigrationInterface {
  name = 'FileGrants1795419930000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY item_files_read ON "item_files"`);
    await queryRunner.query(`CREATE POLICY item_files_read ON "item_files" FOR SELECT TO alianza_api
      USING (${OWNER_READ}
        OR EXISTS (SELECT 1 FROM grants g WHERE g.item_id = item_files.item_id
                     AND ${grantShares('item_files.id')}))`);

    await queryRunner.query(`CREATE TYPE "public"."file_access_kind" AS ENUM('view', 'download')`);
    await queryRunner.query(`CREATE TABLE "file_accesses" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "collaboration_id" uuid NOT NULL,
      "file_id" uuid NOT NULL,
      "grant_id" uuid NOT NULL,
      "owner_organization_id" uuid NOT NULL,
      "recipient_organization_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "kind" "public"."file_access_kind" NOT NULL,
      "pages" integer array,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_file_accesses" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "file_accesses_collaboration_id_idx" ON "file_accesses" ("collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "file_accesses_file_idx" ON "file_accesses" ("file_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "file_accesses_grant_idx" ON "file_accesses" ("grant_id") `,
    );
    await queryRunner.query(`ALTER TABLE "file_accesses" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "file_accesses" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "file_accesses" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "file_accesses" FROM alianza_api`);
    await queryRunner.query(`CREATE POLICY file_accesses_read ON "file_accesses" FOR SELECT TO alianza_api
      USING (${facilitated} OR ${own})`);
    await queryRunner.query(`CREATE POLICY file_accesses_insert ON "file_accesses" FOR INSERT TO alianza_api
      WITH CHECK (user_id = ${ME} AND recipient_organization_id = ANY ${MO}
        AND EXISTS (SELECT 1 FROM grants g WHERE g.id = file_accesses.grant_id
                      AND g.collaboration_id = file_accesses.collaboration_id
                      AND g.owner_organization_id = file_accesses.owner_organization_id
                      AND g.recipient_organization_id = file_accesses.recipient_organization_id
                      AND ${grantShares('file_accesses.file_id')}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_accesses"`);
    await queryRunner.query(`DROP TYPE "public"."file_access_kind"`);
    await queryRunner.query(`DROP POLICY item_files_read ON "item_files"`);
    await queryRunner.query(
      `CREATE POLICY item_files_read ON "item_files" FOR SELECT TO alianza_api USING (${OWNER_READ})`,
    );
  }
}
