import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who may add to a collaboration's audit chain (as audit_records' insert policy says). */
const MAY_APPEND = `collaboration_id = ANY ((SELECT alianza_rls.facilitated_collabs())::uuid[])
    OR collaboration_id = ANY ((SELECT alianza_rls.my_collabs())::uuid[])
    OR collaboration_id = ANY ((SELECT alianza_rls.ever_collabs())::uuid[])
    OR (SELECT alianza_rls.system_job()) IS NOT NULL`;

/**
 * The audit outbox (ADR 0020). A transaction that records something writes its entries here, in
 * the same transaction, without waiting for anyone; right after it commits (or, for reads, a
 * moment later) a short transaction chains the waiting entries of the collaboration: under the
 * chain's advisory lock it takes them out (`audit_outbox_take`, which also answers the chain's
 * head), the API computes their MACs, inserts them into `audit_records` and commits. Nothing is
 * lost if a process dies: an entry is either waiting here or chained, and a periodic sweep
 * (`audit_outbox_pending`) chains what a dead process left.
 *
 * Row-level security: the API role may add an entry to a collaboration its claim reaches (as for
 * audit records), and may read, change or delete none. Entries leave only through
 * `audit_outbox_take`, within a chain the claim reaches (as `audit_chain_head`).
 */
export class AuditOutbox1795419000000 implements MigrationInterface {
  name = 'AuditOutbox1795419000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_outbox" (
      "id" bigint GENERATED ALWAYS AS IDENTITY,
      "collaboration_id" uuid NOT NULL,
      "action" character varying(64) NOT NULL,
      "actor_user_id" uuid,
      "subject_type" character varying(64) NOT NULL,
      "subject_id" uuid NOT NULL,
      "organization_id" uuid,
      "counterpart_organization_id" uuid,
      "payload" jsonb NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      CONSTRAINT "audit_outbox_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "audit_outbox_collaboration_idx" ON "audit_outbox" ("collaboration_id", "id")`,
    );
    await queryRunner.query(`ALTER TABLE "audit_outbox" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_outbox" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_outbox" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_outbox" FROM alianza_api`);
    await queryRunner.query(
      `CREATE POLICY audit_outbox_read ON "audit_outbox" FOR SELECT TO alianza_api USING (false)`,
    );
    await queryRunner.query(
      `CREATE POLICY audit_outbox_insert ON "audit_outbox" FOR INSERT TO alianza_api WITH CHECK (${MAY_APPEND})`,
    );

    // Takes up to p_limit waiting entries of a chain, oldest first, under the chain's advisory
    // lock (held until the caller's transaction ends), with the chain's head. Nothing waiting:
    // answers at once, without the lock.
    await queryRunner.query(`
CREATE FUNCTION public.audit_outbox_take(p_collaboration_id uuid, p_limit integer)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_entries jsonb;
  v_seq integer;
  v_mac text;
BEGIN
  IF NOT (p_collaboration_id = ANY (alianza_rls.facilitated_collabs())
          OR p_collaboration_id = ANY (alianza_rls.ever_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session()) THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.audit_outbox o WHERE o.collaboration_id = p_collaboration_id) THEN
    RETURN jsonb_build_object('entries', '[]'::jsonb);
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(p_collaboration_id::text, 42));
  WITH taken AS (
    DELETE FROM public.audit_outbox o
     WHERE o.id IN (SELECT w.id FROM public.audit_outbox w
                     WHERE w.collaboration_id = p_collaboration_id
                     ORDER BY w.id LIMIT p_limit)
    RETURNING o.*
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'action', t.action, 'actorUserId', t.actor_user_id, 'subjectType', t.subject_type,
           'subjectId', t.subject_id, 'organizationId', t.organization_id,
           'counterpartOrganizationId', t.counterpart_organization_id, 'payload', t.payload,
           'createdAt', to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
         ORDER BY t.id), '[]'::jsonb)
    INTO v_entries
    FROM taken t;
  SELECT a.seq, a.hash::text INTO v_seq, v_mac
    FROM public.audit_records a
   WHERE a.collaboration_id = p_collaboration_id
   ORDER BY a.seq DESC
   LIMIT 1;
  RETURN jsonb_build_object('headSeq', v_seq, 'headMac', v_mac, 'entries', v_entries);
END $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_outbox_take(uuid, integer) IS 'Takes the waiting audit entries of a chain, under its advisory lock, with its head: for the chainer.'`,
    );
    // The chains with entries waiting: for the audit chain's sweep only.
    await queryRunner.query(`
CREATE FUNCTION public.audit_outbox_pending()
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT DISTINCT o.collaboration_id FROM public.audit_outbox o
   WHERE alianza_rls.system_job() = 'audit-chain' OR alianza_rls.trusted_session()
$$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_outbox_pending() IS 'The audit chains with entries waiting in the outbox: for the audit chain''s sweep.'`,
    );
    for (const fn of ['audit_outbox_take(uuid, integer)', 'audit_outbox_pending()']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO alianza_api`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Entries still waiting are chained first (`npm run db:revert` runs with the API stopped):
    // the code before this migration appends straight to the chain.
    const [{ n }] = await queryRunner.query(`SELECT count(*)::int AS n FROM "audit_outbox"`);
    if (n > 0)
      throw new Error(
        `${n} audit entries are still waiting to be chained: start the API once to chain them, then revert`,
      );
    await queryRunner.query(`DROP FUNCTION audit_outbox_pending()`);
    await queryRunner.query(`DROP FUNCTION audit_outbox_take(uuid, integer)`);
    await queryRunner.query(`DROP TABLE "audit_outbox"`);
  }
}
