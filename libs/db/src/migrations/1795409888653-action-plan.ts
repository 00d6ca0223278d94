import { MigrationInterface, QueryRunner } from 'typeorm';

// proposal_status is shared by plan_milestones and plan_tasks: created once, dropped last.
export class ActionPlan1795409888653 implements MigrationInterface {
  name = 'ActionPlan1795409888653';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_objectives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "position" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e2e59367db56396d0a41750a041" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_objectives_collaboration_idx" ON "plan_objectives"  ("collaboration_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."indicator_direction" AS ENUM('increase', 'decrease')`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "objective_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "unit" character varying(50) NOT NULL, "baseline" numeric(20,6) NOT NULL, "target" numeric(20,6) NOT NULL, "direction" "public"."indicator_direction" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48bdc21406ce9ca455386c987b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_indicators_objective_idx" ON "plan_indicators"  ("objective_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_status" AS ENUM('planned', 'in_progress', 'done', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status" AS ENUM('accepted', 'proposed', 'declined')`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "start_date" date, "due_date" date, "position" integer NOT NULL, "status" "public"."milestone_status" NOT NULL, "proposal_status" "public"."proposal_status" NOT NULL, "proposed_by_organization_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b589be7e8876bd4f3628ce27a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_milestones_collaboration_idx" ON "plan_milestones"  ("collaboration_id", "position") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."resource_kind" AS ENUM('available', 'needed')`);
    await queryRunner.query(
      `CREATE TABLE "plan_resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "kind" "public"."resource_kind" NOT NULL, "description" text NOT NULL, "provider_organization_id" uuid, "quantity" numeric(20,6), "unit" character varying(50), "value" numeric(18,2), "currency" character(3), "confidential" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9f43da8960e09f0e7c0ee0dae01" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_resources_milestone_idx" ON "plan_resources"  ("milestone_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."task_status" AS ENUM('todo', 'doing', 'done', 'blocked')`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "responsible_organization_id" uuid NOT NULL, "responsible_user_id" uuid, "due_date" date, "status" "public"."task_status" NOT NULL, "blocked_reason" text, "proposal_status" "public"."proposal_status" NOT NULL, "proposed_by_organization_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_164d68a56870d6f9365c5748d15" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_tasks_milestone_idx" ON "plan_tasks"  ("milestone_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_tasks_responsible_idx" ON "plan_tasks"  ("responsible_organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "task_id" uuid, "text" text NOT NULL, "indicator_values" jsonb NOT NULL, "evidence_grant_id" uuid, "author_user_id" uuid NOT NULL, "organization_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_220a8005cbcb4df38e792f29eb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_progress_milestone_idx" ON "plan_progress_updates"  ("milestone_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_indicators" ADD CONSTRAINT "FK_70a624f0155b3d456b14dd16989" FOREIGN KEY ("objective_id") REFERENCES "plan_objectives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_resources" ADD CONSTRAINT "FK_8d85618afdd0de58dd71f863e15" FOREIGN KEY ("milestone_id") REFERENCES "plan_milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_tasks" ADD CONSTRAINT "FK_61d405ee54e44e46ae7c8c011cf" FOREIGN KEY ("milestone_id") REFERENCES "plan_milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "plan_tasks" DROP CONSTRAINT "FK_61d405ee54e44e46ae7c8c011cf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_resources" DROP CONSTRAINT "FK_8d85618afdd0de58dd71f863e15"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_indicators" DROP CONSTRAINT "FK_70a624f0155b3d456b14dd16989"`,
    );
    await queryRunner.query(`DROP INDEX "public"."plan_progress_milestone_idx"`);
    await queryRunner.query(`DROP TABLE "plan_progress_updates"`);
    await queryRunner.query(`DROP INDEX "public"."plan_tasks_responsible_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_tasks_milestone_idx"`);
    await queryRunner.query(`DROP TABLE "plan_tasks"`);
    await queryRunner.query(`DROP TYPE "public"."task_status"`);
    await queryRunner.query(`DROP INDEX "public"."plan_resources_milestone_idx"`);
    await queryRunner.query(`DROP TABLE "plan_resources"`);
    await queryRunner.query(`DROP TYPE "public"."resource_kind"`);
    await queryRunner.query(`DROP INDEX "public"."plan_milestones_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "plan_milestones"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_status"`);
    await queryRunner.query(`DROP INDEX "public"."plan_indicators_objective_idx"`);
    await queryRunner.query(`DROP TABLE "plan_indicators"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_direction"`);
    await queryRunner.query(`DROP INDEX "public"."plan_objectives_collaboration_idx"`);
    await queryRunner.query(`DROP TABLE "plan_objectives"`);
  }
}
