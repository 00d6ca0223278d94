import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expired one-time links leave the database: second sign-in steps, password reset links and
 * address confirmations, a week after they expired (until then, following one still says
 * "expired" rather than "unknown"). No request reads these tables, so their row policies show
 * nothing to anyone; this function deletes for the sweeper alone (`Claims.system('link-prune')`)
 * and answers how many rows of each went.
 */
export class PruneExpiredLinks1795419940000 implements MigrationInterface {
  name = 'PruneExpiredLinks1795419940000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION alianza_rls.prune_expired_links(p_expired_before timestamptz)
RETURNS TABLE (login_challenges integer, password_reset_tokens integer, email_confirmations integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF alianza_rls.system_job() IS DISTINCT FROM 'link-prune' THEN
    RAISE EXCEPTION 'only the expired-link sweeper prunes links' USING ERRCODE = '42501';
  END IF;
  IF p_expired_before > now() - interval '1 day' THEN
    RAISE EXCEPTION 'links are kept at least a day after they expire' USING ERRCODE = '22023';
  END IF;
  DELETE FROM public.login_challenges c WHERE c.expires_at < p_expired_before;
  GET DIAGNOSTICS login_challenges = ROW_COUNT;
  DELETE FROM public.password_reset_tokens t WHERE t.expires_at < p_expired_before;
  GET DIAGNOSTICS password_reset_tokens = ROW_COUNT;
  DELETE FROM public.email_confirmations e WHERE e.expires_at < p_expired_before;
  GET DIAGNOSTICS email_confirmations = ROW_COUNT;
  RETURN NEXT;
END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION alianza_rls.prune_expired_links(timestamptz) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.prune_expired_links(timestamptz) TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.prune_expired_links(timestamptz)`);
  }
}
