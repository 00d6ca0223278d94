import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reporting API token may be limited to its persisted queries (issue 19): `operations` maps the
 * SHA-256 (hex) of each GraphQL document the token may run to the document. NULL: any report
 * operation, as before. The API role reads the column (its own tokens, under the row policies).
 */
export class ApiTokenOperations1795420600000 implements MigrationInterface {
  name = 'ApiTokenOperations1795420600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD "operations" jsonb`);
    await queryRunner.query(
      `COMMENT ON COLUMN "api_tokens"."operations" IS 'The persisted queries the token may run, by SHA-256 (hex) of their text; NULL: any report operation.'`,
    );
    await queryRunner.query(`GRANT SELECT ("operations") ON "api_tokens" TO alianza_api`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP COLUMN "operations"`);
  }
}
