import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An invitation's link proves the address it was emailed to (issue 15). Whoever follows it with
 * an account of that address (signing up through it, or signed in) has shown they read that
 * address: `verify_invited_address(hash)` marks the claim's own account verified when the link is
 * a pending invitation in force (to a collaboration or to an organization) addressed to the
 * account's address, and answers whether it was; any other link, or another account, changes
 * nothing.
 *
 * Verified addresses (`users.email_verified_at`, and `claim_email()` matching invitations only
 * once verified) are another change of issue 15, made beside this one: until that column exists
 * the function only answers (the UPDATE is skipped), and from then on it sets it. It runs as the
 * owner, the one role that column's guard lets set it outside its own links' functions.
 */
export class InvitationProvesAddress1795419610000 implements MigrationInterface {
  name = 'InvitationProvesAddress1795419610000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION alianza_rls.verify_invited_address(p_token_hash text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  v_user uuid := alianza_rls.claim_user();
  v_email text;
BEGIN
  SELECT u.email::text INTO v_email FROM users u WHERE u.id = v_user;
  IF v_email IS NULL OR NOT (
       EXISTS (SELECT 1 FROM collaboration_invitations ci
                WHERE ci.token_hash = p_token_hash AND ci.email = v_email
                  AND ci.status = 'pending' AND ci.expires_at > now())
    OR EXISTS (SELECT 1 FROM organization_invitations i
                WHERE i.token_hash = p_token_hash AND i.email = v_email
                  AND i.status = 'pending' AND i.expires_at > now())) THEN
    RETURN false;
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name = 'users'
                AND column_name = 'email_verified_at') THEN
    EXECUTE 'UPDATE users SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL'
      USING v_user;
  END IF;
  RETURN true;
END $$`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.verify_invited_address(text)`);
  }
}
