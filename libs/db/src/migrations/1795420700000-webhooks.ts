import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';
const ME = '(SELECT alianza_rls.claim_user())';
const FC = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const OO = '((SELECT alianza_rls.owner_orgs())::uuid[])';
const JOB = `(SELECT alianza_rls.system_job()) = 'webhook-sender'`;
/** The claim owns the endpoint row `e`: a facilitator of its collaboration, an owner of its organization. */
const owns = (e: string) =>
  `((${e}owner_kind = 'collaboration' AND ${e}facilitated_collaboration_id = ANY ${FC})
    OR (${e}owner_kind = 'organization' AND ${e}organization_id = ANY ${OO}))`;

/**
 * Webhooks (issue 19, ADR 0049).
 *
 * - `webhook_endpoints`: a global table (ADR 0048: no `collaboration_id`, references no tenant
 *   table; a collaboration's endpoint names it in `facilitated_collaboration_id`, no foreign key).
 *   Its owners (the collaboration's facilitators, or the organization's owners) read, add,
 *   pause, resume and delete it; the webhook sender (`Claims.system('webhook-sender')`) reads
 *   every one and records failures and pauses.
 * - `webhook_deliveries`: the durable outbox, a tenant table keyed by `(id, collaboration_id)`.
 *   The API role adds none directly: `enqueue_webhook_event` (in the event's transaction) and
 *   `replay_webhook_delivery` do, as definer functions that choose the endpoints themselves. An
 *   endpoint's owners read its deliveries; only the sender changes where one stands.
 * - `enqueue_webhook_event`: one delivery per endpoint subscribed to the kind, of the
 *   collaboration (when `p_facilitators`) or of one of `p_organizations`, which must take part
 *   in the collaboration; the claim must reach the collaboration.
 * - `webhook_owner_users`: the users to tell that an endpoint was paused (sender only).
 */
export class Webhooks1795420700000 implements MigrationInterface {
  name = 'Webhooks1795420700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_owner_kind" AS ENUM('collaboration', 'organization')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_endpoint_status" AS ENUM('active', 'paused')`,
    );
    await queryRunner.query(`CREATE TABLE "webhook_endpoints" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "owner_kind" "public"."webhook_owner_kind" NOT NULL,
      "facilitated_collaboration_id" uuid,
      "organization_id" uuid,
      "url" character varying(2000) NOT NULL,
      "description" character varying(200) NOT NULL DEFAULT '',
      "event_kinds" character varying(64) array NOT NULL,
      "secret_sealed" text NOT NULL,
      "status" "public"."webhook_endpoint_status" NOT NULL DEFAULT 'active',
      "consecutive_failures" integer NOT NULL DEFAULT '0',
      "paused_at" TIMESTAMP(3) WITH TIME ZONE,
      "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "webhook_endpoints_collaboration_idx" ON "webhook_endpoints" ("facilitated_collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_endpoints_organization_idx" ON "webhook_endpoints" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'sending', 'succeeded', 'failed')`,
    );
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "collaboration_id" uuid NOT NULL,
      "endpoint_id" uuid NOT NULL,
      "sequence" BIGSERIAL NOT NULL,
      "event_id" uuid NOT NULL,
      "event_kind" character varying(64) NOT NULL,
      "subject_id" uuid NOT NULL,
      "payload" text NOT NULL,
      "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'pending',
      "attempts" integer NOT NULL DEFAULT '0',
      "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE,
      "last_status_code" integer,
      "last_error" character varying(500),
      "replay_of" uuid,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "delivered_at" TIMESTAMP(3) WITH TIME ZONE,
      CONSTRAINT "PK_f9522a2168330129c42d428c271" PRIMARY KEY ("id", "collaboration_id"))`);
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_subject_idx" ON "webhook_deliveries" ("endpoint_id", "subject_id", "sequence") `,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" ("next_attempt_at") WHERE "status" IN ('pending', 'sending')`,
    );
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_893247a8681e31f117a34b4fb46"
      FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_50a56039259b2eb148c99bcc41a"
      FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"
      FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    const endpoints = 'webhook_endpoints';
    await queryRunner.query(`ALTER TABLE "${endpoints}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${endpoints}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`REVOKE ALL ON "${endpoints}" FROM alianza_api`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "${endpoints}" TO alianza_api`);
    await queryRunner.query(
      `GRANT UPDATE ("status", "consecutive_failures", "paused_at") ON "${endpoints}" TO alianza_api`,
    );
    await queryRunner.query(`CREATE POLICY ${endpoints}_read ON "${endpoints}" FOR SELECT TO alianza_api
      USING (${owns('')} OR ${JOB})`);
    await queryRunner.query(`CREATE POLICY ${endpoints}_insert ON "${endpoints}" FOR INSERT TO alianza_api
      WITH CHECK (${owns('')} AND created_by = ${ME} AND status = 'active'
        AND consecutive_failures = 0 AND paused_at IS NULL
        AND (owner_kind = 'collaboration') = (organization_id IS NULL)
        AND (owner_kind = 'organization') = (facilitated_collaboration_id IS NULL))`);
    await queryRunner.query(`CREATE POLICY ${endpoints}_update ON "${endpoints}" FOR UPDATE TO alianza_api
      USING (${owns('')} OR ${JOB}) WITH CHECK (${owns('')} OR ${JOB})`);
    await queryRunner.query(`CREATE POLICY ${endpoints}_delete ON "${endpoints}" FOR DELETE TO alianza_api
      USING (${owns('')})`);

    const deliveries = 'webhook_deliveries';
    await queryRunner.query(`ALTER TABLE "${deliveries}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${deliveries}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`REVOKE ALL ON "${deliveries}" FROM alianza_api`);
    await queryRunner.query(`GRANT SELECT ON "${deliveries}" TO alianza_api`);
    await queryRunner.query(`GRANT UPDATE ("status", "attempts", "next_attempt_at", "last_attempt_at",
      "last_status_code", "last_error", "delivered_at") ON "${deliveries}" TO alianza_api`);
    await queryRunner.query(`CREATE POLICY ${deliveries}_read ON "${deliveries}" FOR SELECT TO alianza_api
      USING (${JOB} OR EXISTS (SELECT 1 FROM webhook_endpoints e
                               WHERE e.id = endpoint_id AND ${owns('e.')}))`);
    await queryRunner.query(`CREATE POLICY ${deliveries}_update ON "${deliveries}" FOR UPDATE TO alianza_api
      USING (${JOB}) WITH CHECK (${JOB})`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.enqueue_webhook_event(p_event_id uuid,
  p_collaboration uuid, p_kind text, p_subject uuid, p_facilitators boolean,
  p_organizations uuid[], p_payload text)
RETURNS integer
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
DECLARE
  added integer;
BEGIN
  IF NOT (p_collaboration = ANY (alianza_rls.facilitated_collabs())
          OR p_collaboration = ANY (alianza_rls.my_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session()) THEN
    RAISE EXCEPTION 'No event of this collaboration may be sent from here'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO webhook_deliveries (collaboration_id, endpoint_id, event_id, event_kind, subject_id, payload)
  SELECT p_collaboration, e.id, p_event_id, p_kind, p_subject, p_payload
    FROM webhook_endpoints e
   WHERE p_kind = ANY (e.event_kinds)
     AND ((p_facilitators AND e.owner_kind = 'collaboration'
           AND e.facilitated_collaboration_id = p_collaboration)
          OR (e.owner_kind = 'organization' AND e.organization_id = ANY (p_organizations)
              AND EXISTS (SELECT 1 FROM participations p
                           WHERE p.collaboration_id = p_collaboration
                             AND p.organization_id = e.organization_id)))
   ORDER BY e.id;
  GET DIAGNOSTICS added = ROW_COUNT;
  RETURN added;
END $$`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.replay_webhook_delivery(p_delivery uuid)
RETURNS uuid
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
DECLARE
  original record;
  replayed uuid;
BEGIN
  SELECT d.* INTO original FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
   WHERE d.id = p_delivery AND ${owns('e.')};
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  INSERT INTO webhook_deliveries (collaboration_id, endpoint_id, event_id, event_kind, subject_id,
                                  payload, replay_of)
  VALUES (original.collaboration_id, original.endpoint_id, original.event_id, original.event_kind,
          original.subject_id, original.payload, original.id)
  RETURNING id INTO replayed;
  RETURN replayed;
END $$`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.webhook_owner_users(p_endpoint uuid)
RETURNS SETOF uuid
LANGUAGE sql STABLE ${DEFINER} AS $$
  SELECT f.user_id FROM webhook_endpoints e
    JOIN collaboration_facilitators f ON f.collaboration_id = e.facilitated_collaboration_id
   WHERE e.id = p_endpoint AND e.owner_kind = 'collaboration'
     AND (alianza_rls.system_job() = 'webhook-sender' OR alianza_rls.trusted_session())
  UNION
  SELECT m.user_id FROM webhook_endpoints e
    JOIN organization_memberships m ON m.organization_id = e.organization_id AND m.role = 'owner'
   WHERE e.id = p_endpoint AND e.owner_kind = 'organization'
     AND (alianza_rls.system_job() = 'webhook-sender' OR alianza_rls.trusted_session())
$$`);

    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.webhook_owner_users(uuid)`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.replay_webhook_delivery(uuid)`);
    await queryRunner.query(
      `DROP FUNCTION alianza_rls.enqueue_webhook_event(uuid, uuid, text, uuid, boolean, uuid[], text)`,
    );
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_delivery_status"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_endpoint_status"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_owner_kind"`);
  }
}
