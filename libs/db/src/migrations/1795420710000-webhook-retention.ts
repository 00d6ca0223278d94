import { MigrationInterface, QueryRunner } from 'typeorm';

const JOB = `(SELECT alianza_rls.system_job()) = 'webhook-sender'`;

/**
 * Old webhook deliveries leave the outbox (WEBHOOKS_DELIVERY_RETENTION_DAYS, ADR 0049): only the
 * webhook sender's claim (`Claims.system('webhook-sender')`, `WebhookDeliverySweep`) deletes, and
 * only succeeded deliveries; waiting, sending and failed ones (which may be replayed) stay. No
 * request deletes one (an endpoint's deletion takes its deliveries by its foreign key).
 */
export class WebhookRetention1795420710000 implements MigrationInterface {
  name = 'WebhookRetention1795420710000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT DELETE ON "webhook_deliveries" TO alianza_api`);
    await queryRunner.query(`CREATE POLICY webhook_deliveries_delete ON "webhook_deliveries"
      FOR DELETE TO alianza_api USING (${JOB} AND status = 'succeeded')`);
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_succeeded_idx" ON "webhook_deliveries" ("created_at") WHERE "status" = 'succeeded'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "webhook_deliveries_succeeded_idx"`);
    await queryRunner.query(`DROP POLICY webhook_deliveries_delete ON "webhook_deliveries"`);
    await queryRunner.query(`REVOKE DELETE ON "webhook_deliveries" FROM alianza_api`);
  }
}
