import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReciprocityThreshold1795410719189 implements MigrationInterface {
  name = 'ReciprocityThreshold1795410719189';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ledger_settings" ADD "reciprocity_threshold" numeric(18,2)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ledger_settings" DROP COLUMN "reciprocity_threshold"`);
  }
}
