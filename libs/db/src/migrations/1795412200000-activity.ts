import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Declared activity and overlap detection (libs/activity): option lists per area, private
 * declarations, customer lists kept as keyed hashes only, the per-collaboration hash key, and
 * the facilitator's reviews of detected overlaps.
 */
export class ActivityOverlapDetection1795412200000 implements MigrationInterface {
  name = 'ActivityOverlapDetection1795412200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."activity_dimension" AS ENUM('market', 'segment', 'product')`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "dimension" "public"."activity_dimension" NOT NULL, "label" character varying(200) NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "activity_options_area_dimension_label_key" UNIQUE ("area_id", "dimension", "label"), CONSTRAINT "PK_245022d31822bc8a22ae909c8b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_options_collaboration_idx" ON "activity_options"  ("collaboration_id", "area_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_declarations" ("option_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "declared_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_002cac2e8b7732caabc33d9961b" PRIMARY KEY ("option_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_declarations_organization_idx" ON "activity_declarations"  ("collaboration_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "file_name" character varying(255), "accepted" integer NOT NULL, "duplicates" integer NOT NULL, "rejected" integer NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "customer_lists_area_organization_key" UNIQUE ("area_id", "organization_id"), CONSTRAINT "PK_7bb684cbf4a8ed72a4bfce6c159" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "customer_lists_organization_idx" ON "customer_lists"  ("collaboration_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_hashes" ("list_id" uuid NOT NULL, "hash" bytea NOT NULL, "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_a3ec73a6352d039d2fa14ce4687" PRIMARY KEY ("list_id", "hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "customer_hashes_area_hash_idx" ON "customer_hashes"  ("area_id", "hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_secrets" ("collaboration_id" uuid NOT NULL, "hmac_key" bytea NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15c731e2bc88902d347ae0b273c" PRIMARY KEY ("collaboration_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."overlap_review_decision" AS ENUM('declared', 'dismissed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "detected_overlap_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "area_id" uuid NOT NULL, "organization_ids" uuid array NOT NULL, "decision" "public"."overlap_review_decision" NOT NULL, "overlap_id" uuid, "reason" text, "facts" jsonb NOT NULL, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "detected_overlap_reviews_area_organizations_key" UNIQUE ("area_id", "organization_ids"), CONSTRAINT "PK_8d8d8d66245d35355c9c996457c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "detected_overlap_reviews_collaboration_idx" ON "detected_overlap_reviews"  ("collaboration_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_options" ADD CONSTRAINT "FK_23994d88f9e07873d5df3690253" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_declarations" ADD CONSTRAINT "FK_bde47ff2fbc11637ebd78c10d4a" FOREIGN KEY ("option_id") REFERENCES "activity_options"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_lists" ADD CONSTRAINT "FK_e7e12640439b8e761d78578f478" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_hashes" ADD CONSTRAINT "FK_aadf878f98c7450ceef5ae893c1" FOREIGN KEY ("list_id") REFERENCES "customer_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_secrets" ADD CONSTRAINT "FK_15c731e2bc88902d347ae0b273c" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "detected_overlap_reviews" ADD CONSTRAINT "FK_df60390a8abcec6092d66e34d36" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "detected_overlap_reviews" ADD CONSTRAINT "FK_ca1eaa895547225569ea5a3efc9" FOREIGN KEY ("overlap_id") REFERENCES "overlaps"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "detected_overlap_reviews" DROP CONSTRAINT "FK_ca1eaa895547225569ea5a3efc9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "detected_overlap_reviews" DROP CONSTRAINT "FK_df60390a8abcec6092d66e34d36"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_secrets" DROP CONSTRAINT "FK_15c731e2bc88902d347ae0b273c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_hashes" DROP CONSTRAINT "FK_aadf878f98c7450ceef5ae893c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_lists" DROP CONSTRAINT "FK_e7e12640439b8e761d78578f478"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_declarations" DROP CONSTRAINT "FK_bde47ff2fbc11637ebd78c10d4a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_options" DROP CONSTRAINT "FK_23994d88f9e07873d5df3690253"`,
    );
    await queryRunner.query(`DROP INDEX "public"."detected_overlap_reviews_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "detected_overlap_reviews"`);
    await queryRunner.query(`DROP TYPE "public"."overlap_review_decision"`);
    await queryRunner.query(`DROP TABLE "activity_secrets"`);
    await queryRunner.query(`DROP INDEX "public"."customer_hashes_area_hash_idx"`);
    await queryRunner.query(`DROP TABLE "customer_hashes"`);
    await queryRunner.query(`DROP INDEX "public"."customer_lists_organization_idx"`);
    await queryRunner.query(`DROP TABLE "customer_lists"`);
    await queryRunner.query(`DROP INDEX "public"."activity_declarations_organization_idx"`);
    await queryRunner.query(`DROP TABLE "activity_declarations"`);
    await queryRunner.query(`DROP INDEX "public"."activity_options_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "activity_options"`);
    await queryRunner.query(`DROP TYPE "public"."activity_dimension"`);
  }
}
