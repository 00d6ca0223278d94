import { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicationsNotificationsReview1795407535119 implements MigrationInterface {
  name = 'PublicationsNotificationsReview1795407535119';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "collaboration_id" uuid NOT NULL, "kind" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "payload" jsonb NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_idx" ON "notifications"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "area_id" uuid, "title" character varying(200) NOT NULL, "body" text NOT NULL, "audience_kind" "public"."audience_kind" NOT NULL, "published_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "publications_collaboration_idx" ON "publications"  ("collaboration_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "publication_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "publication_id" uuid NOT NULL, "recipient_organization_id" uuid NOT NULL, "recipient_participation_id" uuid NOT NULL, CONSTRAINT "publication_deliveries_publication_participation_key" UNIQUE ("publication_id", "recipient_participation_id"), CONSTRAINT "PK_6173525dfb1845267c971514319" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "publication_deliveries_participation_idx" ON "publication_deliveries"  ("recipient_participation_id") `,
    );
    await queryRunner.query(`ALTER TABLE "grants" ADD "kept_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "grants" ADD "kept_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "grants" ADD "expiry_recorded_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "publication_deliveries" ADD CONSTRAINT "FK_4794513470e76c1d63f58f9e9b2" FOREIGN KEY ("publication_id") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "publication_deliveries" DROP CONSTRAINT "FK_4794513470e76c1d63f58f9e9b2"`,
    );
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "expiry_recorded_at"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "kept_reason"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP COLUMN "kept_at"`);
    await queryRunner.query(`DROP INDEX "public"."publication_deliveries_participation_idx"`);
    await queryRunner.query(`DROP TABLE "publication_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."publications_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "publications"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
