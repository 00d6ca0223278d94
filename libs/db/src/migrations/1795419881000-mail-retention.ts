import { MigrationInterface, QueryRunner } from 'typeorm';

const JOB = `(SELECT alianza_rls.system_job()) = 'mail-sender'`;

/**
 * Old mail leaves the queue (MAIL_RETENTION_DAYS): its bodies hold names and links, kept no longer
 * than the admin's view of the queue needs them. Only the mail sender
 * (`Claims.system('mail-sender')`) deletes, and only messages that are done with (sent or failed);
 * no request, not even a platform administrator's, deletes one.
 */
export class MailRetention1795419881000 implements MigrationInterface {
  name = 'MailRetention1795419881000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT DELETE ON "mail_messages" TO alianza_api`);
    await queryRunner.query(`CREATE POLICY mail_messages_delete ON "mail_messages"
      FOR DELETE TO alianza_api USING (${JOB} AND status IN ('sent', 'failed'))`);
    await queryRunner.query(
      `CREATE INDEX "mail_messages_done_idx" ON "mail_messages" ("queue", "created_at") WHERE "status" IN ('sent', 'failed')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "mail_messages_done_idx"`);
    await queryRunner.query(`DROP POLICY mail_messages_delete ON "mail_messages"`);
    await queryRunner.query(`REVOKE DELETE ON "mail_messages" FROM alianza_api`);
  }
}
