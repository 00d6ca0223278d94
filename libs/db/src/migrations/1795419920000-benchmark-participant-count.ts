import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many organizations a round asked, kept on the round: a participant reads only its own
 * row of `benchmark_round_participants`, so counting them under its claim gave 1 ("at least 3
 * of the 1 companies", and a round that "cannot publish"). The set is fixed when the round is
 * created; the API role cannot change the count afterwards (no UPDATE grant on the column).
 */
export class BenchmarkParticipantCount1795419920000 implements MigrationInterface {
  name = 'BenchmarkParticipantCount1795419920000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benchmark_rounds" ADD "participant_count" integer`);
    // Closed rounds are frozen by a trigger; this fills a new column, it changes no outcome.
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" DISABLE TRIGGER benchmark_rounds_frozen`,
    );
    await queryRunner.query(
      `UPDATE "benchmark_rounds" r SET "participant_count" =
         (SELECT count(*)::int FROM "benchmark_round_participants" p WHERE p.round_id = r.id)`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ENABLE TRIGGER benchmark_rounds_frozen`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ALTER COLUMN "participant_count" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_rounds" ADD CONSTRAINT "benchmark_rounds_participant_count_check" CHECK ("participant_count" >= 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benchmark_rounds" DROP COLUMN "participant_count"`);
  }
}
