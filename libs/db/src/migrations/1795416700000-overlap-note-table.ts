import { MigrationInterface, QueryRunner } from 'typeorm';

const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const facilitated = `collaboration_id = ANY ${F}`;
/** The note's overlap is in the same collaboration (a note cannot be filed under another's). */
const sameCollaboration = `EXISTS (SELECT 1 FROM "overlaps" o
  WHERE o.id = overlap_notes.overlap_id AND o.collaboration_id = overlap_notes.collaboration_id)`;

/**
 * The facilitator's own note on an overlap leaves `overlaps` (whose rows the parties read:
 * row-level security hides rows, not columns) for `overlap_notes`, which only the collaboration's
 * facilitator reads or writes (issue 12). Same policy form and column privileges as
 * RowLevelSecurity1795416100000: the owner columns cannot be updated by the API role.
 */
export class OverlapNoteTable1795416700000 implements MigrationInterface {
  name = 'OverlapNoteTable1795416700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "overlap_notes" (
      "overlap_id" uuid NOT NULL,
      "collaboration_id" uuid NOT NULL,
      "note" text NOT NULL DEFAULT '',
      CONSTRAINT "PK_bd642c6ce3d5e5d96479e49104a" PRIMARY KEY ("overlap_id"))`);
    await queryRunner.query(
      `CREATE INDEX "overlap_notes_collaboration_id_idx" ON "overlap_notes" ("collaboration_id")`,
    );
    await queryRunner.query(`ALTER TABLE "overlap_notes" ADD CONSTRAINT "FK_bd642c6ce3d5e5d96479e49104a"
      FOREIGN KEY ("overlap_id") REFERENCES "overlaps"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "overlap_notes" ("overlap_id", "collaboration_id", "note")
      SELECT "id", "collaboration_id", "note" FROM "overlaps"`);
    await queryRunner.query(`ALTER TABLE "overlaps" DROP COLUMN "note"`);

    await queryRunner.query(`ALTER TABLE "overlap_notes" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "overlap_notes" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY overlap_notes_read ON "overlap_notes" FOR SELECT TO alianza_api USING (${facilitated})`,
    );
    await queryRunner.query(
      `CREATE POLICY overlap_notes_insert ON "overlap_notes" FOR INSERT TO alianza_api
        WITH CHECK (${facilitated} AND ${sameCollaboration})`,
    );
    await queryRunner.query(
      `CREATE POLICY overlap_notes_update ON "overlap_notes" FOR UPDATE TO alianza_api
        USING (${facilitated}) WITH CHECK (${facilitated})`,
    );
    await queryRunner.query(
      `CREATE POLICY overlap_notes_delete ON "overlap_notes" FOR DELETE TO alianza_api USING (${facilitated})`,
    );
    await queryRunner.query(`REVOKE UPDATE ON "overlap_notes" FROM alianza_api`);
    await queryRunner.query(`GRANT UPDATE ("note") ON "overlap_notes" TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "overlaps" ADD "note" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "overlaps" o SET "note" = n."note"
      FROM "overlap_notes" n WHERE n."overlap_id" = o."id"`);
    await queryRunner.query(`DROP TABLE "overlap_notes"`);
  }
}
