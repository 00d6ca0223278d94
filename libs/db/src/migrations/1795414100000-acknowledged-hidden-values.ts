import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hidden values still readable elsewhere that the facilitator approved knowingly (ADR 0013). */
export class AcknowledgedHiddenValues1795414100000 implements MigrationInterface {
  name = 'AcknowledgedHiddenValues1795414100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "disclosure_requests" ADD "acknowledged_hidden_values" jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "disclosure_requests" DROP COLUMN "acknowledged_hidden_values"`,
    );
  }
}
