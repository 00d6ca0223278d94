import { MigrationInterface, QueryRunner } from 'typeorm';

const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const OO = '((SELECT alianza_rls.owner_orgs())::uuid[])';
const ME = '(SELECT alianza_rls.claim_user())';
const MY_EMAIL = '(SELECT alianza_rls.claim_email())';
const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

/** Its collaboration's facilitators, or whoever signs in with the address invited. */
const READ = `collaboration_id = ANY ${F} OR email = ${MY_EMAIL}`;

/** As RowLevelSecurity1795416100000 had it: only a facilitator of the collaboration invites. */
const FACILITATOR_INVITES = `collaboration_id = ANY ${F}`;

/**
 * An owner of the organization, as the addressee of a pending invitation in force by email to the
 * collaboration, from the facilitator named as inviter: the organization becomes invited.
 */
const ADDRESSEE_JOINS = `organization_id = ANY ${OO} AND status = 'invited' AND EXISTS (
  SELECT 1 FROM collaboration_invitations ci
   WHERE ci.collaboration_id = participations.collaboration_id
     AND ci.email = ${MY_EMAIL} AND ci.invited_by = participations.invited_by
     AND ci.status = 'pending' AND ci.expires_at > now())`;

/**
 * Invitations by email (issue 15).
 *
 * `collaboration_invitations`: a facilitator invites an organization to a collaboration by its
 * owner's address, whether or not the person or the organization is on the platform yet. Only the
 * SHA-256 of the link's token is stored. Row-level security as for `organization_invitations`: the
 * collaboration's facilitators and whoever signs in with the address read it; a facilitator sends
 * it (as themselves, pending); the facilitators change where it stands (resend, withdraw), the
 * addressee only accepts it for an organization they own. No row is deleted.
 *
 * `participations`: besides a facilitator, an owner may now insert an invited participation of
 * their organization where a pending invitation in force by email to their address says the
 * facilitator invited them (`ADDRESSEE_JOINS`): that is how the invitation is accepted.
 *
 * `organization_invitations` gains the hash of the token of the link emailed to the address, the
 * language of that email, and when the link was first opened.
 *
 * Whoever holds a link, signed in or not, learns what it is for through one function per table
 * (`*_invitation_link`, which marks the link opened): the address invited, the names needed to
 * decide, where it stands, and whether the address has an account (sign in, or sign up).
 */
export class EmailInvitations1795419600000 implements MigrationInterface {
  name = 'EmailInvitations1795419600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "collaboration_invitations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "collaboration_id" uuid NOT NULL,
      "email" character varying(254) NOT NULL,
      "organization_name" character varying(200) NOT NULL,
      "message" text NOT NULL DEFAULT '',
      "locale" character varying(2) NOT NULL,
      "token_hash" character varying(64) NOT NULL,
      "status" "public"."invitation_status" NOT NULL DEFAULT 'pending',
      "invited_by" uuid NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "send_count" integer NOT NULL DEFAULT '1',
      "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "opened_at" TIMESTAMP(3) WITH TIME ZONE,
      "closed_at" TIMESTAMP(3) WITH TIME ZONE,
      "closed_by" uuid,
      "accepted_organization_id" uuid,
      "accepted_participation_id" uuid,
      CONSTRAINT "PK_01cad74129e88b9815c8923fce8" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "collaboration_invitations_token_hash_key" ON "collaboration_invitations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_invitations_email_idx" ON "collaboration_invitations"  ("email") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "collaboration_invitations_pending_key" ON "collaboration_invitations"  ("collaboration_id", "email") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "collaboration_invitations" ADD CONSTRAINT "FK_92762f58a5cc99f89dcd63ef3b6"
      FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_invitations" ADD CONSTRAINT "FK_3068bb18072c00db91403ce01a9"
      FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_invitations" ADD CONSTRAINT "FK_a93fa3844537a365418a2154abc"
      FOREIGN KEY ("accepted_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_invitations" ADD CONSTRAINT "FK_df34f91129068c417b8d277cadc"
      FOREIGN KEY ("accepted_participation_id") REFERENCES "participations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await queryRunner.query(
      `ALTER TABLE "organization_invitations" ADD "locale" character varying(2) NOT NULL DEFAULT 'es'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_invitations" ADD "token_hash" character varying(64)`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_invitations" ADD "opened_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organization_invitations_token_hash_key" ON "organization_invitations"  ("token_hash") `,
    );

    const table = 'collaboration_invitations';
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM alianza_api`);
    await queryRunner.query(`GRANT UPDATE ("status", "closed_at", "closed_by", "token_hash", "sent_at",
      "send_count", "expires_at", "accepted_organization_id", "accepted_participation_id")
      ON "${table}" TO alianza_api`);
    await queryRunner.query(
      `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (${READ})`,
    );
    await queryRunner.query(`CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api
      WITH CHECK (collaboration_id = ANY ${F} AND invited_by = ${ME} AND status = 'pending')`);
    await queryRunner.query(`CREATE POLICY ${table}_update ON "${table}" FOR UPDATE TO alianza_api
      USING (collaboration_id = ANY ${F}) WITH CHECK (collaboration_id = ANY ${F})`);
    await queryRunner.query(`CREATE POLICY ${table}_accept ON "${table}" FOR UPDATE TO alianza_api
      USING (email = ${MY_EMAIL})
      WITH CHECK (email = ${MY_EMAIL} AND status = 'accepted' AND accepted_organization_id = ANY ${OO})`);

    await queryRunner.query(`DROP POLICY participations_insert ON "participations"`);
    await queryRunner.query(`CREATE POLICY participations_insert ON "participations" FOR INSERT TO alianza_api
      WITH CHECK ((${FACILITATOR_INVITES}) OR (${ADDRESSEE_JOINS}))`);

    // What the holder of a link needs to know, signed in or not; the first call marks it opened.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.collaboration_invitation_link(p_token_hash text)
RETURNS TABLE (id uuid, email text, status text, expires_at timestamptz, locale text,
               collaboration_id uuid, collaboration_title text, organization_name text,
               invited_by_name text, account_exists boolean)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
BEGIN
  UPDATE collaboration_invitations ci SET opened_at = now()
   WHERE ci.token_hash = p_token_hash AND ci.opened_at IS NULL;
  RETURN QUERY
  SELECT ci.id, ci.email::text, ci.status::text, ci.expires_at, ci.locale::text,
         ci.collaboration_id, c.title::text, ci.organization_name::text, u.display_name::text,
         EXISTS (SELECT 1 FROM users a WHERE a.email = ci.email)
    FROM collaboration_invitations ci
    JOIN collaborations c ON c.id = ci.collaboration_id
    JOIN users u ON u.id = ci.invited_by
   WHERE ci.token_hash = p_token_hash;
END $$`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.organization_invitation_link(p_token_hash text)
RETURNS TABLE (id uuid, email text, status text, expires_at timestamptz, locale text, role text,
               organization_id uuid, organization_name text, invited_by_name text,
               account_exists boolean)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
BEGIN
  UPDATE organization_invitations i SET opened_at = now()
   WHERE i.token_hash = p_token_hash AND i.opened_at IS NULL;
  RETURN QUERY
  SELECT i.id, i.email::text, i.status::text, i.expires_at, i.locale::text, i.role::text,
         i.organization_id, o.name::text, u.display_name::text,
         EXISTS (SELECT 1 FROM users a WHERE a.email = i.email)
    FROM organization_invitations i
    JOIN organizations o ON o.id = i.organization_id
    JOIN users u ON u.id = i.invited_by
   WHERE i.token_hash = p_token_hash;
END $$`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.organization_invitation_link(text)`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.collaboration_invitation_link(text)`);
    await queryRunner.query(`DROP POLICY participations_insert ON "participations"`);
    await queryRunner.query(`CREATE POLICY participations_insert ON "participations" FOR INSERT TO alianza_api
      WITH CHECK (${FACILITATOR_INVITES})`);
    await queryRunner.query(`DROP INDEX "public"."organization_invitations_token_hash_key"`);
    await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "opened_at"`);
    await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "token_hash"`);
    await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "locale"`);
    await queryRunner.query(`DROP TABLE "collaboration_invitations"`);
  }
}
