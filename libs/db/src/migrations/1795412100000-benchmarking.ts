import { MigrationInterface, QueryRunner } from 'typeorm';

export class Benchmarking1795412100000 implements MigrationInterface {
  name = 'Benchmarking1795412100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."benchmark_outcome" AS ENUM('published', 'withheld')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."benchmark_withheld_reason" AS ENUM('too_few_submissions', 'dominance', 'differencing')`,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "metric_name" character varying(200) NOT NULL, "unit" character varying(50) NOT NULL, "metric_key" text NOT NULL, "area_id" uuid, "higher_is_better" boolean NOT NULL, "summable" boolean NOT NULL, "k" integer NOT NULL, "dominance_cap" double precision NOT NULL, "facilitator_sees_values" boolean NOT NULL, "opens_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "open_notified_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "closed_by" uuid, "outcome" "public"."benchmark_outcome", "withheld_reason" "public"."benchmark_withheld_reason", "result" jsonb, "contributor_organization_ids" uuid array, CONSTRAINT "PK_587ae64b08c00470acceecfa619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "benchmark_rounds_due_idx" ON "benchmark_rounds"  ("closes_at") WHERE closed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "benchmark_rounds_metric_idx" ON "benchmark_rounds"  ("collaboration_id", "metric_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_round_participants" ("round_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "collaboration_id" uuid NOT NULL, CONSTRAINT "PK_ff6ef8220513983fa5e731e846d" PRIMARY KEY ("round_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "collaboration_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "value" double precision NOT NULL, "facilitator_sees_values" boolean NOT NULL, "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "benchmark_submissions_round_org_key" UNIQUE ("round_id", "organization_id"), CONSTRAINT "PK_b64027fb5230072bb7aee54d401" PRIMARY KEY ("id"))`,
    );
    // A closed round is a frozen snapshot: the database refuses to change or remove it, so its
    // results can never be recomputed (no differencing between two publications of one round).
    await queryRunner.query(`CREATE FUNCTION benchmark_rounds_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'closed benchmark rounds are frozen: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER benchmark_rounds_frozen BEFORE UPDATE OR DELETE ON "benchmark_rounds" FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL) EXECUTE FUNCTION benchmark_rounds_refuse_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER benchmark_rounds_frozen ON "benchmark_rounds"`);
    await queryRunner.query(`DROP FUNCTION benchmark_rounds_refuse_change()`);
    await queryRunner.query(`DROP TABLE "benchmark_submissions"`);
    await queryRunner.query(`DROP TABLE "benchmark_round_participants"`);
    await queryRunner.query(`DROP INDEX "public"."benchmark_rounds_metric_idx"`);
    await queryRunner.query(`DROP INDEX "public"."benchmark_rounds_due_idx"`);
    await queryRunner.query(`DROP TABLE "benchmark_rounds"`);
    await queryRunner.query(`DROP TYPE "public"."benchmark_withheld_reason"`);
    await queryRunner.query(`DROP TYPE "public"."benchmark_outcome"`);
  }
}
