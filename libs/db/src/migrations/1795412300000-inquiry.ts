import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inquiry1795412300000 implements MigrationInterface {
  name = 'Inquiry1795412300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "published_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "question" text NOT NULL, "answer" text NOT NULL, "published_by" uuid NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f18ef955c2e2502be5bb2cedbbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "published_answers_collaboration_idx" ON "published_answers"  ("collaboration_id", "published_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."question_status" AS ENUM('open', 'answered', 'published')`,
    );
    await queryRunner.query(
      `CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "asker_organization_id" uuid NOT NULL, "asker_user_id" uuid NOT NULL, "subject" character varying(200), "body" text NOT NULL, "status" "public"."question_status" NOT NULL, "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "published_answer_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "questions_published_answer_key" ON "questions"  ("published_answer_id") WHERE published_answer_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "questions_asker_organization_idx" ON "questions"  ("asker_organization_id", "collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "questions_collaboration_idx" ON "questions"  ("collaboration_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_4e1fcfc18a624bc2f88b56b526b" FOREIGN KEY ("asker_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_d59fc71b0036e4034b8ede27de4" FOREIGN KEY ("asker_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_14973437df73a3a5e1feb721da7" FOREIGN KEY ("published_answer_id") REFERENCES "published_answers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_14973437df73a3a5e1feb721da7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_d59fc71b0036e4034b8ede27de4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_4e1fcfc18a624bc2f88b56b526b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."questions_collaboration_idx"`);
    await queryRunner.query(`DROP INDEX "public"."questions_asker_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."questions_published_answer_key"`);
    await queryRunner.query(`DROP TABLE "questions"`);
    await queryRunner.query(`DROP TYPE "public"."question_status"`);
    await queryRunner.query(`DROP INDEX "public"."published_answers_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "published_answers"`);
  }
}
