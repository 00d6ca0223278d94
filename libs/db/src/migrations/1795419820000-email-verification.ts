import { MigrationInterface, QueryRunner } from 'typeorm';

const ME = '(SELECT alianza_rls.claim_user())';
const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

/**
 * `session_viewer` as SessionDevices1795419800000 made it (it marks `last_seen_at`), with or
 * without whether the address is verified.
 */
const sessionViewer = (
  verified: boolean,
) => `CREATE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean, has_second_factor boolean${verified ? ', email_verified boolean' : ''})
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH found AS (
    SELECT s.id AS sid, s.last_seen_at AS seen, u.id AS uid, u.email::text AS mail,
           u.display_name::text AS name, u.is_platform_admin AS admin, u.is_facilitator AS facilitator,
           EXISTS (SELECT 1 FROM user_second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS second${verified ? ',\n           u.email_verified_at IS NOT NULL AS verified' : ''}
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
  ), touched AS (
    UPDATE sessions t SET last_seen_at = now()
      FROM found
     WHERE t.id = found.sid AND found.seen < now() - interval '1 minute'
       AND t.last_seen_at < now() - interval '1 minute'
    RETURNING t.id
  )
  SELECT found.sid, found.uid, found.mail, found.name, found.admin, found.facilitator, found.second${verified ? ', found.verified' : ''}
    FROM found;
END $$`;

/** As SessionDevices1795419800000 made it: restored by `down`. */
const SESSION_VIEWER_BEFORE = sessionViewer(false);

/** As OrganizationInvitations1795418100000 made it: restored by `down`. */
const CLAIM_EMAIL_BEFORE = `CREATE OR REPLACE FUNCTION alianza_rls.claim_email() RETURNS text
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY INVOKER AS $$
BEGIN RETURN (SELECT u.email::text FROM users u WHERE u.id = alianza_rls.claim_user()); END $$`;

/**
 * Verified addresses (issue 15, ADR 0027).
 *
 * `users.email_verified_at`: when the account's address was last proven (a link emailed to it was
 * followed). Existing accounts count as verified from this migration on. Only a function of the
 * owner sets it (`alianza_private.guard_email_verified`, a SECURITY INVOKER trigger, refuses the
 * API role): following a confirmation link (`use_email_confirmation`) or an invitation's link
 * (`verify_invited_address`, which starts setting it now that the column exists). Changing the
 * address by any other way clears it.
 *
 * `claim_email()` answers only a verified address: every row policy that matches an invitation
 * to "the claim's address" (reading, accepting, joining an organization or a collaboration) now
 * ignores an address nobody has proven, so an account signed up with someone else's address
 * cannot take what is sent to it. `session_viewer` tells the API whether the address is verified.
 *
 * `email_confirmations`: the links emailed to confirm an address, to verify the account's own
 * (`verify`) or to move the account to a new one (`change`). Of a token only its keyed hash
 * (HMAC under the claim key) is kept. Row-level security: a link is made only for the claim's own
 * account; no one reads, changes or deletes a row; a link is followed only through
 * `email_confirmation_user` (whose it is) and `use_email_confirmation` (under that user's claim),
 * which answers why it does not work (unknown, used, expired, stale, taken) and nothing else.
 */
export class EmailVerification1795419820000 implements MigrationInterface {
  name = 'EmailVerification1795419820000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = now()`);
    await queryRunner.query(`GRANT SELECT ("email_verified_at") ON "users" TO alianza_api`);

    // SECURITY INVOKER: `current_user` is whoever runs the statement, the API role or (inside a
    // SECURITY DEFINER function) the owner. Only the owner, or a trusted session, sets the column.
    await queryRunner.query(`CREATE FUNCTION alianza_private.guard_email_verified() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  v_owner boolean := current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID)
                     OR alianza_rls.trusted_session();
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.email_verified_at IS NOT NULL AND NOT v_owner THEN
      RAISE EXCEPTION 'A new account''s address is verified only by following a link' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.email_verified_at IS DISTINCT FROM OLD.email_verified_at THEN
    IF NOT v_owner THEN
      RAISE EXCEPTION 'An address is verified only by following a link' USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF NEW.email IS DISTINCT FROM OLD.email THEN
    -- A new address is not proven by the old one's proof.
    NEW.email_verified_at := NULL;
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER users_guard_email_verified BEFORE INSERT OR UPDATE ON "users"
      FOR EACH ROW EXECUTE FUNCTION alianza_private.guard_email_verified()`);

    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.claim_email() RETURNS text
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY INVOKER AS $$
BEGIN
  RETURN (SELECT u.email::text FROM users u
           WHERE u.id = alianza_rls.claim_user() AND u.email_verified_at IS NOT NULL);
END $$`);

    await queryRunner.query(`DROP FUNCTION alianza_rls.session_viewer(text)`);
    await queryRunner.query(sessionViewer(true));

    await queryRunner.query(`CREATE TABLE "email_confirmations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "purpose" character varying(16) NOT NULL,
      "email" character varying(254) NOT NULL,
      "token_hash" character(64) NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_178b5599cd7e3ec9cfdfb144b50" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "email_confirmations_token_hash_key" ON "email_confirmations" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "email_confirmations_user_idx" ON "email_confirmations" ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "email_confirmations" ADD CONSTRAINT "FK_97c4781eabb13c92ea53f21d8f9"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    const table = 'email_confirmations';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (false)`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (user_id = ${ME} AND purpose IN ('verify', 'change') AND used_at IS NULL
        AND expires_at <= now() + interval '7 days')`);

    // Whose a link is (any state): what the API needs to enter that user's claim.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.email_confirmation_user(p_token_hash text, p_purpose text)
RETURNS uuid
LANGUAGE sql STABLE ${DEFINER} AS $$
  SELECT t.user_id FROM email_confirmations t
   WHERE t.token_hash = p_token_hash AND t.purpose = p_purpose
$$`);
    // Follows a link under its user's claim: 'verify' marks the address verified (while it is
    // still the account's), 'change' moves the account to the new address, verified. Every open
    // link of the same purpose of the account is used up with it. Answers the outcome, the
    // address of the link and the one the account had before.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.use_email_confirmation(p_token_hash text, p_purpose text)
RETURNS TABLE (outcome text, email text, previous_email text)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
DECLARE
  v_user uuid;
  v_email text;
  v_used timestamptz;
  v_expires timestamptz;
  v_current text;
BEGIN
  SELECT t.user_id, t.email::text, t.used_at, t.expires_at INTO v_user, v_email, v_used, v_expires
    FROM email_confirmations t
   WHERE t.token_hash = p_token_hash AND t.purpose = p_purpose FOR UPDATE;
  IF NOT FOUND OR v_user IS DISTINCT FROM alianza_rls.claim_user() THEN
    RETURN QUERY SELECT 'unknown'::text, NULL::text, NULL::text;
    RETURN;
  END IF;
  SELECT u.email::text INTO v_current FROM users u WHERE u.id = v_user FOR UPDATE;
  IF v_used IS NOT NULL THEN
    RETURN QUERY SELECT 'used'::text, v_email, v_current;
    RETURN;
  ELSIF v_expires <= now() THEN
    RETURN QUERY SELECT 'expired'::text, v_email, v_current;
    RETURN;
  END IF;
  IF p_purpose = 'verify' THEN
    IF v_current IS DISTINCT FROM v_email THEN
      RETURN QUERY SELECT 'stale'::text, v_email, v_current;
      RETURN;
    END IF;
    UPDATE users u SET email_verified_at = coalesce(u.email_verified_at, now()) WHERE u.id = v_user;
  ELSE
    IF EXISTS (SELECT 1 FROM users u WHERE u.email = v_email AND u.id <> v_user) THEN
      RETURN QUERY SELECT 'taken'::text, v_email, v_current;
      RETURN;
    END IF;
    BEGIN
      UPDATE users u SET email = v_email, email_verified_at = now() WHERE u.id = v_user;
    EXCEPTION WHEN unique_violation THEN
      RETURN QUERY SELECT 'taken'::text, v_email, v_current;
      RETURN;
    END;
  END IF;
  UPDATE email_confirmations t SET used_at = now()
   WHERE t.user_id = v_user AND t.purpose = p_purpose AND t.used_at IS NULL;
  RETURN QUERY SELECT 'valid'::text, v_email, v_current;
END $$`);

    // An invitation's link proves the address too (InvitationProvesAddress1795419610000): it set
    // `email_verified_at` once that column existed, which it does now.
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.use_email_confirmation(text, text)`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.email_confirmation_user(text, text)`);
    await queryRunner.query(`DROP TABLE "email_confirmations"`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.session_viewer(text)`);
    await queryRunner.query(SESSION_VIEWER_BEFORE);
    await queryRunner.query(CLAIM_EMAIL_BEFORE);
    await queryRunner.query(`DROP TRIGGER users_guard_email_verified ON "users"`);
    await queryRunner.query(`DROP FUNCTION alianza_private.guard_email_verified()`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }
}
