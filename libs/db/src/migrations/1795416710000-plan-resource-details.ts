import { MigrationInterface, QueryRunner } from 'typeorm';

const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const AC = '((SELECT alianza_rls.active_collabs())::uuid[])';
const MO = '((SELECT alianza_rls.member_orgs())::uuid[])';
const VIEW = '(SELECT alianza_rls.view_collaboration())';
const facilitated = `collaboration_id = ANY ${F}`;
const activeIn = `collaboration_id = ANY ${AC}`;
/** As in RowLevelSecurity1795416100000: a "view as" acts for the organization in one collaboration. */
const own = (column: string) =>
  `(${column} = ANY ${MO} AND (${VIEW} IS NULL OR collaboration_id = ${VIEW}))`;
/** The `ReadDetails` rule of a resource (libs/authz ability factory). */
const READ = `${facilitated} OR (${activeIn} AND (NOT confidential OR ${own('provider_organization_id')}))`;
/** The details are filed under their resource, in its collaboration, with its confidentiality. */
const sameResource = `EXISTS (SELECT 1 FROM plan_resources r
  WHERE r.id = plan_resource_details.resource_id AND r.collaboration_id = plan_resource_details.collaboration_id
    AND r.confidential = plan_resource_details.confidential)`;
const DETAILS = [
  'description',
  'provider_organization_id',
  'quantity',
  'unit',
  'value',
  'currency',
];

/**
 * A confidential resource's details leave `plan_resources` (whose rows every active party reads:
 * row-level security hides rows, not columns) for `plan_resource_details`, whose rows the database
 * shows only as the `ReadDetails` rule says (issue 12). Same policy form and column privileges as
 * RowLevelSecurity1795416100000: the columns that decide who reads a row cannot be updated.
 */
export class PlanResourceDetails1795416710000 implements MigrationInterface {
  name = 'PlanResourceDetails1795416710000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "plan_resource_details" (
      "resource_id" uuid NOT NULL,
      "collaboration_id" uuid NOT NULL,
      "provider_organization_id" uuid,
      "confidential" boolean NOT NULL DEFAULT false,
      "description" text NOT NULL,
      "quantity" numeric(20,6),
      "unit" character varying(50),
      "value" numeric(18,2),
      "currency" character(3),
      CONSTRAINT "PK_7a87fdd541c502c0d029042ba58" PRIMARY KEY ("resource_id"))`);
    await queryRunner.query(
      `CREATE INDEX "plan_resource_details_collaboration_idx" ON "plan_resource_details" ("collaboration_id")`,
    );
    await queryRunner.query(`ALTER TABLE "plan_resource_details" ADD CONSTRAINT "FK_7a87fdd541c502c0d029042ba58"
      FOREIGN KEY ("resource_id") REFERENCES "plan_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "plan_resource_details"
      ("resource_id", "collaboration_id", "confidential", ${DETAILS.map((c) => `"${c}"`).join(', ')})
      SELECT "id", "collaboration_id", "confidential", ${DETAILS.map((c) => `"${c}"`).join(', ')}
        FROM "plan_resources"`);
    for (const column of DETAILS)
      await queryRunner.query(`ALTER TABLE "plan_resources" DROP COLUMN "${column}"`);

    await queryRunner.query(`ALTER TABLE "plan_resource_details" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "plan_resource_details" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY plan_resource_details_read ON "plan_resource_details" FOR SELECT TO alianza_api USING (${READ})`,
    );
    await queryRunner.query(
      `CREATE POLICY plan_resource_details_insert ON "plan_resource_details" FOR INSERT TO alianza_api
        WITH CHECK (${facilitated} AND ${sameResource})`,
    );
    await queryRunner.query(
      `CREATE POLICY plan_resource_details_update ON "plan_resource_details" FOR UPDATE TO alianza_api
        USING (${READ}) WITH CHECK (${facilitated})`,
    );
    await queryRunner.query(
      `CREATE POLICY plan_resource_details_delete ON "plan_resource_details" FOR DELETE TO alianza_api USING (${facilitated})`,
    );
    await queryRunner.query(`REVOKE UPDATE ON "plan_resource_details" FROM alianza_api`);
    await queryRunner.query(
      `GRANT UPDATE ("description", "quantity", "unit", "value", "currency") ON "plan_resource_details" TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_resources"
      ADD "description" text, ADD "provider_organization_id" uuid, ADD "quantity" numeric(20,6),
      ADD "unit" character varying(50), ADD "value" numeric(18,2), ADD "currency" character(3)`);
    await queryRunner.query(`UPDATE "plan_resources" r SET
      ${DETAILS.map((c) => `"${c}" = d."${c}"`).join(', ')}
      FROM "plan_resource_details" d WHERE d."resource_id" = r."id"`);
    await queryRunner.query(
      `UPDATE "plan_resources" SET "description" = '' WHERE "description" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "plan_resources" ALTER COLUMN "description" SET NOT NULL`);
    // The restored columns take the API role's column privilege back (as RowLevelSecurity granted).
    await queryRunner.query(
      `GRANT UPDATE (${DETAILS.map((c) => `"${c}"`).join(', ')}) ON "plan_resources" TO alianza_api`,
    );
    await queryRunner.query(`DROP TABLE "plan_resource_details"`);
  }
}
