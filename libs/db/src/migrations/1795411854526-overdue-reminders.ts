import { MigrationInterface, QueryRunner } from 'typeorm';

export class OverdueReminders1795411854526 implements MigrationInterface {
  name = 'OverdueReminders1795411854526';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "pledges" ADD "overdue_notified_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_milestones" ADD "overdue_notified_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_tasks" ADD "overdue_notified_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_tasks" DROP COLUMN "overdue_notified_at"`);
    await queryRunner.query(`ALTER TABLE "plan_milestones" DROP COLUMN "overdue_notified_at"`);
    await queryRunner.query(`ALTER TABLE "pledges" DROP COLUMN "overdue_notified_at"`);
  }
}
