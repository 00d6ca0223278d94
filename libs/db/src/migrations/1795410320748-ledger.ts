import { MigrationInterface, QueryRunner } from 'typeorm';

export class Ledger1795410320748 implements MigrationInterface {
  name = 'Ledger1795410320748';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."valuation_scale" AS ENUM('points', 'money')`);
    await queryRunner.query(
      `CREATE TABLE "ledger_settings" ("collaboration_id" uuid NOT NULL, "valuation_scale" "public"."valuation_scale" NOT NULL, "currency" character(3), "area_values" jsonb NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86fd68d3114927a6c4af56fe241" PRIMARY KEY ("collaboration_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ledger_entry_source" AS ENUM('declared', 'disclosure')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ledger_entry_status" AS ENUM('pending', 'confirmed', 'disputed', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "giver_organization_id" uuid NOT NULL, "receiver_organization_id" uuid, "contribution_type" "public"."contribution_type" NOT NULL, "description" text NOT NULL, "value" numeric(18,2) NOT NULL, "occurred_on" date NOT NULL, "task_id" uuid, "milestone_id" uuid, "source" "public"."ledger_entry_source" NOT NULL, "grant_id" uuid, "status" "public"."ledger_entry_status" NOT NULL, "declared_by" uuid, "decided_by" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "dispute_reason" text, "settle_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ledger_entries_grant_key" ON "ledger_entries"  ("grant_id") WHERE grant_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ledger_entries_collaboration_idx" ON "ledger_entries"  ("collaboration_id", "occurred_on") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ledger_entries_collaboration_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ledger_entries_grant_key"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP TYPE "public"."ledger_entry_status"`);
    await queryRunner.query(`DROP TYPE "public"."ledger_entry_source"`);
    await queryRunner.query(`DROP TABLE "ledger_settings"`);
    await queryRunner.query(`DROP TYPE "public"."valuation_scale"`);
  }
}
