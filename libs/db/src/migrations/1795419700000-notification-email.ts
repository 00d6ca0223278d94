import { MigrationInterface, QueryRunner } from 'typeorm';

const ME = '(SELECT alianza_rls.claim_user())';
const JOB = '(SELECT alianza_rls.system_job())';

/** The claim reaches the collaboration (as alianza_rls.participant_member_users asks). */
const REACHES = (
  collaboration: string,
) => `(${collaboration} = ANY (alianza_rls.facilitated_collabs())
          OR ${collaboration} = ANY (alianza_rls.my_collabs())
          OR ${collaboration} = ANY (alianza_rls.ever_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session())`;

/**
 * Email notifications (issue 15).
 *
 * - `notification_preferences`: per user and kind, how the user hears of it besides the app
 *   (`immediate`, `daily` digest, `in_app` only); a kind without a row takes its default, which
 *   the API knows (libs/notification, `DEFAULT_DELIVERY`). Row-level security: one's own rows;
 *   the unsubscribe job (`notification-unsubscribe`, a signed link, no sign-in) may only turn a
 *   kind to `in_app`.
 * - `notifications.email_delivery`: how each notification is to reach its user by email, decided
 *   in the transaction that stores it (NULL before this migration, and for someone outside its
 *   collaboration: none), and `emailed_at`: when it was put in an email. A notification waiting
 *   for its email (`immediate`, or `daily` until the digest) has `emailed_at` NULL; the email job
 *   (`notification-email`) marks it and queues the email in one transaction, so an email is
 *   neither queued twice nor lost, whatever process stops when.
 * - `alianza_rls.notification_deliveries`: for the sender of a notification (whose claim reads
 *   neither the recipients' preferences nor their rows), each recipient's stored choice for the
 *   kind; only within a collaboration the claim reaches, and only for people in it.
 * - `alianza_rls.notification_email_take`, `notification_digest_users`, `notification_digest_take`:
 *   for the email job only, the waiting immediate notifications and who has daily ones waiting
 *   before a cutoff, taken (marked) with what their emails need: the address, the kind, the
 *   collaboration, whether the recipient facilitates it, and (for a digest) the choice each kind
 *   has now.
 */
export class NotificationEmail1795419700000 implements MigrationInterface {
  name = 'NotificationEmail1795419700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_delivery" AS ENUM('immediate', 'daily', 'in_app')`,
    );
    await queryRunner.query(`CREATE TABLE "notification_preferences" (
      "user_id" uuid NOT NULL,
      "kind" character varying(64) NOT NULL,
      "delivery" "public"."notification_delivery" NOT NULL,
      "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id", "kind"))`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_fk"
      FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "email_delivery" "public"."notification_delivery"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_digest_idx" ON "notifications" ("user_id", "created_at")
      WHERE "email_delivery" = 'daily' AND "emailed_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_immediate_idx" ON "notifications" ("created_at")
      WHERE "email_delivery" = 'immediate' AND "emailed_at" IS NULL`);

    const table = 'notification_preferences';
    const unsubscribing = `${JOB} = 'notification-unsubscribe'`;
    const write = `user_id = ${ME} OR (${unsubscribing} AND delivery = 'in_app')`;
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(`GRANT UPDATE ("delivery", "updated_at") ON "${table}" TO alianza_api`);
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (user_id = ${ME} OR ${unsubscribing})`,
    );
    await queryRunner.query(
      `CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api WITH CHECK (${write})`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_update ON "${table}" FOR UPDATE TO alianza_api
      USING (user_id = ${ME} OR ${unsubscribing}) WITH CHECK (${write})`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.notification_deliveries(p_collaboration uuid, p_users uuid[], p_kind text)
RETURNS TABLE (user_id uuid, delivery public.notification_delivery)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT u.id, p.delivery
    FROM users u
    LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = p_kind
   WHERE u.id = ANY (p_users)
     AND ${REACHES('p_collaboration')}
     AND (EXISTS (SELECT 1 FROM collaboration_facilitators f
                   WHERE f.collaboration_id = p_collaboration AND f.user_id = u.id)
          OR EXISTS (SELECT 1 FROM organization_memberships m
                       JOIN participations pa ON pa.organization_id = m.organization_id
                      WHERE pa.collaboration_id = p_collaboration AND m.user_id = u.id))
$$`);

    const emailJob = `(alianza_rls.system_job() = 'notification-email' OR alianza_rls.trusted_session())`;
    // The immediate notifications waiting for their email (those of `p_ids`, or those stored
    // before `p_before`), oldest first, taken: rows another process holds are skipped, so none is
    // emailed twice.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.notification_email_take(p_ids uuid[], p_before timestamptz, p_limit integer)
RETURNS TABLE (id uuid, user_id uuid, email text, kind text, collaboration_id uuid, facilitates boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT ${emailJob} THEN
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
                  WHERE f.collaboration_id = t.collaboration_id AND f.user_id = t.user_id)
    FROM taken t JOIN users u ON u.id = t.user_id;
END $$`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.notification_digest_users(p_cutoff timestamptz, p_limit integer)
RETURNS TABLE (user_id uuid, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT u.id, u.email::text FROM users u
   WHERE ${emailJob}
     AND u.id IN (SELECT n.user_id FROM notifications n
                   WHERE n.email_delivery = 'daily' AND n.emailed_at IS NULL AND n.created_at < p_cutoff)
   ORDER BY u.id
   LIMIT p_limit
$$`);
    // Rows another digest holds are skipped: two API processes never put one notification in
    // two digests.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.notification_digest_take(p_user uuid, p_cutoff timestamptz)
RETURNS TABLE (kind text, collaboration_id uuid, facilitates boolean, total integer, delivery public.notification_delivery)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT ${emailJob} THEN
    RETURN;
  END IF;
  RETURN QUERY
  WITH taken AS (
    UPDATE notifications n SET emailed_at = now()
     WHERE n.id IN (SELECT w.id FROM notifications w
                     WHERE w.user_id = p_user AND w.email_delivery = 'daily'
                       AND w.emailed_at IS NULL AND w.created_at < p_cutoff
                     FOR UPDATE SKIP LOCKED)
    RETURNING n.kind, n.collaboration_id
  )
  SELECT t.kind::text, t.collaboration_id,
         EXISTS (SELECT 1 FROM collaboration_facilitators f
                  WHERE f.collaboration_id = t.collaboration_id AND f.user_id = p_user),
         count(*)::int,
         (SELECT p.delivery FROM notification_preferences p WHERE p.user_id = p_user AND p.kind = t.kind)
    FROM taken t
   GROUP BY t.kind, t.collaboration_id;
END $$`);
    for (const fn of [
      'notification_deliveries(uuid, uuid[], text)',
      'notification_email_take(uuid[], timestamptz, integer)',
      'notification_digest_users(timestamptz, integer)',
      'notification_digest_take(uuid, timestamptz)',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION alianza_rls.${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION alianza_rls.${fn} TO alianza_api`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION alianza_rls.notification_digest_take(uuid, timestamptz)`,
    );
    await queryRunner.query(
      `DROP FUNCTION alianza_rls.notification_digest_users(timestamptz, integer)`,
    );
    await queryRunner.query(
      `DROP FUNCTION alianza_rls.notification_email_take(uuid[], timestamptz, integer)`,
    );
    await queryRunner.query(
      `DROP FUNCTION alianza_rls.notification_deliveries(uuid, uuid[], text)`,
    );
    await queryRunner.query(`DROP INDEX "public"."notifications_immediate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_digest_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_delivery"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery"`);
  }
}
