import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An overlap's note is the facilitator's own (as the console always said); what the parties may
 * read about it is a separate text. Existing notes stay private: nothing is copied across.
 */
export class OverlapNotes1795415000000 implements MigrationInterface {
  name = 'OverlapNotes1795415000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "overlaps" RENAME COLUMN "description" TO "note"`);
    await queryRunner.query(`ALTER TABLE "overlaps" ADD "shared_note" text NOT NULL DEFAULT ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "overlaps" DROP COLUMN "shared_note"`);
    await queryRunner.query(`ALTER TABLE "overlaps" RENAME COLUMN "note" TO "description"`);
  }
}
