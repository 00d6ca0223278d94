import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset links (issue 15). A row per link asked for: whose account, until when, whether
 * it was used; of the token, only its keyed hash (HMAC-SHA256 under the claim key, which the API
 * role cannot read), so SQL injected into a statement cannot make a row for a token it knows.
 *
 * Row-level security (every table but the identity tables has it): asking for a link is
 * anonymous, so any transaction may add one that expires within a day; none reads, changes or
 * deletes one. A link is followed only through `alianza_rls.use_password_reset(hash)`, which
 * uses it up with every other open link of its account and answers whose it was, or why it does
 * not work (unknown, used, expired): nothing else about the table.
 */
export class PasswordResetTokens1795419300100 implements MigrationInterface {
  name = 'PasswordResetTokens1795419300100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset_tokens" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    const table = 'password_reset_tokens';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (false)`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (used_at IS NULL AND expires_at <= now() + interval '1 day')`);

    // Follows a link: whose account it opens (and every open link of that account is used up),
    // or why it does not ('unknown', 'used', 'expired').
    await queryRunner.query(`
CREATE FUNCTION alianza_rls.use_password_reset(p_token_hash text)
RETURNS TABLE (user_id uuid, outcome text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_user uuid;
  v_used timestamptz;
  v_expires timestamptz;
BEGIN
  SELECT t.user_id, t.used_at, t.expires_at INTO v_user, v_used, v_expires
    FROM public.password_reset_tokens t WHERE t.token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::uuid, 'unknown'::text;
  ELSIF v_used IS NOT NULL THEN
    RETURN QUERY SELECT NULL::uuid, 'used'::text;
  ELSIF v_expires <= now() THEN
    RETURN QUERY SELECT NULL::uuid, 'expired'::text;
  ELSE
    UPDATE public.password_reset_tokens t SET used_at = now()
     WHERE t.user_id = v_user AND t.used_at IS NULL;
    RETURN QUERY SELECT v_user, 'valid'::text;
  END IF;
END $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION alianza_rls.use_password_reset(text) IS 'Uses up a password reset link (and the other open ones of its account): whose it was, or why it does not work.'`,
    );
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION alianza_rls.use_password_reset(text) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.use_password_reset(text) TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.use_password_reset(text)`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
  }
}
