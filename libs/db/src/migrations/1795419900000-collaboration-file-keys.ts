import { MigrationInterface, QueryRunner } from 'typeorm';

const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const MC = '((SELECT alianza_rls.my_collabs())::uuid[])';
/** As RowLevelSecurity1795416100000's `reach`: its facilitators and its participants. */
const REACH = `(collaboration_id = ANY ${F} OR collaboration_id = ANY ${MC})`;
const FACILITATED = `collaboration_id = ANY ${F}`;

/**
 * Documents encrypted at rest (issue 16, ADR 0029): `collaboration_file_keys` holds each
 * collaboration's data key, wrapped (AES-256-GCM) by the master key that never enters the
 * database (FILES_MASTER_KEY). Made on first use; destroying it sets `wrapped_key` to NULL and
 * keeps the row as a tombstone (`destroyed_at`), so that no new key is ever made for the
 * collaboration: its documents are unreadable for good. The row goes with its collaboration.
 *
 * Row-level security: the collaboration's facilitators and participants read the row and make
 * the key; only a facilitator destroys it (an insert or update leaving no key), and no one
 * changes a key once made. The API role cannot delete a row (no DELETE privilege).
 */
export class CollaborationFileKeys1795419900000 implements MigrationInterface {
  name = 'CollaborationFileKeys1795419900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = 'collaboration_file_keys';
    await queryRunner.query(`CREATE TABLE "${table}" (
      "collaboration_id" uuid NOT NULL,
      "wrapped_key" bytea,
      "key_format" smallint NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "destroyed_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_collaboration_file_keys" PRIMARY KEY ("collaboration_id"),
      CONSTRAINT "collaboration_file_keys_key_or_tombstone"
        CHECK (("wrapped_key" IS NULL) = ("destroyed_at" IS NOT NULL)),
      CONSTRAINT "collaboration_file_keys_wrapped_size"
        CHECK ("wrapped_key" IS NULL OR octet_length("wrapped_key") BETWEEN 28 AND 256))`);
    await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "FK_collaboration_file_keys_collaboration"
      FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(
      `GRANT UPDATE ("wrapped_key", "destroyed_at") ON "${table}" TO alianza_api`,
    );
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (${REACH})`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK ((${REACH} AND wrapped_key IS NOT NULL) OR (${FACILITATED} AND wrapped_key IS NULL))`);
    await queryRunner.query(`CREATE POLICY ${table}_destroy ON "${table}" FOR UPDATE TO alianza_api
      USING (${FACILITATED}) WITH CHECK (${FACILITATED} AND wrapped_key IS NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "collaboration_file_keys"`);
  }
}
