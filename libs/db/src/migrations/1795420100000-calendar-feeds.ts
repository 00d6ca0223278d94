import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';
const ME = '(SELECT alianza_rls.claim_user())';

/**
 * Personal calendar feeds (issue 17, ADR 0039): a user's secret address from which a calendar
 * app reads the milestones and tasks that concern them. Of the secret only its keyed hash is
 * kept (HMAC-SHA256 under the claim key, `Db.keyedHash`): the API role cannot compute one for a
 * secret of its choosing, nor read the stored ones.
 *
 * - Row-level security: a user reads, adds and revokes their own feeds only; a feed is added
 *   live and never used; only `revoked_at` may change, once (the guard trigger); none is deleted.
 * - `token_hash` is not readable by the API role (column privileges, as ADR 0036 did for
 *   sessions and reporting tokens): it is the proof with which a feed request enters its user's
 *   claim.
 * - `alianza_rls.enter_calendar_feed(hash)`: as `enter_session` for a session, the live feed with
 *   that hash, marked used at most once a minute, and its user's claim entered for the
 *   transaction; answers the user's row and the facts. No live feed: no
 *   row, and nothing entered.
 */
export class CalendarFeeds1795420100000 implements MigrationInterface {
  name = 'CalendarFeeds1795420100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
      "last_used_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "calendar_feeds_user_id_idx" ON "calendar_feeds" ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    const table = 'calendar_feeds';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`REVOKE ALL ON "${table}" FROM alianza_api`);
    await queryRunner.query(
      `GRANT SELECT ("id", "user_id", "created_at", "revoked_at", "last_used_at") ON "${table}" TO alianza_api`,
    );
    await queryRunner.query(`GRANT INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`GRANT UPDATE ("revoked_at") ON "${table}" TO alianza_api`);
    await queryRunner.query(`CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api
      USING (user_id = ${ME})`);
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (user_id = ${ME} AND revoked_at IS NULL AND last_used_at IS NULL)`);
    await queryRunner.query(`CREATE POLICY ${table}_revoke ON "${table}" FOR UPDATE TO alianza_api
      USING (user_id = ${ME}) WITH CHECK (user_id = ${ME})`);

    // A revoked feed stays revoked, at the time it was revoked.
    await queryRunner.query(`CREATE FUNCTION alianza_private.guard_calendar_feed() RETURNS trigger
LANGUAGE plpgsql ${DEFINER} AS $$
BEGIN
  IF alianza_rls.trusted_session() THEN
    RETURN NEW;
  END IF;
  IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
    RAISE EXCEPTION 'A revoked calendar feed stays revoked' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER calendar_feeds_guard BEFORE UPDATE ON "${table}"
      FOR EACH ROW EXECUTE FUNCTION alianza_private.guard_calendar_feed()`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.enter_calendar_feed(p_token_hash text)
RETURNS TABLE (feed_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean,
               is_facilitator boolean, email_verified boolean, facts jsonb)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
#variable_conflict use_column
DECLARE
  hit record;
BEGIN
  PERFORM set_config('alianza.transaction', '', true);
  SELECT f.id AS fid, f.last_used_at AS used, u.id AS uid, u.email::text AS mail,
         u.display_name::text AS name, u.is_platform_admin AS admin, u.is_facilitator AS facilitator,
         u.email_verified_at IS NOT NULL AS verified
    INTO hit
    FROM calendar_feeds f JOIN users u ON u.id = f.user_id
   WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF hit.used IS NULL OR hit.used < now() - interval '1 minute' THEN
    UPDATE calendar_feeds t SET last_used_at = now()
     WHERE t.id = (SELECT x.id FROM calendar_feeds x
                    WHERE x.id = hit.fid
                      AND (x.last_used_at IS NULL OR x.last_used_at < now() - interval '1 minute')
                    FOR UPDATE SKIP LOCKED);
  END IF;
  RETURN QUERY SELECT hit.fid, hit.uid, hit.mail, hit.name, hit.admin, hit.facilitator,
                      hit.verified,
                      alianza_private.enter_verified(ARRAY['u', hit.uid::text, '', '']);
END $$`);

    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.enter_calendar_feed(text)`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP FUNCTION alianza_private.guard_calendar_feed()`);
  }
}
