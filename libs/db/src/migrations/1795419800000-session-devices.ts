import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

/** `alianza_rls.session_viewer` as TwoFactor1795419410000 left it. */
const SESSION_VIEWER_BEFORE = `CREATE OR REPLACE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean, has_second_factor boolean)
LANGUAGE plpgsql STABLE ${DEFINER} AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT s.id, u.id, u.email::text, u.display_name::text, u.is_platform_admin, u.is_facilitator,
         EXISTS (SELECT 1 FROM user_second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now();
END $$`;

/** The guard of sessions and reporting tokens; `touched` says which columns anyone may mark. */
const guardOwnCredentials = (
  touched: string,
) => `CREATE OR REPLACE FUNCTION alianza_private.guard_own_credentials() RETURNS trigger
LANGUAGE plpgsql ${DEFINER} AS $$
BEGIN
  IF alianza_rls.trusted_session() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND (${touched}) THEN
    RETURN NEW;
  END IF;
  IF NEW.user_id IS DISTINCT FROM alianza_rls.claim_user()
     OR (TG_OP = 'UPDATE' AND (OLD.user_id <> NEW.user_id OR OLD.token_hash <> NEW.token_hash)) THEN
    RAISE EXCEPTION 'Only its own user''s claim writes a session or token' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$`;

const TOKEN_USED = `TG_TABLE_NAME = 'api_tokens'
     AND (to_jsonb(NEW) - 'last_used_at') = (to_jsonb(OLD) - 'last_used_at')`;
const SESSION_SEEN = `TG_TABLE_NAME = 'sessions'
     AND (to_jsonb(NEW) - 'last_seen_at') = (to_jsonb(OLD) - 'last_seen_at')`;

/**
 * A user's list of active sessions (issue 15, "sign out everywhere"): each session keeps the
 * browser or program (`user_agent`, trimmed to 300 characters) and the client's address (`ip`)
 * it signed in from, and when it was last used (`last_seen_at`).
 *
 * `session_viewer`, which the API asks once per request (and per live socket, now and then),
 * marks the session seen, at most once a minute: a conditional UPDATE inside the same statement,
 * as `api_token_viewer` marks a reporting token used. A request sends no extra statement, and
 * a write happens only when the mark is a minute old. Everything it returned, it still returns.
 * It is VOLATILE now (it writes). The sessions guard lets that mark through before any claim
 * exists, as it does a reporting token's `last_used_at`.
 *
 * Existing sessions are taken as last seen when they were opened (filled by the rewrite of
 * `ALTER COLUMN … TYPE … USING`, which fires no trigger).
 */
export class SessionDevices1795419800000 implements MigrationInterface {
  name = 'SessionDevices1795419800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "user_agent" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "ip" character varying(64)`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ALTER COLUMN "last_seen_at" TYPE TIMESTAMP(3) WITH TIME ZONE USING "created_at"`,
    );

    await queryRunner.query(guardOwnCredentials(`(${TOKEN_USED})\n     OR (${SESSION_SEEN})`));

    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean, has_second_factor boolean)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH found AS (
    SELECT s.id AS sid, s.last_seen_at AS seen, u.id AS uid, u.email::text AS mail,
           u.display_name::text AS name, u.is_platform_admin AS admin, u.is_facilitator AS facilitator,
           EXISTS (SELECT 1 FROM user_second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS second
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
  ), touched AS (
    UPDATE sessions t SET last_seen_at = now()
      FROM found
     WHERE t.id = found.sid AND found.seen < now() - interval '1 minute'
       AND t.last_seen_at < now() - interval '1 minute'
    RETURNING t.id
  )
  SELECT found.sid, found.uid, found.mail, found.name, found.admin, found.facilitator, found.second
    FROM found;
END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION alianza_rls.session_viewer(text) FROM PUBLIC`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.session_viewer(text) TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SESSION_VIEWER_BEFORE);
    await queryRunner.query(guardOwnCredentials(TOKEN_USED));
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "ip"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
  }
}
