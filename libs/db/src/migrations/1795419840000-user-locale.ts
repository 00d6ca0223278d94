import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';
const EMAIL_JOB = `(alianza_rls.system_job() = 'notification-email' OR alianza_rls.trusted_session())`;

/**
 * `alianza_rls.notification_email_take` as NotificationEmail1795419700000 defined it, and with the
 * recipient's language (`withLocale`).
 */
function notificationEmailTake(withLocale: boolean): string {
  return `CREATE FUNCTION alianza_rls.notification_email_take(p_ids uuid[], p_before timestamptz, p_limit integer)
RETURNS TABLE (id uuid, user_id uuid, email text, kind text, collaboration_id uuid, facilitates boolean${withLocale ? ', locale text' : ''})
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
BEGIN
  IF NOT ${EMAIL_JOB} THEN
    RETURN;
  END IF;
  RETURN QUERY
  WITH taken AS (
    UPDATE notifications n SET emailed_at = now()
     WHERE n.id IN (SELECT w.id FROM notifications w
                     WHERE w.email_delivery = 'immediate' AND w.emailed_at IS NULL
                       AND (w.id = ANY (p_ids) OR w.created_at < p_before)
                     ORDER BY w.created_at
                     LIMIT p_limit
                     FOR UPDATE SKIP LOCKED)
    RETURNING n.id, n.user_id, n.kind, n.collaboration_id
  )
  SELECT t.id, t.user_id, u.email::text, t.kind::text, t.collaboration_id,
         EXISTS (SELECT 1 FROM collaboration_facilitators f
                  WHERE f.collaboration_id = t.collaboration_id AND f.user_id = t.user_id)${withLocale ? ',\n         u.locale::text' : ''}
    FROM taken t JOIN users u ON u.id = t.user_id;
END $$`;
}

/** `alianza_rls.notification_digest_users` as before, and with the recipient's language. */
function notificationDigestUsers(withLocale: boolean): string {
  return `CREATE FUNCTION alianza_rls.notification_digest_users(p_cutoff timestamptz, p_limit integer)
RETURNS TABLE (user_id uuid, email text${withLocale ? ', locale text' : ''})
LANGUAGE sql STABLE ${DEFINER} AS $$
  SELECT u.id, u.email::text${withLocale ? ', u.locale::text' : ''} FROM users u
   WHERE ${EMAIL_JOB}
     AND u.id IN (SELECT n.user_id FROM notifications n
                   WHERE n.email_delivery = 'daily' AND n.emailed_at IS NULL AND n.created_at < p_cutoff)
   ORDER BY u.id
   LIMIT p_limit
$$`;
}

const FUNCTIONS: [signature: string, define: (withLocale: boolean) => string][] = [
  ['notification_email_take(uuid[], timestamptz, integer)', notificationEmailTake],
  ['notification_digest_users(timestamptz, integer)', notificationDigestUsers],
];

/**
 * The language of each account (issue 15, ADR 0028): `users.locale`, 'es' or 'en', Spanish for
 * the accounts made before. Every email to a known person is written in it.
 * - The API role reads it (as every column of `users` but the password hash).
 * - Only the account's own claim changes it (or the owner, `alianza_rls.trusted_session()`): a
 *   trigger of its own beside `users_guard`.
 * - The notification email job learns it with the recipients it takes: `notification_email_take`
 *   and `notification_digest_users` also answer each recipient's `locale`.
 */
export class UserLocale1795419840000 implements MigrationInterface {
  name = 'UserLocale1795419840000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "locale" character varying(2) NOT NULL DEFAULT 'es'`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("locale" IN ('es', 'en'))`,
    );
    await queryRunner.query(`GRANT SELECT ("locale") ON "users" TO alianza_api`);

    await queryRunner.query(`CREATE FUNCTION alianza_private.guard_user_locale() RETURNS trigger
LANGUAGE plpgsql ${DEFINER} AS $$
BEGIN
  IF alianza_rls.trusted_session() OR NEW.locale IS NOT DISTINCT FROM OLD.locale THEN
    RETURN NEW;
  END IF;
  IF OLD.id IS DISTINCT FROM alianza_rls.claim_user() THEN
    RAISE EXCEPTION 'Only its own user changes an account''s language' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION alianza_private.guard_user_locale() FROM PUBLIC`,
    );
    await queryRunner.query(`CREATE TRIGGER users_locale_guard BEFORE UPDATE OF "locale" ON "users"
      FOR EACH ROW EXECUTE FUNCTION alianza_private.guard_user_locale()`);

    await this.redefine(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.redefine(queryRunner, false);
    await queryRunner.query(`DROP TRIGGER users_locale_guard ON "users"`);
    await queryRunner.query(`DROP FUNCTION alianza_private.guard_user_locale()`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_locale_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
  }

  /** The email job's functions, with the recipients' language or (down) without it. */
  private async redefine(queryRunner: QueryRunner, withLocale: boolean): Promise<void> {
    for (const [signature, define] of FUNCTIONS) {
      // Another result type: dropped and made again (CREATE OR REPLACE cannot change it).
      await queryRunner.query(`DROP FUNCTION alianza_rls.${signature}`);
      await queryRunner.query(define(withLocale));
      await queryRunner.query(`REVOKE ALL ON FUNCTION alianza_rls.${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION alianza_rls.${signature} TO alianza_api`);
    }
  }
}
