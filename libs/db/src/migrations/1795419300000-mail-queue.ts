import { MigrationInterface, QueryRunner } from 'typeorm';

const JOB = `(SELECT alianza_rls.system_job()) = 'mail-sender'`;
const ADMIN = `EXISTS (SELECT 1 FROM users u WHERE u.id = (SELECT alianza_rls.claim_user()) AND u.is_platform_admin)`;

/**
 * The durable mail queue (ADR 0023): a row per message, written in the transaction of what the
 * message tells, so it goes out only once that commits (and never if it rolls back).
 *
 * Row-level security: any transaction of the API role may add a queued message, with or
 * without a claim (a password reset is asked for anonymously), but none reads or changes one,
 * not even its own; only the mail sender (`Claims.system('mail-sender')`) and a platform
 * administrator (the queue's screen, a retry) read them and change where a message stands
 * (status, attempts, times, error), never whom it goes to nor what it says. No row is deleted.
 */
export class MailQueue1795419300000 implements MigrationInterface {
  name = 'MailQueue1795419300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sending', 'sent', 'failed')`,
    );
    await queryRunner.query(`CREATE TABLE "mail_messages" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "queue" character varying(40) NOT NULL,
      "kind" character varying(64) NOT NULL,
      "recipient" character varying(254) NOT NULL,
      "locale" character varying(5) NOT NULL,
      "subject" character varying(300) NOT NULL,
      "html" text NOT NULL,
      "text" text NOT NULL,
      "message_id" character varying(300) NOT NULL,
      "status" "public"."mail_status" NOT NULL DEFAULT 'queued',
      "attempts" integer NOT NULL DEFAULT '0',
      "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_error" character varying(1000),
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "mail_messages_due_idx" ON "mail_messages" ("queue", "next_attempt_at") WHERE "status" IN ('queued', 'sending')`,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_messages_list_idx" ON "mail_messages" ("created_at", "id") `,
    );

    const table = 'mail_messages';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(
      `GRANT UPDATE ("status", "attempts", "next_attempt_at", "last_error", "sent_at") ON "${table}" TO alianza_api`,
    );
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (${JOB} OR ${ADMIN})`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (status = 'queued' AND attempts = 0 AND sent_at IS NULL AND last_error IS NULL)`);
    await queryRunner.query(`CREATE POLICY ${table}_update ON "${table}" FOR UPDATE TO alianza_api
      USING (${JOB} OR ${ADMIN}) WITH CHECK (${JOB} OR ${ADMIN})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_messages"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
  }
}
