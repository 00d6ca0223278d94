import { MigrationInterface, QueryRunner } from 'typeorm';

const ME = '(SELECT alianza_rls.claim_user())';
const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

/** Tables that belong to one user: only that user's claim reads or writes their rows. */
const OWN_TABLES: [table: string, updatable: string[]][] = [
  ['user_second_factors', ['secret_ciphertext', 'confirmed_at', 'last_used_step', 'updated_at']],
  ['user_recovery_codes', ['used_at']],
  ['login_challenges', ['completed_at']],
];

const SESSION_VIEWER_BEFORE = `CREATE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean)
LANGUAGE plpgsql STABLE ${DEFINER} AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT s.id, u.id, u.email::text, u.display_name::text, u.is_platform_admin, u.is_facilitator
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now();
END $$`;

/**
 * Two-factor sign-in (issue 15, ADR 0025), in tables of their own (not in `users`):
 * - `user_second_factors`: a user's TOTP secret, encrypted by the API under a key the database
 *   never holds, when the set-up was confirmed, and the latest time step accepted (a code is
 *   good once);
 * - `user_recovery_codes`: one-time codes, only their SHA-256 kept;
 * - `login_challenges`: the second step of a sign-in, single-use and short-lived, only the
 *   SHA-256 of its token kept; `alianza_rls.login_challenge` says whose a live one is to its
 *   holder, before any claim exists (as `session_viewer` does for a session token).
 * Row-level security on all three: only their user's claim (entered once the password, or an
 * administrator's right to reset, is checked) reads, writes or deletes them; who a row belongs
 * to never changes (no column privilege on `user_id`).
 *
 * `session_viewer` also answers whether the session's user has a second factor turned on, so that
 * an instance requiring one of staff can tell, on every request, without another statement.
 */
export class TwoFactor1795419410000 implements MigrationInterface {
  name = 'TwoFactor1795419410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_second_factors" (
      "user_id" uuid NOT NULL,
      "secret_ciphertext" character varying(200) NOT NULL,
      "confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
      "last_used_step" integer,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_13464c028382687cf72b6966dc5" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "user_second_factors" ADD CONSTRAINT "FK_13464c028382687cf72b6966dc5"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "user_recovery_codes" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "code_hash" character(64) NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "used_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_411939add58ed0eceffd39973cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "user_recovery_codes_user_code_key" ON "user_recovery_codes"  ("user_id", "code_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "user_recovery_codes" ADD CONSTRAINT "FK_f659216e26d0ef1238379cbf40c"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "login_challenges" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "session_kind" "public"."session_kind" NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "completed_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_85b9467d340eb112cb0fa7a0cde" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "login_challenges_user_id_idx" ON "login_challenges"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "login_challenges_token_hash_key" ON "login_challenges"  ("token_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "login_challenges" ADD CONSTRAINT "FK_23bb9553efaa83910672d214f65"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    for (const [table, updatable] of OWN_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "${table}" TO alianza_api`);
      await queryRunner.query(`REVOKE UPDATE, TRUNCATE ON "${table}" FROM alianza_api`);
      await queryRunner.query(
        `GRANT UPDATE (${updatable.map((c) => `"${c}"`).join(', ')}) ON "${table}" TO alianza_api`,
      );
      await queryRunner.query(
        `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (user_id = ${ME})`,
      );
      await queryRunner.query(
        `CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api WITH CHECK (user_id = ${ME})`,
      );
      await queryRunner.query(`CREATE POLICY ${table}_update ON "${table}" FOR UPDATE TO alianza_api
        USING (user_id = ${ME}) WITH CHECK (user_id = ${ME})`);
      await queryRunner.query(
        `CREATE POLICY ${table}_delete ON "${table}" FOR DELETE TO alianza_api USING (user_id = ${ME})`,
      );
    }

    // Whose live challenge a token is, for its holder only (the token is the proof of the
    // password): before any claim exists.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.login_challenge(p_token_hash text)
RETURNS TABLE (challenge_id uuid, user_id uuid, email text, session_kind session_kind)
LANGUAGE sql STABLE ${DEFINER} AS $$
  SELECT c.id, c.user_id, u.email::text, c.session_kind
    FROM login_challenges c JOIN users u ON u.id = c.user_id
   WHERE c.token_hash = p_token_hash AND c.completed_at IS NULL AND c.expires_at > now()
$$`);

    await queryRunner.query(`DROP FUNCTION alianza_rls.session_viewer(text)`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean, has_second_factor boolean)
LANGUAGE plpgsql STABLE ${DEFINER} AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT s.id, u.id, u.email::text, u.display_name::text, u.is_platform_admin, u.is_facilitator,
         EXISTS (SELECT 1 FROM user_second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now();
END $$`);
    for (const fn of ['login_challenge(text)', 'session_viewer(text)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION alianza_rls.${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION alianza_rls.${fn} TO alianza_api`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.session_viewer(text)`);
    await queryRunner.query(SESSION_VIEWER_BEFORE);
    await queryRunner.query(`REVOKE ALL ON FUNCTION alianza_rls.session_viewer(text) FROM PUBLIC`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.session_viewer(text) TO alianza_api`,
    );
    await queryRunner.query(`DROP FUNCTION alianza_rls.login_challenge(text)`);
    await queryRunner.query(`DROP TABLE "login_challenges"`);
    await queryRunner.query(`DROP TABLE "user_recovery_codes"`);
    await queryRunner.query(`DROP TABLE "user_second_factors"`);
  }
}
