import { MigrationInterface, QueryRunner } from 'typeorm';

const OO = '((SELECT alianza_rls.owner_orgs())::uuid[])';
const ME = '(SELECT alianza_rls.claim_user())';
const MY_EMAIL = '(SELECT alianza_rls.claim_email())';

/** As in RowLevelSecurity1795416100000: an organization's owners, or the invited address. */
const READ = `organization_id = ANY ${OO} OR email = ${MY_EMAIL}`;

/** A pending invitation in force of the claim's address to the membership row's organization and role. */
const INVITED = `EXISTS (SELECT 1 FROM organization_invitations i
  WHERE i.organization_id = organization_memberships.organization_id
    AND i.role = organization_memberships.role
    AND i.status = 'pending' AND i.expires_at > now() AND i.email = ${MY_EMAIL})`;

/** The founder's first membership (RowLevelSecurity1795416100000, unchanged). */
const FOUNDER = `user_id = ${ME} AND NOT alianza_rls.has_members(organization_id)`;

/**
 * Membership by consent (issue 13). An owner no longer adds an account to the organization: the
 * owner invites an email address (`organization_invitations`), and only the person signed in with
 * that address makes the membership, by accepting, with the role invited. The database says so
 * too: the API role may insert a membership only for the claim's own user, as the founder of an
 * organization without members or as the addressee of a pending invitation in force with that
 * role. Existing memberships stay as they are.
 *
 * Row-level security on the new table, as in RowLevelSecurity1795416100000: its owners and the
 * invited address read an invitation; owners send them (as themselves); the API role may change
 * only where an invitation stands (`status`, `closed_at`, `closed_by`), never whom or what it
 * invites. No row is deleted (the invitations are the record of who consented to what).
 */
export class OrganizationInvitations1795418100000 implements MigrationInterface {
  name = 'OrganizationInvitations1795418100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."invitation_status" AS ENUM('pending', 'accepted', 'declined', 'revoked', 'expired')`,
    );
    await queryRunner.query(`CREATE TABLE "organization_invitations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "email" character varying(254) NOT NULL,
      "role" "public"."membership_role" NOT NULL,
      "status" "public"."invitation_status" NOT NULL DEFAULT 'pending',
      "invited_by" uuid NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "closed_at" TIMESTAMP(3) WITH TIME ZONE,
      "closed_by" uuid,
      CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "organization_invitations_email_idx" ON "organization_invitations"  ("email") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organization_invitations_pending_key" ON "organization_invitations"  ("organization_id", "email") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446"
      FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_8ab435d962010401bc62c8d9e38"
      FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // The claim's user's address (users has no row policies; its email column is readable).
    await queryRunner.query(`CREATE FUNCTION alianza_rls.claim_email() RETURNS text
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY INVOKER AS $$
BEGIN RETURN (SELECT u.email::text FROM users u WHERE u.id = alianza_rls.claim_user()); END $$`);
    // What an addressee must know to decide, of an organization it may not read yet: its name.
    // Only for organizations with a pending invitation in force to the claim's address.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.inviting_organizations()
RETURNS TABLE (organization_id uuid, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT o.id, o.name::text FROM organizations o
   WHERE o.id IN (SELECT i.organization_id FROM organization_invitations i
                   WHERE i.email = alianza_rls.claim_email()
                     AND i.status = 'pending' AND i.expires_at > now()) $$`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);

    const table = 'organization_invitations';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(
      `GRANT UPDATE ("status", "closed_at", "closed_by") ON "${table}" TO alianza_api`,
    );
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (${READ})`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (organization_id = ANY ${OO} AND invited_by = ${ME} AND status = 'pending')`);
    await queryRunner.query(`CREATE POLICY ${table}_update ON "${table}" FOR UPDATE TO alianza_api
      USING (${READ}) WITH CHECK (${READ})`);

    await queryRunner.query(
      `DROP POLICY organization_memberships_insert ON "organization_memberships"`,
    );
    await queryRunner.query(`CREATE POLICY organization_memberships_insert ON "organization_memberships"
      FOR INSERT TO alianza_api WITH CHECK ((${FOUNDER}) OR (user_id = ${ME} AND ${INVITED}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP POLICY organization_memberships_insert ON "organization_memberships"`,
    );
    await queryRunner.query(`CREATE POLICY organization_memberships_insert ON "organization_memberships"
      FOR INSERT TO alianza_api WITH CHECK (organization_id = ANY ${OO} OR (${FOUNDER}))`);
    await queryRunner.query(`DROP TABLE "organization_invitations"`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.inviting_organizations()`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.claim_email()`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
  }
}
