import { MigrationInterface, QueryRunner } from 'typeorm';

export class Closing1795411379197 implements MigrationInterface {
  name = 'Closing1795411379197';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "organization_id" uuid, "author_user_id" uuid NOT NULL, "objective_ratings" jsonb NOT NULL, "peer_ratings" jsonb NOT NULL, "assessment" text NOT NULL DEFAULT '', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluations_collaboration_org_key" ON "evaluations"  ("collaboration_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "final_statements" ("collaboration_id" uuid NOT NULL, "content" jsonb NOT NULL, "hash" character(64) NOT NULL, "closed_by" uuid NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "override_reason" text, CONSTRAINT "PK_b151f0c474c67835dd9116b5d9c" PRIMARY KEY ("collaboration_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "collaborations" ADD "previous_collaboration_id" uuid`);
    // A final statement is frozen: the database refuses to change or remove it.
    await queryRunner.query(`CREATE FUNCTION final_statements_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'final_statements are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER final_statements_frozen BEFORE UPDATE OR DELETE ON "final_statements" FOR EACH ROW EXECUTE FUNCTION final_statements_refuse_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER final_statements_frozen ON "final_statements"`);
    await queryRunner.query(`DROP FUNCTION final_statements_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "collaborations" DROP COLUMN "previous_collaboration_id"`);
    await queryRunner.query(`DROP TABLE "final_statements"`);
    await queryRunner.query(`DROP INDEX "public"."evaluations_collaboration_org_key"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
  }
}
