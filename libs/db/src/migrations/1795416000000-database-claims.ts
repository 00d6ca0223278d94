import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the database needs to decide rows by itself (ADR 0015):
 * - `alianza_api`, the group role of the API's login role: it gets privileges, owns nothing;
 * - `alianza_private.claim_key`, a random key the API role cannot read, that signs each
 *   transaction's claim (`alianza.claim`, see libs/db/src/lib/claim.ts);
 * - `alianza.*` functions that verify the claim and derive from it, in SQL, the facts the row
 *   policies need (the viewer's organizations, facilitated collaborations, active participations…);
 * - `grant_is_live`, the one definition of "this grant is in force".
 * The functions run as the owner (SECURITY DEFINER, fixed search_path): they read the membership
 * tables without going through their own policies.
 */
/**
 * The claim's functions as this migration created them (TransactionFacts1795417000000 replaced
 * them, and restores them when reverted).
 */
export function claimFunctionStatements(): string[] {
  const statements: string[] = [];
  // The verified claim: [kind, a, b, c], or NULL when the transaction carries none.
  statements.push(`CREATE OR REPLACE FUNCTION alianza_rls.claim() RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  raw text := current_setting('alianza.claim', true);
  payload text;
  k alianza_private.claim_key;
  parts text[];
BEGIN
  IF raw IS NULL OR raw = '' THEN
    RETURN NULL;
  END IF;
  payload := split_part(raw, '.', 1);
  SELECT * INTO k FROM alianza_private.claim_key WHERE id = 1;
  IF k.okey IS NULL
     OR encode(sha256(k.okey || sha256(k.ikey || convert_to(payload, 'UTF8'))), 'hex') <> split_part(raw, '.', 2) THEN
    RAISE EXCEPTION 'alianza.claim is not signed by this database' USING ERRCODE = 'insufficient_privilege';
  END IF;
  parts := string_to_array(payload, ';');
  IF array_length(parts, 1) <> 6 OR parts[1] <> '1' THEN
    RAISE EXCEPTION 'alianza.claim has an unknown form' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF parts[6]::bigint < extract(epoch FROM clock_timestamp()) THEN
    RAISE EXCEPTION 'alianza.claim has expired' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN parts[2:5];
END $$`);

  statements.push(`CREATE OR REPLACE FUNCTION alianza_rls.claim_user() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT CASE WHEN c[1] = 'u' THEN c[2]::uuid END FROM (SELECT alianza_rls.claim() AS c) x
$$`);
  statements.push(`CREATE OR REPLACE FUNCTION alianza_rls.system_job() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT CASE WHEN c[1] = 's' THEN c[2] END FROM (SELECT alianza_rls.claim() AS c) x
$$`);

  // The organizations the claim acts for, and whether as owner. A "view as" acts for one
  // organization as a plain member, only while its facilitator facilitates that collaboration.
  statements.push(`CREATE OR REPLACE FUNCTION alianza_private.claim_organizations()
RETURNS TABLE (organization_id uuid, is_owner boolean, only_collaboration uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  c text[] := alianza_rls.claim();
BEGIN
  IF c[1] = 'u' THEN
    RETURN QUERY SELECT m.organization_id, m.role = 'owner', NULL::uuid
      FROM organization_memberships m WHERE m.user_id = c[2]::uuid;
  ELSIF c[1] = 'v' THEN
    RETURN QUERY SELECT c[3]::uuid, false, c[4]::uuid
      WHERE EXISTS (SELECT 1 FROM collaboration_facilitators f
                     WHERE f.user_id = c[2]::uuid AND f.collaboration_id = c[4]::uuid);
  END IF;
END $$`);

  // The claim's organizations' invited or accepted participations (active: accepted, and the
  // accepted ground rules are the collaboration's current version).
  statements.push(`CREATE OR REPLACE FUNCTION alianza_private.claim_participations()
RETURNS TABLE (id uuid, collaboration_id uuid, organization_id uuid, active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT p.id, p.collaboration_id, p.organization_id,
         (p.status = 'accepted' AND p.accepted_ground_rules_version = c.current_ground_rules_version)
    FROM alianza_private.claim_organizations() o
    JOIN participations p ON p.organization_id = o.organization_id
                         AND (o.only_collaboration IS NULL OR p.collaboration_id = o.only_collaboration)
    JOIN collaborations c ON c.id = p.collaboration_id
   WHERE p.status IN ('invited', 'accepted')
$$`);

  const facts: [name: string, returns: string, body: string][] = [
    [
      'member_orgs',
      'uuid[]',
      `SELECT coalesce(array_agg(organization_id), '{}') FROM alianza_private.claim_organizations()`,
    ],
    [
      'owner_orgs',
      'uuid[]',
      `SELECT coalesce(array_agg(organization_id) FILTER (WHERE is_owner), '{}') FROM alianza_private.claim_organizations()`,
    ],
    [
      'facilitated_collabs',
      'uuid[]',
      `SELECT coalesce(array_agg(f.collaboration_id), '{}') FROM collaboration_facilitators f WHERE f.user_id = alianza_rls.claim_user()`,
    ],
    [
      'facilitated_orgs',
      'uuid[]',
      `SELECT coalesce(array_agg(DISTINCT p.organization_id), '{}')
           FROM participations p
           JOIN collaboration_facilitators f ON f.collaboration_id = p.collaboration_id
          WHERE f.user_id = alianza_rls.claim_user()`,
    ],
    [
      'my_participations',
      'uuid[]',
      `SELECT coalesce(array_agg(id), '{}') FROM alianza_private.claim_participations()`,
    ],
    [
      'my_collabs',
      'uuid[]',
      `SELECT coalesce(array_agg(DISTINCT collaboration_id), '{}') FROM alianza_private.claim_participations()`,
    ],
    [
      // Collaborations the claim's organizations ever took part in (any status).
      'ever_collabs',
      'uuid[]',
      `SELECT coalesce(array_agg(DISTINCT p.collaboration_id), '{}')
           FROM alianza_private.claim_organizations() o
           JOIN participations p ON p.organization_id = o.organization_id
                                AND (o.only_collaboration IS NULL OR p.collaboration_id = o.only_collaboration)`,
    ],
    [
      'active_participations',
      'uuid[]',
      `SELECT coalesce(array_agg(id) FILTER (WHERE active), '{}') FROM alianza_private.claim_participations()`,
    ],
    [
      'active_collabs',
      'uuid[]',
      `SELECT coalesce(array_agg(DISTINCT collaboration_id) FILTER (WHERE active), '{}') FROM alianza_private.claim_participations()`,
    ],
    [
      // "collaboration/organization" of each active participation.
      'active_pairs',
      'text[]',
      `SELECT coalesce(array_agg(collaboration_id::text || '/' || organization_id::text) FILTER (WHERE active), '{}')
           FROM alianza_private.claim_participations()`,
    ],
    [
      'peer_participations',
      'uuid[]',
      `SELECT coalesce(array_agg(p.id), '{}')
           FROM participations p
           JOIN collaborations c ON c.id = p.collaboration_id
          WHERE p.collaboration_id IN (SELECT collaboration_id FROM alianza_private.claim_participations() WHERE active)
            AND p.status = 'accepted'
            AND p.accepted_ground_rules_version = c.current_ground_rules_version`,
    ],
    [
      'peer_orgs',
      'uuid[]',
      `SELECT coalesce(array_agg(DISTINCT p.organization_id), '{}')
           FROM participations p WHERE p.id = ANY (alianza_rls.peer_participations())`,
    ],
    [
      // Platform admins and facilitators look organizations up (to invite them).
      'reads_directory',
      'boolean',
      `SELECT coalesce((SELECT u.is_platform_admin OR u.is_facilitator FROM users u WHERE u.id = alianza_rls.claim_user()), false)`,
    ],
  ];
  for (const [name, returns, body] of facts) {
    statements.push(`CREATE OR REPLACE FUNCTION alianza_rls.${name}() RETURNS ${returns}
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$ ${body} $$`);
  }

  return statements;
}

export class DatabaseClaims1795416000000 implements MigrationInterface {
  name = 'DatabaseClaims1795416000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'alianza_api') THEN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
      RAISE EXCEPTION 'The role alianza_api does not exist: run "npm run db:roles" with an admin URL first (see README)';
    END IF;
    CREATE ROLE alianza_api NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END $$`);

    await queryRunner.query(`CREATE SCHEMA alianza_private`);
    await queryRunner.query(`REVOKE ALL ON SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`CREATE TABLE alianza_private.claim_key (
      id integer PRIMARY KEY CHECK (id = 1),
      key bytea NOT NULL,
      ikey bytea NOT NULL,
      okey bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    // 3 × 122 random bits from pg_strong_random, hashed to a 256-bit HMAC key; the inner and outer
    // padded keys are kept so that SQL computes HMAC-SHA256 with two sha256() calls.
    await queryRunner.query(`DO $$
DECLARE
  k bytea := sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'));
  padded bytea := k || '\\x${'00'.repeat(64)}'::bytea;
  i bytea;
  o bytea;
BEGIN
  padded := substring(padded FROM 1 FOR 64);
  i := padded;
  o := padded;
  FOR n IN 0..63 LOOP
    i := set_byte(i, n, get_byte(padded, n) # 54);
    o := set_byte(o, n, get_byte(padded, n) # 92);
  END LOOP;
  INSERT INTO alianza_private.claim_key (id, key, ikey, okey) VALUES (1, k, i, o);
END $$`);

    await queryRunner.query(`CREATE SCHEMA alianza_rls`);
    await queryRunner.query(`REVOKE ALL ON SCHEMA alianza_rls FROM PUBLIC`);

    for (const statement of claimFunctionStatements()) await queryRunner.query(statement);

    // The session's login role is the owner or an administrator (loading the demo, a data
    // migration), never the API's role: functions below answer it without a claim.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.trusted_session() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT coalesce((SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r WHERE r.rolname = session_user), false)
$$`);

    // Members of participating organizations, for notifications: only within a collaboration the
    // claim reaches (facilitated or taking part), only organizations taking part in it. (The
    // owner, loading the demo, may: see trusted_session.)
    await queryRunner.query(`CREATE FUNCTION alianza_rls.participant_member_users(p_collaboration uuid, p_organizations uuid[])
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT DISTINCT m.user_id
    FROM organization_memberships m
    JOIN participations p ON p.organization_id = m.organization_id AND p.collaboration_id = p_collaboration
   WHERE m.organization_id = ANY (p_organizations)
     AND (p_collaboration = ANY (alianza_rls.facilitated_collabs())
          OR p_collaboration = ANY (alianza_rls.my_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session())
$$`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.facilitator_users(p_collaboration uuid)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT f.user_id FROM collaboration_facilitators f
   WHERE f.collaboration_id = p_collaboration
     AND (p_collaboration = ANY (alianza_rls.facilitated_collabs())
          OR p_collaboration = ANY (alianza_rls.my_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session())
$$`);

    // Who a session or reporting token is, before any claim exists: only the holder of the token
    // (its hash) learns it. The reporting token is marked used at most once a minute.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT s.id, u.id, u.email::text, u.display_name::text, u.is_platform_admin, u.is_facilitator
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
$$`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.api_token_viewer(p_token_hash text)
RETURNS TABLE (token_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  WITH found AS (
    SELECT t.id AS token_id, u.id AS user_id, u.email::text AS email, u.display_name::text AS display_name,
           u.is_platform_admin, u.is_facilitator, t.last_used_at
      FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL AND t.expires_at > now()
  ), touched AS (
    UPDATE api_tokens SET last_used_at = now()
     WHERE id = (SELECT token_id FROM found)
       AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
    RETURNING id
  )
  SELECT token_id, user_id, email, display_name, is_platform_admin, is_facilitator FROM found
$$`);

    // The one definition of "this grant is in force" (inlined by the planner: no SECURITY DEFINER).
    await queryRunner.query(`CREATE FUNCTION public.grant_is_live(revoked_at timestamptz, valid_until timestamptz)
RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT $1 IS NULL AND ($2 IS NULL OR $2 > now())
$$`);

    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA alianza_rls TO alianza_api`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);

    // Table privileges: read and write rows (which rows: the policies), nothing on the schema.
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO alianza_api`,
    );
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM alianza_api`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_records" FROM alianza_api`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO alianza_api`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO alianza_api`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM alianza_api`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM alianza_api`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM alianza_api`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM alianza_api`);
    await queryRunner.query(`DROP FUNCTION public.grant_is_live(timestamptz, timestamptz)`);
    await queryRunner.query(`DROP SCHEMA alianza_rls CASCADE`);
    await queryRunner.query(`DROP SCHEMA alianza_private CASCADE`);
  }
}
