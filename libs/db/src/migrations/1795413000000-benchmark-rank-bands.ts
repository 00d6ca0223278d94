import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Benchmarks publish rank-band averages instead of quartiles (ADR 0011). Rounds published under
 * the quartile rule could give values away: they become WITHHELD with reason `rule_retired` (their
 * old figures stay in the row, never shown again; their contributors still count against
 * differencing). The enum is rebuilt rather than extended, because a value added by ALTER TYPE
 * cannot be used in the same transaction. Closed rounds are frozen by a trigger, paused here only
 * for this one statement.
 */
export class BenchmarkRankBands1795413000000 implements MigrationInterface {
  name = 'BenchmarkRankBands1795413000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benchmark_submissions" ADD "published_band" integer`);
    await queryRunner.query(
      `CREATE TYPE "public"."benchmark_withheld_reason_new" AS ENUM('too_few_submissions', 'dominance', 'differencing', 'values_at_limit', 'rule_retired')`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ALTER COLUMN "withheld_reason" TYPE "public"."benchmark_withheld_reason_new" USING "withheld_reason"::"text"::"public"."benchmark_withheld_reason_new"`,
    );
    await queryRunner.query(`DROP TYPE "public"."benchmark_withheld_reason"`);
    await queryRunner.query(
      `ALTER TYPE "public"."benchmark_withheld_reason_new" RENAME TO "benchmark_withheld_reason"`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" DISABLE TRIGGER benchmark_rounds_frozen`,
    );
    await queryRunner.query(
      `UPDATE "benchmark_rounds" SET "outcome" = 'withheld', "withheld_reason" = 'rule_retired'
        WHERE "outcome" = 'published' AND NOT ("result" ? 'bands')`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ENABLE TRIGGER benchmark_rounds_frozen`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ count }] = await queryRunner.query(
      `SELECT count(*)::int AS count FROM "benchmark_rounds"
        WHERE "withheld_reason" = 'values_at_limit' OR "result" ? 'bands'`,
    );
    if (count > 0) {
      throw new Error(
        `${count} benchmark rounds closed under the rank-band rule: the quartile rule cannot express them.`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" DISABLE TRIGGER benchmark_rounds_frozen`,
    );
    await queryRunner.query(
      `UPDATE "benchmark_rounds" SET "outcome" = 'published', "withheld_reason" = NULL
        WHERE "withheld_reason" = 'rule_retired'`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ENABLE TRIGGER benchmark_rounds_frozen`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."benchmark_withheld_reason_old" AS ENUM('too_few_submissions', 'dominance', 'differencing')`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ALTER COLUMN "withheld_reason" TYPE "public"."benchmark_withheld_reason_old" USING "withheld_reason"::"text"::"public"."benchmark_withheld_reason_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."benchmark_withheld_reason"`);
    await queryRunner.query(
      `ALTER TYPE "public"."benchmark_withheld_reason_old" RENAME TO "benchmark_withheld_reason"`,
    );
    await queryRunner.query(`ALTER TABLE "benchmark_submissions" DROP COLUMN "published_band"`);
  }
}
