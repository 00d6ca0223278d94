import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['areas', 'plan_objectives', 'plan_indicators', 'plan_tasks'];

/**
 * Areas, objectives, indicators and tasks can be archived (ADR 0040): kept because history
 * names them (items and grants of an area, progress reported on a task or an indicator, ledger
 * entries for a task), left out of the plan and closed to new items. The row policies of these
 * tables stand as they are; the API role may set the new column.
 */
export class ArchivedPlanAndAreas1795420200000 implements MigrationInterface {
  name = 'ArchivedPlanAndAreas1795420200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "archived_at" TIMESTAMP(3) WITH TIME ZONE`,
      );
      await queryRunner.query(`GRANT UPDATE ("archived_at") ON "${table}" TO alianza_api`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`REVOKE UPDATE ("archived_at") ON "${table}" FROM alianza_api`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "archived_at"`);
    }
  }
}
