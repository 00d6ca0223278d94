import { MigrationInterface, QueryRunner } from 'typeorm';

export class AcceptancesAreEvents1795409141426 implements MigrationInterface {
  name = 'AcceptancesAreEvents1795409141426';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" DROP CONSTRAINT "ground_rules_acceptances_participation_version_key"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ground_rules_acceptances_participation_idx" ON "ground_rules_acceptances"  ("participation_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ground_rules_acceptances_participation_idx"`);
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" ADD CONSTRAINT "ground_rules_acceptances_participation_version_key" UNIQUE ("participation_id", "ground_rules_version_id")`,
    );
  }
}
