import { MigrationInterface, QueryRunner } from 'typeorm';

// The claim's facts, as in RowLevelSecurity1795416100000 (each evaluated once per statement).
const F = '((SELECT alianza_rls.facilitated_collabs())::uuid[])';
const AP = '((SELECT alianza_rls.active_participations())::uuid[])';
const MO = '((SELECT alianza_rls.member_orgs())::uuid[])';
const VIEW = '(SELECT alianza_rls.view_collaboration())';
/** A row of one of the claim's organizations (a "view as" only in its collaboration). */
const own = (alias: string, column: string) =>
  `(${alias}.${column} = ANY ${MO} AND (${VIEW} IS NULL OR ${alias}.collaboration_id = ${VIEW}))`;

/**
 * The matches of a search in the tables that grow with use, found through their GIN index
 * (docs/adr/0038-search.md, "Speed"): `@@` is not leakproof, so under the row policies
 * PostgreSQL may not use it as an index condition and checks every row the policy lets through
 * (a recipient's 98,000 shared texts for 4,900 matches, each with the policy's subquery on
 * `grants`: 1.8 s). Each function runs as the owner and applies, itself, exactly its table's
 * read policy with the claim's facts, so the API role learns from it nothing it could not read:
 * ids, the columns the abilities test, and the rank. The texts of the page's hits are then read
 * from the tables themselves, under their row policies.
 */
const FUNCTIONS: { name: string; returns: string; body: string }[] = [
  {
    // `items_read` on the item; `item_versions_read` holds for its current version by the same
    // two conditions (a version carries its item's collaboration and owner).
    name: 'search_item_hits',
    returns: `id uuid, collaboration_id uuid, owner_organization_id uuid, owner_participation_id uuid,
      area_id uuid, rank real`,
    body: `SELECT i.id, i.collaboration_id, i.owner_organization_id, i.owner_participation_id, i.area_id,
             ts_rank(v.search, q)
        FROM item_versions v JOIN items i ON i.id = v.item_id AND i.current_version = v.version
       WHERE v.search @@ q
         AND (i.collaboration_id = ANY ${F} OR ${own('i', 'owner_organization_id')})`,
  },
  {
    // `search_shared_texts_read` (its EXISTS on the grant written as the join), and each grant
    // returned passes `grants_read` by its recipient's clause (an active participation, in force).
    name: 'search_shared_hits',
    returns: `id uuid, collaboration_id uuid, owner_organization_id uuid, recipient_organization_id uuid,
      recipient_participation_id uuid, revoked_at timestamptz, valid_until timestamptz, rank real`,
    body: `SELECT g.id, g.collaboration_id, g.owner_organization_id, g.recipient_organization_id,
             g.recipient_participation_id, g.revoked_at, g.valid_until, ts_rank(s.search, q)
        FROM search_shared_texts s
        JOIN grants g ON g.id = s.grant_id AND g.collaboration_id = s.collaboration_id
                     AND g.recipient_participation_id = s.recipient_participation_id
       WHERE s.search @@ q
         AND s.recipient_participation_id = ANY ${AP}
         AND grant_is_live(g.revoked_at, g.valid_until)`,
  },
  {
    // `audit_records_read`.
    name: 'search_audit_hits',
    returns: `id uuid, collaboration_id uuid, organization_id uuid, counterpart_organization_id uuid,
      rank real`,
    body: `SELECT r.id, r.collaboration_id, r.organization_id, r.counterpart_organization_id,
             ts_rank(r.search, q)
        FROM audit_records r
       WHERE r.search @@ q
         AND (r.collaboration_id = ANY ${F} OR ${own('r', 'organization_id')}
              OR ${own('r', 'counterpart_organization_id')})`,
  },
];

/**
 * Search at 100k items (issue 17, docs/adr/0038-search.md): the matches of the large tables come
 * from their GIN indexes through `search_item_hits`, `search_shared_hits` and
 * `search_audit_hits` (SECURITY DEFINER, each applying its table's read policy), instead of a
 * scan of everything the policy lets through.
 */
export class SearchHits1795420300000 implements MigrationInterface {
  name = 'SearchHits1795420300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { name, returns, body } of FUNCTIONS) {
      // PL/pgSQL keeps the plan for the session; ROWS keeps the caller's estimate modest.
      await queryRunner.query(`CREATE FUNCTION public.${name}(q tsquery)
        RETURNS TABLE (${returns})
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        ROWS 200 AS $$
        #variable_conflict use_column
        BEGIN
          RETURN QUERY ${body};
        END $$`);
      await queryRunner.query(`REVOKE ALL ON FUNCTION public.${name}(tsquery) FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION public.${name}(tsquery) TO alianza_api`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { name } of FUNCTIONS)
      await queryRunner.query(`DROP FUNCTION public.${name}(tsquery)`);
  }
}
