import { MigrationInterface, QueryRunner } from 'typeorm';

export class DisclosureEngine1795406811516 implements MigrationInterface {
  name = 'DisclosureEngine1795406811516';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "seq" integer NOT NULL, "action" character varying(64) NOT NULL, "actor_user_id" uuid, "subject_type" character varying(64) NOT NULL, "subject_id" uuid NOT NULL, "organization_id" uuid, "counterpart_organization_id" uuid, "payload" jsonb NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "audit_records_collaboration_seq_key" UNIQUE ("collaboration_id", "seq"), CONSTRAINT "PK_f903ebdf175f062be69747b0f18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_records_counterpart_idx" ON "audit_records"  ("counterpart_organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_records_organization_idx" ON "audit_records"  ("organization_id", "collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."area_sensitivity" AS ENUM('open', 'moderated', 'restricted')`,
    );
    await queryRunner.query(
      `CREATE TABLE "areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "sensitivity" "public"."area_sensitivity" NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "areas_collaboration_name_key" UNIQUE ("collaboration_id", "name"), CONSTRAINT "PK_5110493f6342f34c978c084d0d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "owner_participation_id" uuid NOT NULL, "current_version" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba5885359424c15ca6b9e79bcf6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "items_collaboration_id_idx" ON "items"  ("collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "items_owner_organization_idx" ON "items"  ("owner_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."third_party_rule" AS ENUM('internal_only', 'advisors', 'public')`,
    );
    await queryRunner.query(
      `CREATE TABLE "item_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "item_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "fields" jsonb NOT NULL, "third_party_rule" "public"."third_party_rule" NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "item_versions_item_version_key" UNIQUE ("item_id", "version"), CONSTRAINT "PK_8132975d9986601108390075a11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."audience_kind" AS ENUM('named', 'all_active')`);
    await queryRunner.query(
      `CREATE TYPE "public"."disclosure_status" AS ENUM('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "disclosure_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "item_id" uuid NOT NULL, "item_version_id" uuid NOT NULL, "area_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "owner_participation_id" uuid NOT NULL, "audience_kind" "public"."audience_kind" NOT NULL, "recipient_organization_ids" uuid array NOT NULL, "proposed_redaction" jsonb NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "note" text NOT NULL DEFAULT '', "status" "public"."disclosure_status" NOT NULL, "requested_by" uuid NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "decision_message" text, "acknowledged_overlap_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8412bf6660e929a561320b2c25" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_requests_owner_idx" ON "disclosure_requests"  ("owner_organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disclosure_requests_queue_idx" ON "disclosure_requests"  ("collaboration_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(16) NOT NULL, "collaboration_id" uuid NOT NULL, "request_id" uuid NOT NULL, "item_id" uuid NOT NULL, "item_version_id" uuid NOT NULL, "area_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "recipient_organization_id" uuid NOT NULL, "recipient_participation_id" uuid NOT NULL, "redaction" jsonb NOT NULL, "valid_until" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_by" uuid, "revoke_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grants_request_recipient_key" UNIQUE ("request_id", "recipient_organization_id"), CONSTRAINT "PK_a25f5f89eff8b3277f7969b7094" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grants_reference_key" ON "grants"  ("reference") `,
    );
    await queryRunner.query(
      `CREATE INDEX "grants_collaboration_id_idx" ON "grants"  ("collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "grants_owner_idx" ON "grants"  ("owner_organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "grants_recipient_idx" ON "grants"  ("recipient_participation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "overlaps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "organization_ids" uuid array NOT NULL, "description" text NOT NULL DEFAULT '', "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b84527ea172b5c8c5c35da2435" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "overlaps_collaboration_id_idx" ON "overlaps"  ("collaboration_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "areas" ADD CONSTRAINT "FK_37e68b2d5f74da16ff8196f3862" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_17fa4664455c2bf34dbd1f67f61" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_versions" ADD CONSTRAINT "FK_8045572a22f3172d3ee5d0fa990" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disclosure_requests" ADD CONSTRAINT "FK_44dbfc9e9a8a20a64acc873fd8d" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disclosure_requests" ADD CONSTRAINT "FK_f5c33c157dc6b55c3dc7b47d2b2" FOREIGN KEY ("item_version_id") REFERENCES "item_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_313f4335cb31be7552edbb5c760" FOREIGN KEY ("request_id") REFERENCES "disclosure_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_ce7e089ffd65472ea6b208d66e3" FOREIGN KEY ("item_version_id") REFERENCES "item_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "overlaps" ADD CONSTRAINT "FK_e3a26e857d40df8139495bbc890" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit log is append-only: the database itself refuses to change or remove a record.
    await queryRunner.query(`CREATE FUNCTION audit_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_records_no_update_delete BEFORE UPDATE OR DELETE ON "audit_records" FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON "audit_records" FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_records_no_truncate ON "audit_records"`);
    await queryRunner.query(`DROP TRIGGER audit_records_no_update_delete ON "audit_records"`);
    await queryRunner.query(`DROP FUNCTION audit_records_refuse_change()`);
    await queryRunner.query(
      `ALTER TABLE "overlaps" DROP CONSTRAINT "FK_e3a26e857d40df8139495bbc890"`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" DROP CONSTRAINT "FK_ce7e089ffd65472ea6b208d66e3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" DROP CONSTRAINT "FK_313f4335cb31be7552edbb5c760"`,
    );
    await queryRunner.query(
      `ALTER TABLE "disclosure_requests" DROP CONSTRAINT "FK_f5c33c157dc6b55c3dc7b47d2b2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "disclosure_requests" DROP CONSTRAINT "FK_44dbfc9e9a8a20a64acc873fd8d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_versions" DROP CONSTRAINT "FK_8045572a22f3172d3ee5d0fa990"`,
    );
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_17fa4664455c2bf34dbd1f67f61"`);
    await queryRunner.query(`ALTER TABLE "areas" DROP CONSTRAINT "FK_37e68b2d5f74da16ff8196f3862"`);
    await queryRunner.query(`DROP INDEX "public"."overlaps_collaboration_id_idx"`);
    await queryRunner.query(`DROP TABLE "overlaps"`);
    await queryRunner.query(`DROP INDEX "public"."grants_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_collaboration_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_reference_key"`);
    await queryRunner.query(`DROP TABLE "grants"`);
    await queryRunner.query(`DROP INDEX "public"."disclosure_requests_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disclosure_requests_owner_idx"`);
    await queryRunner.query(`DROP TABLE "disclosure_requests"`);
    await queryRunner.query(`DROP TYPE "public"."disclosure_status"`);
    await queryRunner.query(`DROP TYPE "public"."audience_kind"`);
    await queryRunner.query(`DROP TABLE "item_versions"`);
    await queryRunner.query(`DROP TYPE "public"."third_party_rule"`);
    await queryRunner.query(`DROP INDEX "public"."items_owner_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."items_collaboration_id_idx"`);
    await queryRunner.query(`DROP TABLE "items"`);
    await queryRunner.query(`DROP TABLE "areas"`);
    await queryRunner.query(`DROP TYPE "public"."area_sensitivity"`);
    await queryRunner.query(`DROP INDEX "public"."audit_records_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_records_counterpart_idx"`);
    await queryRunner.query(`DROP TABLE "audit_records"`);
  }
}
