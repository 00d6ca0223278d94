import { MigrationInterface, QueryRunner } from 'typeorm';

const ME = '(SELECT alianza_rls.claim_user())';
const ADMIN = '(SELECT alianza_rls.claim_platform_admin())';

/**
 * The account security log (issue 15): a row per change to how an account signs in (second
 * factor on, off or reset, a recovery code used, a password changed), with who did it, from
 * where and when. Not collaboration audit: it belongs to the account.
 *
 * Row-level security: a user reads their own rows, a platform administrator everyone's. The API
 * role adds a row only as its actor (the claim's user) and for its own account, or, as a platform
 * administrator, for another's (a reset). Nobody changes or deletes a row.
 */
export class AccountEvents1795419400000 implements MigrationInterface {
  name = 'AccountEvents1795419400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_events" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "actor_user_id" uuid,
      "kind" character varying(64) NOT NULL,
      "ip" character varying(64),
      "user_agent" character varying(400),
      "reason" character varying(500),
      "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_096b79d6426e443a0f0b096e7cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "account_events_user_at_idx" ON "account_events"  ("user_id", "at", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "account_events" ADD CONSTRAINT "FK_019c13d57e5f0fa5e8e5d7166e9"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_events" ADD CONSTRAINT "FK_8c00419a0c32bd6588b22c45a08"
      FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    // Whether the claim's user is a platform administrator (users has no row policies; the API
    // role reads its role columns). For policies: `(SELECT …)`, evaluated once per statement.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.claim_platform_admin() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY INVOKER AS $$
BEGIN
  RETURN coalesce((SELECT u.is_platform_admin FROM users u WHERE u.id = alianza_rls.claim_user()), false);
END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION alianza_rls.claim_platform_admin() FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.claim_platform_admin() TO alianza_api`,
    );

    const table = 'account_events';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(`CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api
      USING (user_id = ${ME} OR ${ADMIN})`);
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (actor_user_id = ${ME} AND (user_id = ${ME} OR ${ADMIN}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_events"`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.claim_platform_admin()`);
  }
}
