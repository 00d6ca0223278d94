import { MigrationInterface, QueryRunner } from 'typeorm';
import { claimFunctionStatements } from './1795416000000-database-claims';

/**
 * The viewer's facts, derived once per transaction instead of once per policy (ADR 0015, "Facts
 * derived once per transaction").
 *
 * Before: every fact the policies read (`member_orgs()`, `facilitated_collabs()`…) verified the
 * transaction's claim (a key read and two SHA-256) and queried the membership tables again, in
 * each of the tens of InitPlans of a statement (a page of "shared with me": 19 of them, 1.3 ms
 * of 2.5). And the claim travelled in the text of a statement (`set_config('alianza.claim',
 * '…')`), which any other session of the API role could read in `pg_stat_activity` and replay.
 *
 * Now a transaction starts with `SELECT alianza_rls.enter($1)`: the claim arrives as a bound
 * parameter (never in a statement's text), is verified once, and the facts are written to this
 * backend's row of `alianza_private.transaction_facts`, under a fresh random nonce kept in the
 * transaction-local setting `alianza.transaction`. The view `alianza_rls.facts` shows the row of
 * this backend whose nonce is the transaction's, and the fact functions are plain SQL over it,
 * inlined into the policies: an index lookup each. The API role cannot write the table (only
 * `enter` and the refresh trigger do, as the owner); setting `alianza.transaction` by hand shows
 * nothing unless it guesses the nonce of the transaction now holding its own backend's row.
 * Writes that change the facts (memberships, facilitators, participations, a collaboration's
 * current ground rules, a user's roles) refresh the row within the transaction.
 */
const FACT_COLUMNS: [name: string, type: string][] = [
  ['user_id', 'uuid'],
  ['system_job', 'text'],
  ['view_collaboration', 'uuid'],
  ['member_orgs', 'uuid[]'],
  ['owner_orgs', 'uuid[]'],
  ['facilitated_collabs', 'uuid[]'],
  ['facilitated_orgs', 'uuid[]'],
  ['my_participations', 'uuid[]'],
  ['my_collabs', 'uuid[]'],
  ['ever_collabs', 'uuid[]'],
  ['active_participations', 'uuid[]'],
  ['active_collabs', 'uuid[]'],
  ['active_pairs', 'text[]'],
  ['peer_participations', 'uuid[]'],
  ['peer_orgs', 'uuid[]'],
  ['reads_directory', 'boolean'],
  // What the API's access rules read besides the arrays above (AccessContext in libs/authz).
  ['participations', 'jsonb'],
  ['peers', 'jsonb'],
];

/** The facts that were functions of the claim: now inlinable reads of the transaction's row. */
const EMPTY: Record<string, string> = {
  'uuid[]': `'{}'::uuid[]`,
  'text[]': `'{}'::text[]`,
  boolean: 'false',
};

const FACT_NAMES = FACT_COLUMNS.map(([name]) => name);

/** The writes that change the facts: of these tables, these events. */
const REFRESHED_BY: [table: string, events: string][] = [
  ['organization_memberships', 'INSERT OR UPDATE OR DELETE'],
  ['collaboration_facilitators', 'INSERT OR UPDATE OR DELETE'],
  ['participations', 'INSERT OR UPDATE OR DELETE'],
  ['collaborations', 'INSERT OR UPDATE OF current_ground_rules_version OR DELETE'],
  ['users', 'UPDATE OF is_platform_admin, is_facilitator'],
];

export class TransactionFacts1795417000000 implements MigrationInterface {
  name = 'TransactionFacts1795417000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNLOGGED TABLE alianza_private.transaction_facts (
      backend_pid integer PRIMARY KEY,
      nonce uuid NOT NULL,
      access_version bigint NOT NULL,
      claim text[] NOT NULL,
      ${FACT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(',\n      ')})`);

    // Counts the committed changes of who reaches what (the tables the facts derive from): facts
    // derived at one count serve the same claim again while the count has not moved.
    await queryRunner.query(`CREATE TABLE alianza_private.access_version (
      id integer PRIMARY KEY CHECK (id = 1),
      version bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO alianza_private.access_version VALUES (1, 0)`);

    // The claim's parts [kind, a, b, c] once its HMAC and expiry are checked, or an error.
    await queryRunner.query(`CREATE FUNCTION alianza_private.verified_claim(p_claim text) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  payload text := split_part(p_claim, '.', 1);
  k alianza_private.claim_key;
  parts text[];
BEGIN
  SELECT * INTO k FROM alianza_private.claim_key WHERE id = 1;
  IF k.okey IS NULL
     OR encode(sha256(k.okey || sha256(k.ikey || convert_to(payload, 'UTF8'))), 'hex') <> split_part(p_claim, '.', 2) THEN
    RAISE EXCEPTION 'alianza.claim is not signed by this database' USING ERRCODE = 'insufficient_privilege';
  END IF;
  parts := string_to_array(payload, ';');
  IF array_length(parts, 1) <> 6 OR parts[1] <> '1' OR parts[2] NOT IN ('u', 'v', 's') THEN
    RAISE EXCEPTION 'alianza.claim has an unknown form' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF parts[6]::bigint < extract(epoch FROM clock_timestamp()) THEN
    RAISE EXCEPTION 'alianza.claim has expired' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN parts[2:5];
END $$`);

    // What DatabaseClaims1795416000000's fact functions derived, all at once, for a claim.
    await queryRunner.query(`CREATE FUNCTION alianza_private.facts_of(c text[])
RETURNS TABLE (${FACT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
  -- PL/pgSQL keeps this query's plan for the session (a SQL function would plan it every call).
  RETURN QUERY
  WITH k AS (
    -- The claim's ids, cast only for the kinds that carry them (a job's name is no uuid).
    SELECT CASE WHEN c[1] = 'u' THEN c[2]::uuid END AS user_id,
           CASE WHEN c[1] = 'v' THEN c[2]::uuid END AS viewing_facilitator,
           CASE WHEN c[1] = 'v' THEN c[3]::uuid END AS viewed_organization,
           CASE WHEN c[1] = 'v' THEN c[4]::uuid END AS viewed_collaboration
  ), me AS (
    SELECT k.user_id FROM k
  ), orgs AS (
    -- The organizations the claim acts for, and whether as owner. A "view as" acts for one
    -- organization as a plain member, only while its facilitator facilitates that collaboration.
    SELECT m.organization_id, m.role = 'owner' AS is_owner, NULL::uuid AS only_collaboration
      FROM organization_memberships m, k WHERE m.user_id = k.user_id
    UNION ALL
    SELECT k.viewed_organization, false, k.viewed_collaboration
      FROM k
     WHERE EXISTS (SELECT 1 FROM collaboration_facilitators f
                    WHERE f.user_id = k.viewing_facilitator AND f.collaboration_id = k.viewed_collaboration)
  ), ever AS (
    SELECT p.id, p.collaboration_id, p.organization_id, p.status, p.accepted_ground_rules_version
      FROM orgs o
      JOIN participations p ON p.organization_id = o.organization_id
                           AND (o.only_collaboration IS NULL OR p.collaboration_id = o.only_collaboration)
  ), mine AS (
    SELECT e.id, e.collaboration_id, e.organization_id, e.status,
           (e.status = 'accepted' AND e.accepted_ground_rules_version = col.current_ground_rules_version) AS active
      FROM ever e JOIN collaborations col ON col.id = e.collaboration_id
     WHERE e.status IN ('invited', 'accepted')
  ), facilitated AS (
    SELECT f.collaboration_id FROM collaboration_facilitators f, me WHERE f.user_id = me.user_id
  ), peers AS (
    SELECT p.id, p.organization_id
      FROM participations p
      JOIN collaborations col ON col.id = p.collaboration_id
     WHERE p.collaboration_id IN (SELECT collaboration_id FROM mine WHERE active)
       AND p.status = 'accepted'
       AND p.accepted_ground_rules_version = col.current_ground_rules_version
  )
  SELECT me.user_id,
         CASE WHEN c[1] = 's' THEN c[2] END,
         (SELECT k.viewed_collaboration FROM k),
         coalesce((SELECT array_agg(organization_id) FROM orgs), '{}'),
         coalesce((SELECT array_agg(organization_id) FILTER (WHERE is_owner) FROM orgs), '{}'),
         coalesce((SELECT array_agg(collaboration_id) FROM facilitated), '{}'),
         coalesce((SELECT array_agg(DISTINCT p.organization_id) FROM participations p
                    WHERE p.collaboration_id IN (SELECT collaboration_id FROM facilitated)), '{}'),
         coalesce((SELECT array_agg(id) FROM mine), '{}'),
         coalesce((SELECT array_agg(DISTINCT collaboration_id) FROM mine), '{}'),
         coalesce((SELECT array_agg(DISTINCT collaboration_id) FROM ever), '{}'),
         coalesce((SELECT array_agg(id) FILTER (WHERE active) FROM mine), '{}'),
         coalesce((SELECT array_agg(DISTINCT collaboration_id) FILTER (WHERE active) FROM mine), '{}'),
         coalesce((SELECT array_agg(collaboration_id::text || '/' || organization_id::text) FILTER (WHERE active) FROM mine), '{}'),
         coalesce((SELECT array_agg(id) FROM peers), '{}'),
         coalesce((SELECT array_agg(DISTINCT organization_id) FROM peers), '{}'),
         coalesce((SELECT u.is_platform_admin OR u.is_facilitator FROM users u WHERE u.id = me.user_id), false),
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', id, 'collaborationId', collaboration_id,
                     'organizationId', organization_id, 'status', status, 'active', active)) FROM mine), '[]'),
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', id, 'organizationId', organization_id)) FROM peers), '[]')
    FROM me;
END $$`);

    // Starts the transaction's facts: verifies the claim (a bound parameter, never in the text
    // of a statement), derives its facts and ties them to a fresh nonce local to the transaction.
    // Returns what the API's access rules read (one round trip instead of a query of its own).
    // NULL or '' ends any facts: the rest of the transaction reads no tenant row.
    const assignments = FACT_NAMES.map((name) => `${name} = f.${name}`).join(', ');
    await queryRunner.query(`CREATE FUNCTION alianza_rls.enter(p_claim text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  parts text[];
  n uuid := gen_random_uuid();
  v bigint;
  t alianza_private.transaction_facts;
BEGIN
  PERFORM set_config('alianza.transaction', '', true);
  IF p_claim IS NULL OR p_claim = '' THEN
    RETURN NULL;
  END IF;
  parts := alianza_private.verified_claim(p_claim);
  SELECT a.version INTO v FROM alianza_private.access_version a WHERE a.id = 1;
  SELECT * INTO t FROM alianza_private.transaction_facts x WHERE x.backend_pid = pg_backend_pid();
  IF FOUND AND t.claim = parts AND t.access_version = v THEN
    -- The same claim again on this backend (the next transaction of a request, or the same
    -- viewer's next request) and no change of access committed since: the same facts, under
    -- the same nonce.
    n := t.nonce;
  ELSE
    UPDATE alianza_private.transaction_facts x
       SET nonce = n, access_version = v, claim = parts, ${assignments}
      FROM alianza_private.facts_of(parts) f
     WHERE x.backend_pid = pg_backend_pid()
    RETURNING x.* INTO t;
    IF NOT FOUND THEN
      -- This backend's first claim: the rows of backends that have ended go.
      DELETE FROM alianza_private.transaction_facts x
       WHERE NOT EXISTS (SELECT 1 FROM pg_stat_get_activity(NULL) a WHERE a.pid = x.backend_pid);
      INSERT INTO alianza_private.transaction_facts (backend_pid, nonce, access_version, claim, ${FACT_NAMES.join(', ')})
      SELECT pg_backend_pid(), n, v, parts, f.* FROM alianza_private.facts_of(parts) f
      RETURNING * INTO t;
    END IF;
  END IF;
  PERFORM set_config('alianza.transaction', n::text, true);
  RETURN jsonb_build_object(
    'userId', t.user_id,
    'memberOrganizationIds', to_jsonb(t.member_orgs),
    'ownerOrganizationIds', to_jsonb(t.owner_orgs),
    'facilitatedCollaborationIds', to_jsonb(t.facilitated_collabs),
    'facilitatedOrganizationIds', to_jsonb(t.facilitated_orgs),
    'myParticipations', t.participations,
    'activePeerParticipations', t.peers);
END $$`);

    // A write that changes who reaches what re-derives, at once, the facts of the transaction
    // making it (a statement trigger); and counts one more change as it commits (a deferred
    // constraint trigger: the counter's row lock is the last one the transaction takes, so two
    // writers never wait for each other in a cycle), so that every backend's next transaction
    // that sees the change re-derives its facts. The writer's own row keeps the count it had:
    // after the commit it is re-derived once more, like the others.
    await queryRunner.query(`CREATE FUNCTION alianza_private.refresh_facts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  UPDATE alianza_private.transaction_facts t
     SET ${assignments}
    FROM alianza_private.facts_of((SELECT x.claim FROM alianza_private.transaction_facts x
                                    WHERE x.backend_pid = pg_backend_pid())) f
   WHERE t.backend_pid = pg_backend_pid()
     AND t.nonce = nullif(current_setting('alianza.transaction', true), '')::uuid;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION alianza_private.count_access_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  UPDATE alianza_private.access_version a SET version = a.version + 1 WHERE a.id = 1;
  RETURN NULL;
END $$`);
    for (const [table, events] of REFRESHED_BY) {
      await queryRunner.query(`CREATE TRIGGER ${table}_refresh_facts AFTER ${events} ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION alianza_private.refresh_facts()`);
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER ${table}_access_changed AFTER ${events} ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION alianza_private.count_access_change()`);
      // TRUNCATE (the owner's, in tests and set-up) is no row event: it counts at once.
      if (table !== 'users')
        await queryRunner.query(`CREATE TRIGGER ${table}_truncated AFTER TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION alianza_private.count_access_change()`);
    }

    // This transaction's facts: no row without a claim entered in this very transaction.
    await queryRunner.query(`CREATE VIEW alianza_rls.facts WITH (security_barrier) AS
  SELECT t.claim, ${FACT_NAMES.map((name) => `t.${name}`).join(', ')}
    FROM alianza_private.transaction_facts t
   WHERE t.backend_pid = pg_backend_pid()
     AND t.nonce = nullif(current_setting('alianza.transaction', true), '')::uuid`);

    // The fact functions keep their names and answers (the empty set without a claim), now reads
    // of the view in PL/pgSQL (planned once per session; measured faster in the policies than
    // the same read written into them as a subquery: a statement's many InitPlans stay one
    // function call each), with no SECURITY DEFINER.
    for (const [name, type] of FACT_COLUMNS) {
      if (type === 'jsonb') continue;
      const target = name === 'user_id' ? 'claim_user' : name;
      const value = EMPTY[type]
        ? `coalesce((SELECT f.${name} FROM alianza_rls.facts f), ${EMPTY[type]})`
        : `(SELECT f.${name} FROM alianza_rls.facts f)`;
      await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.${target}() RETURNS ${type}
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY INVOKER AS $$ BEGIN RETURN ${value}; END $$`);
    }
    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.claim() RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY INVOKER AS $$
BEGIN RETURN (SELECT f.claim FROM alianza_rls.facts f); END $$`);
    // Who holds a session token, asked once per request: PL/pgSQL, planned once per session.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT s.id, u.id, u.email::text, u.display_name::text, u.is_platform_admin, u.is_facilitator
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now();
END $$`);
    await queryRunner.query(`DROP FUNCTION alianza_private.claim_participations()`);
    await queryRunner.query(`DROP FUNCTION alianza_private.claim_organizations()`);

    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
    await queryRunner.query(`GRANT SELECT ON alianza_rls.facts TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The functions as DatabaseClaims1795416000000 and RowLevelSecurity1795416100000 made them.
    for (const statement of claimFunctionStatements()) await queryRunner.query(statement);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.view_collaboration() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT CASE WHEN c[1] = 'v' THEN c[4]::uuid END FROM (SELECT alianza_rls.claim() AS c) x $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.session_viewer(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean, is_facilitator boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT s.id, u.id, u.email::text, u.display_name::text, u.is_platform_admin, u.is_facilitator
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
$$`);
    for (const [table] of REFRESHED_BY) {
      await queryRunner.query(`DROP TRIGGER ${table}_refresh_facts ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_access_changed ON "${table}"`);
      if (table !== 'users')
        await queryRunner.query(`DROP TRIGGER ${table}_truncated ON "${table}"`);
    }
    await queryRunner.query(`DROP VIEW alianza_rls.facts`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.enter(text)`);
    await queryRunner.query(`DROP FUNCTION alianza_private.count_access_change()`);
    await queryRunner.query(`DROP FUNCTION alianza_private.refresh_facts()`);
    await queryRunner.query(`DROP FUNCTION alianza_private.facts_of(text[])`);
    await queryRunner.query(`DROP FUNCTION alianza_private.verified_claim(text)`);
    await queryRunner.query(`DROP TABLE alianza_private.transaction_facts`);
    await queryRunner.query(`DROP TABLE alianza_private.access_version`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }
}
