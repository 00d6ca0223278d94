import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity tables (users, sessions, api_tokens) hold no tenant rows and have no row policies,
 * but what the API role could do to them undid every policy (ADR 0015): an injected SQL fragment
 * could insert a session for any user with a token of its own (and sign in as that user over
 * HTTP), make its own user a platform administrator, set anyone's password hash, or read every
 * password hash at once. Now:
 * - `users.password_hash` is not readable by the API role: signing in reads one user's hash by
 *   email through `alianza_rls.login_credentials`, changing a password reads one's own through
 *   `alianza_rls.own_password_hash`;
 * - a session or reporting token is written only for the user of the transaction's claim (the
 *   API enters that user's claim once the password is checked), and never moved to another user;
 * - a user's email, name and password change only under that user's claim; the facilitator role
 *   only under a platform administrator's claim; the administrator role only from the owner's
 *   session (the command line, the demo);
 * - none of these rows may be deleted by the API role.
 * The owner and administrators (`alianza_rls.trusted_session()`) are not bound by these rules.
 */
export class IdentityWriteGuards1795417200000 implements MigrationInterface {
  name = 'IdentityWriteGuards1795417200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const definer = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';
    const columns: { name: string }[] = await queryRunner.query(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'users' AND column_name <> 'password_hash'
        ORDER BY ordinal_position`,
    );
    await queryRunner.query(`REVOKE SELECT ON "users" FROM alianza_api`);
    await queryRunner.query(
      `GRANT SELECT (${columns.map((c) => `"${c.name}"`).join(', ')}) ON "users" TO alianza_api`,
    );
    await queryRunner.query(
      `REVOKE DELETE, TRUNCATE ON "users", "sessions", "api_tokens" FROM alianza_api`,
    );

    await queryRunner.query(`CREATE FUNCTION alianza_rls.login_credentials(p_email text)
RETURNS TABLE (user_id uuid, password_hash text)
LANGUAGE sql STABLE ${definer} AS $$
  SELECT u.id, u.password_hash::text FROM users u WHERE u.email = p_email
$$`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.own_password_hash() RETURNS text
LANGUAGE sql STABLE ${definer} AS $$
  SELECT u.password_hash::text FROM users u WHERE u.id = alianza_rls.claim_user()
$$`);
    await queryRunner.query(`CREATE FUNCTION alianza_private.claim_is_platform_admin() RETURNS boolean
LANGUAGE sql STABLE ${definer} AS $$
  SELECT coalesce((SELECT u.is_platform_admin FROM users u WHERE u.id = alianza_rls.claim_user()), false)
$$`);

    await queryRunner.query(`CREATE FUNCTION alianza_private.guard_users() RETURNS trigger
LANGUAGE plpgsql ${definer} AS $$
BEGIN
  IF alianza_rls.trusted_session() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.is_platform_admin THEN
      RAISE EXCEPTION 'Only the owner makes a platform administrator' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.is_facilitator AND NOT alianza_private.claim_is_platform_admin() THEN
      RAISE EXCEPTION 'Only a platform administrator makes a facilitator' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.id <> OLD.id OR NEW.is_platform_admin <> OLD.is_platform_admin THEN
    RAISE EXCEPTION 'Only the owner changes who is a platform administrator' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.is_facilitator <> OLD.is_facilitator AND NOT alianza_private.claim_is_platform_admin() THEN
    RAISE EXCEPTION 'Only a platform administrator changes who is a facilitator' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.email, NEW.display_name, NEW.password_hash) IS DISTINCT FROM (OLD.email, OLD.display_name, OLD.password_hash)
     AND OLD.id IS DISTINCT FROM alianza_rls.claim_user() THEN
    RAISE EXCEPTION 'Only its own user changes an account' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER users_guard BEFORE INSERT OR UPDATE ON "users"
      FOR EACH ROW EXECUTE FUNCTION alianza_private.guard_users()`);

    // A session or token is its user's: written under that user's claim (a reporting token's
    // last use is also marked by api_token_viewer, before any claim exists).
    await queryRunner.query(`CREATE FUNCTION alianza_private.guard_own_credentials() RETURNS trigger
LANGUAGE plpgsql ${definer} AS $$
BEGIN
  IF alianza_rls.trusted_session() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'api_tokens'
     AND (to_jsonb(NEW) - 'last_used_at') = (to_jsonb(OLD) - 'last_used_at') THEN
    RETURN NEW;
  END IF;
  IF NEW.user_id IS DISTINCT FROM alianza_rls.claim_user()
     OR (TG_OP = 'UPDATE' AND (OLD.user_id <> NEW.user_id OR OLD.token_hash <> NEW.token_hash)) THEN
    RAISE EXCEPTION 'Only its own user''s claim writes a session or token' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$`);
    for (const table of ['sessions', 'api_tokens'])
      await queryRunner.query(`CREATE TRIGGER ${table}_guard BEFORE INSERT OR UPDATE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION alianza_private.guard_own_credentials()`);

    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sessions', 'api_tokens'])
      await queryRunner.query(`DROP TRIGGER ${table}_guard ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER users_guard ON "users"`);
    await queryRunner.query(`DROP FUNCTION alianza_private.guard_own_credentials()`);
    await queryRunner.query(`DROP FUNCTION alianza_private.guard_users()`);
    await queryRunner.query(`DROP FUNCTION alianza_private.claim_is_platform_admin()`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.own_password_hash()`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.login_credentials(text)`);
    await queryRunner.query(`GRANT DELETE ON "users", "sessions", "api_tokens" TO alianza_api`);
    await queryRunner.query(`GRANT SELECT ON "users" TO alianza_api`);
  }
}
