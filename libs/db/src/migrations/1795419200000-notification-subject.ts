import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a notification is about (an item's title, a task, a question…), as data of its own: the
 * web apps used to cut it out of the English title with a pattern. Earlier notices get it that
 * way once, here; a notice without a quoted subject keeps none.
 */
export class NotificationSubject1795419200000 implements MigrationInterface {
  name = 'NotificationSubject1795419200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "subject" character varying(300)`);
    await queryRunner.query(
      `UPDATE "notifications" SET "subject" = substring("title" from '"(.+)"') WHERE "title" ~ '"(.+)"'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "subject"`);
  }
}
