import { MigrationInterface, QueryRunner } from 'typeorm';

export class Pledges1795411004197 implements MigrationInterface {
  name = 'Pledges1795411004197';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."pledge_status" AS ENUM('open', 'fulfilled', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "pledges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "pledger_organization_id" uuid NOT NULL, "receiver_organization_id" uuid, "contribution_type" "public"."contribution_type" NOT NULL, "description" text NOT NULL, "due_on" date NOT NULL, "status" "public"."pledge_status" NOT NULL, "fulfilled_by_entry_ids" uuid array NOT NULL DEFAULT '{}', "cancel_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbc41e4e1ba6b2690543f158d22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "pledges_collaboration_idx" ON "pledges"  ("collaboration_id", "due_on") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."pledges_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "pledges"`);
    await queryRunner.query(`DROP TYPE "public"."pledge_status"`);
  }
}
