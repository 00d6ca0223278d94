import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security on every tenant table, enabled and forced (ADR 0015): PostgreSQL itself
 * decides which rows a transaction's claim may read and write, with the same rules as the
 * application's abilities (libs/authz/src/lib/ability.factory.ts). Read policies are exact;
 * write policies bound each write to what the claim reaches (finer checks stay in the services).
 * Identity tables (users, sessions, api_tokens) are reached through the API's own checks.
 */

// The claim's facts, each evaluated once per statement (an InitPlan), not once per row. The
// casts make `x = ANY (…)` compare with the array's elements, not with a one-row subquery.
const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const MC = '((SELECT alianza_rls.my_collabs())::uuid[])';
const AC = '((SELECT alianza_rls.active_collabs())::uuid[])';
const MP = '((SELECT alianza_rls.my_participations())::uuid[])';
const AP = '((SELECT alianza_rls.active_participations())::uuid[])';
const PP = '((SELECT alianza_rls.peer_participations())::uuid[])';
const PO = '((SELECT alianza_rls.peer_orgs())::uuid[])';
const MO = '((SELECT alianza_rls.member_orgs())::uuid[])';
const OO = '((SELECT alianza_rls.owner_orgs())::uuid[])';
const FO = '((SELECT alianza_rls.facilitated_orgs())::uuid[])';
const PAIRS = '((SELECT alianza_rls.active_pairs())::text[])';
const EVER = '((SELECT alianza_rls.ever_collabs())::uuid[])';
const JOB = '(SELECT alianza_rls.system_job())';
const ME = '(SELECT alianza_rls.claim_user())';
const DIRECTORY = '(SELECT alianza_rls.reads_directory())';
const VIEW = '(SELECT alianza_rls.view_collaboration())';

const facilitated = `collaboration_id = ANY ${F}`;
const activeIn = `collaboration_id = ANY ${AC}`;
const reach = `(collaboration_id = ANY ${F} OR collaboration_id = ANY ${MC})`;
/** An active participation of the claim's organization in the row's collaboration. */
const pair = (org: string) => `(collaboration_id::text || '/' || ${org}::text) = ANY ${PAIRS}`;
const job = (name: string) => `${JOB} = '${name}'`;
/**
 * A row of one of the claim's organizations. A facilitator's "view as" acts for the organization
 * in one collaboration only: it does not reach the organization's rows in other collaborations.
 */
const own = (column: string) =>
  `(${column} = ANY ${MO} AND (${VIEW} IS NULL OR collaboration_id = ${VIEW}))`;

interface TablePolicies {
  read: string;
  insert?: string;
  update?: string;
  delete?: string;
}

export const POLICIES: Record<string, TablePolicies> = {
  collaborations: {
    // A collaboration without facilitators exists only inside the transaction creating it.
    read: `id = ANY ${F} OR id = ANY ${MC} OR (${DIRECTORY} AND NOT alianza_rls.has_facilitators(id))`,
    insert: DIRECTORY,
    update: `id = ANY ${F}`,
  },
  collaboration_facilitators: {
    read: `${reach} OR user_id = ${ME}`,
    insert: `${facilitated} OR (user_id = ${ME} AND ${DIRECTORY})`,
    delete: facilitated,
  },
  participations: {
    read: `${facilitated} OR id = ANY ${MP} OR id = ANY ${PP}`,
    insert: facilitated,
    update: `${facilitated} OR id = ANY ${MP}`,
  },
  participation_entries: {
    read: `${facilitated} OR participation_id = ANY ${MP} OR participation_id = ANY ${PP}`,
    insert: `participation_id = ANY ${MP}`,
    update: `participation_id = ANY ${MP}`,
    delete: `participation_id = ANY ${MP}`,
  },
  ground_rules_versions: {
    read: reach,
    insert: facilitated,
  },
  ground_rules_acceptances: {
    read: `${facilitated} OR participation_id = ANY ${MP}`,
    insert: `participation_id = ANY ${MP}`,
  },
  organizations: {
    // An organization without members exists only inside the transaction founding it. The owner
    // of a grant in force is named to its recipient, even when no longer an active peer.
    read: `${DIRECTORY} OR id = ANY ${MO} OR id = ANY ${FO} OR id = ANY ${PO}
        OR (${ME} IS NOT NULL AND NOT alianza_rls.has_members(id))
        OR EXISTS (SELECT 1 FROM grants g WHERE g.owner_organization_id = organizations.id
                      AND g.recipient_participation_id = ANY ${AP} AND grant_is_live(g.revoked_at, g.valid_until))`,
    insert: `${ME} IS NOT NULL`,
    update: `id = ANY ${OO}`,
  },
  organization_memberships: {
    read: `organization_id = ANY ${MO} OR user_id = ${ME}`,
    insert: `organization_id = ANY ${OO} OR (user_id = ${ME} AND NOT alianza_rls.has_members(organization_id))`,
    update: `organization_id = ANY ${OO}`,
    delete: `organization_id = ANY ${OO}`,
  },
  areas: { read: `${facilitated} OR ${activeIn}`, insert: facilitated, update: facilitated },
  overlaps: {
    read: `${facilitated} OR EXISTS (SELECT 1 FROM unnest(organization_ids) o WHERE ${pair('o')})`,
    insert: facilitated,
    update: facilitated,
    delete: facilitated,
  },
  items: {
    read: `${facilitated} OR ${own('owner_organization_id')}`,
    insert: `owner_participation_id = ANY ${AP}`,
    update: `owner_participation_id = ANY ${AP}`,
  },
  item_versions: {
    read: `${facilitated} OR ${own('owner_organization_id')}
        OR EXISTS (SELECT 1 FROM grants g WHERE g.item_version_id = item_versions.id
                      AND g.recipient_participation_id = ANY ${AP} AND grant_is_live(g.revoked_at, g.valid_until))`,
    insert: `owner_organization_id = ANY ${MO} AND ${activeIn}`,
  },
  disclosure_requests: {
    read: `${facilitated} OR ${own('owner_organization_id')}`,
    insert: `owner_participation_id = ANY ${AP}`,
    update: `${facilitated} OR ${own('owner_organization_id')}`,
  },
  grants: {
    read: `${facilitated} OR ${own('owner_organization_id')}
        OR (recipient_participation_id = ANY ${AP} AND grant_is_live(revoked_at, valid_until))
        OR (${job('grant-expiry')} AND valid_until <= now())
        OR (${job('leave-revocation')} AND alianza_rls.has_left(recipient_participation_id))`,
    insert: `${facilitated} OR alianza_rls.request_owner_participation(request_id) = ANY ${AP}`,
    update: `${facilitated} OR ${own('owner_organization_id')}
        OR (${job('grant-expiry')} AND valid_until <= now())
        OR (${job('leave-revocation')} AND alianza_rls.has_left(recipient_participation_id))`,
  },
  publications: {
    read: `${facilitated} OR EXISTS (SELECT 1 FROM publication_deliveries d
                                      WHERE d.publication_id = publications.id AND d.recipient_participation_id = ANY ${AP})`,
    insert: facilitated,
  },
  publication_deliveries: {
    read: `${facilitated} OR recipient_participation_id = ANY ${AP}`,
    insert: facilitated,
  },
  audit_records: {
    // Jobs append (the chain's head through audit_chain_head) but read no record.
    read: `${facilitated} OR ${own('organization_id')} OR ${own('counterpart_organization_id')}`,
    // Also by an organization that has just left (its withdrawal is recorded).
    insert: `${reach} OR collaboration_id = ANY ${EVER} OR ${JOB} IS NOT NULL`,
  },
  notifications: {
    read: `user_id = ${ME}`,
    insert: `${reach} OR ${JOB} IS NOT NULL`,
    update: `user_id = ${ME}`,
  },
  plan_objectives: {
    read: `${facilitated} OR ${activeIn}`,
    insert: reach,
    update: reach,
    delete: facilitated,
  },
  plan_indicators: {
    read: `${facilitated} OR ${activeIn}`,
    insert: reach,
    update: reach,
    delete: facilitated,
  },
  plan_milestones: {
    read: `${facilitated} OR ${activeIn} OR ${job('overdue-reminder')}`,
    insert: reach,
    update: `${reach} OR ${job('overdue-reminder')}`,
    delete: facilitated,
  },
  plan_tasks: {
    read: `${facilitated} OR ${activeIn} OR ${job('overdue-reminder')}`,
    insert: reach,
    update: `${reach} OR ${job('overdue-reminder')}`,
    delete: facilitated,
  },
  plan_resources: {
    read: `${facilitated} OR ${activeIn}`,
    insert: reach,
    update: reach,
    delete: facilitated,
  },
  plan_progress_updates: { read: `${facilitated} OR ${activeIn}`, insert: reach },
  ledger_settings: { read: `${facilitated} OR ${activeIn}`, insert: reach, update: facilitated },
  ledger_entries: { read: `${facilitated} OR ${activeIn}`, insert: reach, update: reach },
  pledges: {
    read: `${facilitated} OR ${activeIn} OR ${job('pledge-reminder')}`,
    insert: reach,
    update: `${reach} OR ${job('pledge-reminder')}`,
  },
  evaluations: {
    // The facilitator's own evaluation has no organization.
    read: `${facilitated} OR ${pair('organization_id')}`,
    insert: `(${facilitated} AND organization_id IS NULL) OR ${pair('organization_id')}`,
    update: `(${facilitated} AND organization_id IS NULL) OR ${pair('organization_id')}`,
  },
  final_statements: { read: `${facilitated} OR ${activeIn}`, insert: facilitated },
  benchmark_rounds: {
    read: `${facilitated} OR ${job('benchmark-close')}
        OR EXISTS (SELECT 1 FROM benchmark_round_participants bp
                    WHERE bp.round_id = benchmark_rounds.id AND ${pair('bp.organization_id')})`,
    insert: facilitated,
    update: `${facilitated} OR ${job('benchmark-close')}`,
  },
  benchmark_round_participants: {
    read: `${facilitated} OR ${pair('organization_id')} OR ${job('benchmark-close')}`,
    insert: facilitated,
  },
  benchmark_submissions: {
    // A value is its organization's; the facilitator reads it only when the round says so.
    read: `(${facilitated} AND facilitator_sees_values) OR ${pair('organization_id')} OR ${job('benchmark-close')}`,
    insert: pair('organization_id'),
    update: `${pair('organization_id')} OR ${job('benchmark-close')}`,
  },
  activity_options: {
    read: `${facilitated} OR ${activeIn}`,
    insert: facilitated,
    update: facilitated,
    delete: facilitated,
  },
  // Declarations and customer lists are their organization's alone: the facilitator compares
  // them only through alianza_rls.detect_overlaps(), which returns the comparison, never the rows.
  activity_declarations: {
    read: pair('organization_id'),
    insert: pair('organization_id'),
    delete: pair('organization_id'),
  },
  // The key that hashes customer lists: for those who upload them (the facilitator compares the
  // hashes in alianza_rls.detect_overlaps and never needs it).
  activity_secrets: { read: activeIn, insert: activeIn },
  customer_lists: {
    read: pair('organization_id'),
    insert: pair('organization_id'),
    delete: pair('organization_id'),
  },
  customer_hashes: {
    read: pair('organization_id'),
    insert: pair('organization_id'),
    delete: pair('organization_id'),
  },
  detected_overlap_reviews: {
    read: facilitated,
    insert: facilitated,
    update: facilitated,
    delete: facilitated,
  },
  questions: {
    read: `${facilitated} OR ${own('asker_organization_id')}`,
    insert: pair('asker_organization_id'),
    update: `${facilitated} OR ${own('asker_organization_id')}`,
  },
  published_answers: {
    read: `${facilitated} OR ${activeIn}`,
    insert: facilitated,
    delete: facilitated,
  },
};

/**
 * Columns that say whose a row is: the API role may not change them (column privileges), so a
 * write rule checked on the new row is a check on the row's owners.
 */
export const IMMUTABLE_COLUMNS = [
  'id',
  'collaboration_id',
  'organization_id',
  'owner_organization_id',
  'owner_participation_id',
  'participation_id',
  'recipient_participation_id',
  'recipient_organization_id',
  'asker_organization_id',
  'pledger_organization_id',
  'giver_organization_id',
  'user_id',
  'request_id',
  'item_id',
  'round_id',
  'list_id',
  'created_by',
  'created_at',
];

/** Tables with no tenant data, or reached only through the API's identity checks. */
export const TABLES_WITHOUT_RLS = ['migrations', 'users', 'sessions', 'api_tokens'];

export class RowLevelSecurity1795416100000 implements MigrationInterface {
  name = 'RowLevelSecurity1795416100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const definer = 'STABLE SECURITY DEFINER SET search_path = pg_catalog, public';
    await queryRunner.query(`CREATE FUNCTION alianza_rls.has_members(uuid) RETURNS boolean LANGUAGE sql ${definer} AS $$
  SELECT EXISTS (SELECT 1 FROM organization_memberships WHERE organization_id = $1) $$`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.has_facilitators(uuid) RETURNS boolean LANGUAGE sql ${definer} AS $$
  SELECT EXISTS (SELECT 1 FROM collaboration_facilitators WHERE collaboration_id = $1) $$`);
    // The one collaboration a facilitator's "view as" claim acts in (NULL for any other claim).
    await queryRunner.query(`CREATE FUNCTION alianza_rls.view_collaboration() RETURNS uuid LANGUAGE sql ${definer} AS $$
  SELECT CASE WHEN c[1] = 'v' THEN c[4]::uuid END FROM (SELECT alianza_rls.claim() AS c) x $$`);
    await queryRunner.query(`CREATE FUNCTION alianza_rls.has_left(uuid) RETURNS boolean LANGUAGE sql ${definer} AS $$
  SELECT EXISTS (SELECT 1 FROM participations WHERE id = $1 AND status = 'withdrawn') $$`);
    // Whose item a request is for: lets an auto-approved request create its own grants.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.request_owner_participation(uuid) RETURNS uuid LANGUAGE sql ${definer} AS $$
  SELECT owner_participation_id FROM disclosure_requests WHERE id = $1 $$`);
    // The facilitator compares declarations and customer lists without reading them: this returns
    // the comparison (shared options of each pair and group, the count of shared customers), and
    // only for a collaboration the claim facilitates. Organizations that left drop out.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.detect_overlaps(p_collaboration uuid, p_area uuid)
RETURNS TABLE (kind text, area_id uuid, organization_ids uuid[], option_ids text[], shared_customers integer)
LANGUAGE sql ${definer} AS $$
  WITH allowed AS (SELECT p_collaboration = ANY (alianza_rls.facilitated_collabs()) AS ok),
  parties AS (
    SELECT organization_id FROM participations
     WHERE collaboration_id = p_collaboration AND status = 'accepted' AND (SELECT ok FROM allowed)
  ),
  decl AS (
    SELECT d.area_id, d.organization_id, d.option_id FROM activity_declarations d
     WHERE d.collaboration_id = p_collaboration AND (p_area IS NULL OR d.area_id = p_area)
       AND d.organization_id IN (SELECT organization_id FROM parties)
  ),
  hashes AS (
    SELECT h.area_id, h.organization_id, h.hash FROM customer_hashes h
      JOIN customer_lists l ON l.id = h.list_id
     WHERE l.collaboration_id = p_collaboration AND (p_area IS NULL OR l.area_id = p_area)
       AND l.organization_id IN (SELECT organization_id FROM parties)
  ),
  option_pairs AS (
    SELECT a.area_id, ARRAY[a.organization_id, b.organization_id] AS organization_ids,
           array_agg(a.option_id::text ORDER BY a.option_id) AS option_ids
      FROM decl a JOIN decl b ON b.option_id = a.option_id AND a.organization_id < b.organization_id
     GROUP BY a.area_id, a.organization_id, b.organization_id
  ),
  customer_pairs AS (
    SELECT a.area_id, ARRAY[a.organization_id, b.organization_id] AS organization_ids, count(*)::int AS shared
      FROM hashes a
      JOIN hashes b ON b.area_id = a.area_id AND b.hash = a.hash AND a.organization_id < b.organization_id
     GROUP BY a.area_id, a.organization_id, b.organization_id
  )
  SELECT 'pair', coalesce(o.area_id, c.area_id), coalesce(o.organization_ids, c.organization_ids),
         coalesce(o.option_ids, '{}'), coalesce(c.shared, 0)
    FROM option_pairs o
    FULL JOIN customer_pairs c ON c.area_id = o.area_id AND c.organization_ids = o.organization_ids
  UNION ALL
  SELECT 'group', g.area_id, g.organization_ids, array_agg(g.option_id::text ORDER BY g.option_id), NULL::int
    FROM (SELECT area_id, option_id, array_agg(organization_id ORDER BY organization_id) AS organization_ids
            FROM decl GROUP BY area_id, option_id HAVING count(*) >= 3) g
   GROUP BY g.area_id, g.organization_ids
$$`);
    // The organizations that declared any of these options (to tell them an option was removed):
    // for the facilitator of the options' collaboration only.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.organizations_declaring(p_options uuid[]) RETURNS SETOF uuid
LANGUAGE sql ${definer} AS $$
  SELECT DISTINCT d.organization_id FROM activity_declarations d
   WHERE d.option_id = ANY (p_options) AND d.collaboration_id = ANY (alianza_rls.facilitated_collabs()) $$`);
    // What an organization was given in a collaboration, counted (its report keeps counting grants
    // since revoked or expired, whose rows it no longer reads): for its members only.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.received_grant_counts(p_organization uuid, p_collaboration uuid)
RETURNS TABLE (total integer, live integer, items integer)
LANGUAGE sql ${definer} AS $$
  SELECT count(*)::int, (count(*) FILTER (WHERE grant_is_live(g.revoked_at, g.valid_until)))::int,
         count(DISTINCT g.item_id)::int
    FROM grants g
   WHERE g.collaboration_id = p_collaboration AND g.recipient_organization_id = p_organization
     AND p_organization = ANY (alianza_rls.member_orgs()) $$`);
    // How many organizations submitted to a round: for the facilitator of its collaboration.
    await queryRunner.query(`CREATE FUNCTION alianza_rls.benchmark_submission_count(p_round uuid) RETURNS integer
LANGUAGE sql ${definer} AS $$
  SELECT count(*)::int FROM benchmark_submissions s
   WHERE s.round_id = p_round AND s.collaboration_id = ANY (alianza_rls.facilitated_collabs()) $$`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);

    for (const [table, p] of Object.entries(POLICIES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY ${table}_read ON "${table}" FOR SELECT TO alianza_api USING (${p.read})`,
      );
      if (p.insert)
        await queryRunner.query(
          `CREATE POLICY ${table}_insert ON "${table}" FOR INSERT TO alianza_api WITH CHECK (${p.insert})`,
        );
      // Whatever one may read, one may lock (SELECT … FOR UPDATE needs an UPDATE policy); the new
      // row must meet the write rule, on columns the API role cannot change (below).
      await queryRunner.query(
        `CREATE POLICY ${table}_update ON "${table}" FOR UPDATE TO alianza_api USING (${p.read}) WITH CHECK (${p.update ?? 'false'})`,
      );
      await queryRunner.query(`REVOKE UPDATE ON "${table}" FROM alianza_api`);
      const columns: { name: string }[] = await queryRunner.query(
        `SELECT column_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = $1 AND NOT (column_name = ANY ($2))
          ORDER BY ordinal_position`,
        [table, IMMUTABLE_COLUMNS],
      );
      if (columns.length > 0 && table !== 'audit_records')
        await queryRunner.query(
          `GRANT UPDATE (${columns.map((c) => `"${c.name}"`).join(', ')}) ON "${table}" TO alianza_api`,
        );
      if (p.delete)
        await queryRunner.query(
          `CREATE POLICY ${table}_delete ON "${table}" FOR DELETE TO alianza_api USING (${p.delete})`,
        );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, p] of Object.entries(POLICIES)) {
      if (table !== 'audit_records')
        await queryRunner.query(`GRANT UPDATE ON "${table}" TO alianza_api`);
      for (const kind of ['read', 'insert', 'update', 'delete'] as const) {
        if (kind === 'read' || kind === 'update' || p[kind])
          await queryRunner.query(`DROP POLICY ${table}_${kind} ON "${table}"`);
      }
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    for (const fn of [
      'benchmark_submission_count(uuid)',
      'received_grant_counts(uuid, uuid)',
      'organizations_declaring(uuid[])',
      'detect_overlaps(uuid, uuid)',
      'request_owner_participation(uuid)',
      'has_left(uuid)',
      'view_collaboration()',
      'has_facilitators(uuid)',
      'has_members(uuid)',
    ])
      await queryRunner.query(`DROP FUNCTION alianza_rls.${fn}`);
  }
}
