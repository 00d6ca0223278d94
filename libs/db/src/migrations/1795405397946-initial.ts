import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795405397946 implements MigrationInterface {
  name = 'Initial1795405397946';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "is_platform_admin" boolean NOT NULL DEFAULT false, "is_facilitator" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TYPE "public"."session_kind" AS ENUM('cookie', 'bearer')`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "kind" "public"."session_kind" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('company', 'professional', 'entrepreneur', 'association', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "mission" text NOT NULL DEFAULT '', "who_we_are" text NOT NULL DEFAULT '', "what_we_do" text NOT NULL DEFAULT '', "where_we_are_going" text NOT NULL DEFAULT '', "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "organizations_name_idx" ON "organizations"  ("name") `);
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('owner', 'member')`);
    await queryRunner.query(
      `CREATE TABLE "organization_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organization_memberships_org_user_key" UNIQUE ("organization_id", "user_id"), CONSTRAINT "PK_cd7be805730a4c778a5f45364af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_memberships_user_id_idx" ON "organization_memberships"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."collaboration_status" AS ENUM('draft', 'active', 'closing', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "collaborations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "objective" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "status" "public"."collaboration_status" NOT NULL DEFAULT 'draft', "current_ground_rules_version" integer NOT NULL DEFAULT '0', "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d843532637cb55b078793e6811" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaborations_status_idx" ON "collaborations"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "collaboration_facilitators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "collaboration_facilitators_collaboration_user_key" UNIQUE ("collaboration_id", "user_id"), CONSTRAINT "PK_beae0c2008ea9fae4e4a31ce2d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_facilitators_user_id_idx" ON "collaboration_facilitators"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ground_rules_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "third_party_rules" text NOT NULL, "change_summary" text NOT NULL DEFAULT '', "published_by" uuid NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ground_rules_versions_collaboration_version_key" UNIQUE ("collaboration_id", "version"), CONSTRAINT "PK_e5e8c631846437cc8b5b412ec7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."participation_status" AS ENUM('invited', 'accepted', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" "public"."participation_status" NOT NULL, "accepted_ground_rules_version" integer, "invitation_message" text NOT NULL DEFAULT '', "status_reason" text, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "invited_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "participations_collaboration_organization_key" UNIQUE ("collaboration_id", "organization_id"), CONSTRAINT "PK_7aa63b8dcd3d6f8aef8a98bb14a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "participations_organization_id_idx" ON "participations"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ground_rules_acceptances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "participation_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "ground_rules_version_id" uuid NOT NULL, "version" integer NOT NULL, "accepted_by" uuid NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ground_rules_acceptances_participation_version_key" UNIQUE ("participation_id", "ground_rules_version_id"), CONSTRAINT "PK_c2eeded449f1a5288e149eef4fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ground_rules_acceptances_collaboration_id_idx" ON "ground_rules_acceptances"  ("collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ground_rules_acceptances_version_id_idx" ON "ground_rules_acceptances"  ("ground_rules_version_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."entry_direction" AS ENUM('seek', 'offer')`);
    await queryRunner.query(
      `CREATE TYPE "public"."contribution_type" AS ENUM('information', 'representation', 'recommendation', 'supply', 'labour', 'neighbourhood', 'care', 'security', 'backing', 'education', 'learning', 'grouping', 'money', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participation_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "participation_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "direction" "public"."entry_direction" NOT NULL, "contribution_type" "public"."contribution_type" NOT NULL, "description" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aea5091fd856ddae9c1b26b76d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "participation_entries_collaboration_id_idx" ON "participation_entries"  ("collaboration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "participation_entries_participation_id_idx" ON "participation_entries"  ("participation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "FK_88a24953b7fb00e52d96fc1e2ba" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_memberships" ADD CONSTRAINT "FK_5352fc550034d507d6c76dd2901" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaborations" ADD CONSTRAINT "FK_d807d6cd016c0a67c8d68d8861e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_facilitators" ADD CONSTRAINT "FK_6fd8920dba4903b7dcc4ef887aa" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_facilitators" ADD CONSTRAINT "FK_23682a078f7bbf6f6a1995547ce" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_versions" ADD CONSTRAINT "FK_fd6274fefb0ae114f30be0101fc" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_versions" ADD CONSTRAINT "FK_4a413d0b0666f402d1e43ad855f" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" ADD CONSTRAINT "FK_c51a5deae86b3216bd96d91e6a0" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" ADD CONSTRAINT "FK_ca387210025e82f7dba73952c21" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" ADD CONSTRAINT "FK_edf59088c041f7b4d10459cd98e" FOREIGN KEY ("participation_id") REFERENCES "participations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" ADD CONSTRAINT "FK_0a0a336fdd857e8d19e567ef012" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" ADD CONSTRAINT "FK_2ddd9139b1bed0aa6333d6bff8e" FOREIGN KEY ("ground_rules_version_id") REFERENCES "ground_rules_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" ADD CONSTRAINT "FK_265a55a59c1a60014062fb7ab66" FOREIGN KEY ("accepted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_entries" ADD CONSTRAINT "FK_680d51e024667ae88243eb3ad22" FOREIGN KEY ("participation_id") REFERENCES "participations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participation_entries" DROP CONSTRAINT "FK_680d51e024667ae88243eb3ad22"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" DROP CONSTRAINT "FK_265a55a59c1a60014062fb7ab66"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" DROP CONSTRAINT "FK_2ddd9139b1bed0aa6333d6bff8e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" DROP CONSTRAINT "FK_0a0a336fdd857e8d19e567ef012"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_acceptances" DROP CONSTRAINT "FK_edf59088c041f7b4d10459cd98e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" DROP CONSTRAINT "FK_ca387210025e82f7dba73952c21"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" DROP CONSTRAINT "FK_c51a5deae86b3216bd96d91e6a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_versions" DROP CONSTRAINT "FK_4a413d0b0666f402d1e43ad855f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ground_rules_versions" DROP CONSTRAINT "FK_fd6274fefb0ae114f30be0101fc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_facilitators" DROP CONSTRAINT "FK_23682a078f7bbf6f6a1995547ce"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_facilitators" DROP CONSTRAINT "FK_6fd8920dba4903b7dcc4ef887aa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaborations" DROP CONSTRAINT "FK_d807d6cd016c0a67c8d68d8861e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_5352fc550034d507d6c76dd2901"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_memberships" DROP CONSTRAINT "FK_86ae2efbb9ce84dd652e0c96a49"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" DROP CONSTRAINT "FK_88a24953b7fb00e52d96fc1e2ba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`,
    );
    await queryRunner.query(`DROP INDEX "public"."participation_entries_participation_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participation_entries_collaboration_id_idx"`);
    await queryRunner.query(`DROP TABLE "participation_entries"`);
    await queryRunner.query(`DROP TYPE "public"."contribution_type"`);
    await queryRunner.query(`DROP TYPE "public"."entry_direction"`);
    await queryRunner.query(`DROP INDEX "public"."ground_rules_acceptances_version_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ground_rules_acceptances_collaboration_id_idx"`);
    await queryRunner.query(`DROP TABLE "ground_rules_acceptances"`);
    await queryRunner.query(`DROP INDEX "public"."participations_organization_id_idx"`);
    await queryRunner.query(`DROP TABLE "participations"`);
    await queryRunner.query(`DROP TYPE "public"."participation_status"`);
    await queryRunner.query(`DROP TABLE "ground_rules_versions"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_facilitators_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "collaboration_facilitators"`);
    await queryRunner.query(`DROP INDEX "public"."collaborations_status_idx"`);
    await queryRunner.query(`DROP TABLE "collaborations"`);
    await queryRunner.query(`DROP TYPE "public"."collaboration_status"`);
    await queryRunner.query(`DROP INDEX "public"."organization_memberships_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "organization_memberships"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_name_idx"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TYPE "public"."session_kind"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
