import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A benchmark round publishes either rank-band averages (the default, ADR 0011) or noisy figures
 * with differential privacy (ADR 0012): its mode and, for the latter, its settings (range, ε,
 * figures), present exactly when the mode says so. The frozen `result` of such a round holds the
 * one release drawn at closing (`rule: 'differential-privacy'`), under the existing trigger.
 */
export class BenchmarkDifferentialPrivacy1795413500000 implements MigrationInterface {
  name = 'BenchmarkDifferentialPrivacy1795413500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."benchmark_publication_mode" AS ENUM('rank_bands', 'differential_privacy')`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ADD "publication_mode" "public"."benchmark_publication_mode" NOT NULL DEFAULT 'rank_bands'`,
    );
    await queryRunner.query(`ALTER TABLE "benchmark_rounds" ADD "differential_privacy" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ADD CONSTRAINT "benchmark_rounds_dp_settings_check" CHECK (("publication_mode" = 'differential_privacy') = ("differential_privacy" IS NOT NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ count }] = await queryRunner.query(
      `SELECT count(*)::int AS count FROM "benchmark_rounds" WHERE "publication_mode" = 'differential_privacy'`,
    );
    if (count > 0) {
      throw new Error(
        `${count} benchmark rounds publish with differential privacy: the rank-band rule cannot express them.`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" DROP CONSTRAINT "benchmark_rounds_dp_settings_check"`,
    );
    await queryRunner.query(`ALTER TABLE "benchmark_rounds" DROP COLUMN "differential_privacy"`);
    await queryRunner.query(`ALTER TABLE "benchmark_rounds" DROP COLUMN "publication_mode"`);
    await queryRunner.query(`DROP TYPE "public"."benchmark_publication_mode"`);
  }
}
