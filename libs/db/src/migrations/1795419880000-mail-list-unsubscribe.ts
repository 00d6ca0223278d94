import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A queued message may carry its one-click unsubscribe address (RFC 8058), sent as the
 * `List-Unsubscribe` headers: notification emails, which a person chose and may stop from their
 * mail client. Written with the message (the API role adds rows, ADR 0023); never changed.
 */
export class MailListUnsubscribe1795419880000 implements MigrationInterface {
  name = 'MailListUnsubscribe1795419880000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD "list_unsubscribe" character varying(2000)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_messages" DROP COLUMN "list_unsubscribe"`);
  }
}
