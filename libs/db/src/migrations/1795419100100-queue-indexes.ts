import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facilitator's queue under row-level security. A condition may drive an index there only
 * if its operators are leakproof, and the equality of enums (`status = 'pending'`) is not: the
 * queue scanned the collaboration's whole history of requests for its pending ones. A partial
 * index holds the pending requests in queue order; another serves the unfiltered list.
 */
export class QueueIndexes1795419100100 implements MigrationInterface {
  name = 'QueueIndexes1795419100100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "disclosure_requests_pending_idx" ON "disclosure_requests" ("collaboration_id", "created_at", "id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_requests_list_idx" ON "disclosure_requests" ("collaboration_id", "created_at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."disclosure_requests_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disclosure_requests_pending_idx"`);
  }
}
