import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lists the screens page through, so that a page reads a page's rows whatever
 * the collaboration holds: an item's grants (the item list shows them; without an index, every
 * page scanned all the grants), the items of a collaboration or of one of its organizations in
 * the lists' order (most recently changed first), and the requests of one item.
 */
export class ListIndexes1795419100000 implements MigrationInterface {
  name = 'ListIndexes1795419100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "grants_item_idx" ON "grants" ("item_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "items_list_idx" ON "items" ("collaboration_id", "updated_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "items_owner_list_idx" ON "items" ("owner_organization_id", "collaboration_id", "updated_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_requests_item_idx" ON "disclosure_requests" ("item_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."disclosure_requests_item_idx"`);
    await queryRunner.query(`DROP INDEX "public"."items_owner_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."items_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_item_idx"`);
  }
}
