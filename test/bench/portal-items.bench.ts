/*
 * Benchmark (not a test): a company's item list in the participant portal, as the portal asks
 * for it.
 *
 * Seeds one collaboration with 50 organizations, and items in its moderated area, half of them
 * of the measured organization (0): each item in two versions, its first version shared with
 * two organizations (an approved request, two grants). Measures, with autocannon at 16
 * connections, the portal's own `PortalItems` document (organization 0's items, a page of 20:
 * each item's latest version, its versions and its grants, and the total) through the real API,
 * against a bare node:http + pg server returning the same rows with the same reads in
 * hand-written SQL, at 1k and then 20k items. Prints throughputs, p50/p99 and ratios; writes
 * .data/bench/portal-items.json.
 *
 *   npm run bench:items
 *   BENCH_ITEMS_COUNT=5000 npm run bench:items
 *   DATABASE_URL=postgres://… npm run bench:items
 */
import { Client, Pool } from 'pg';
import { webDocument } from '../api/support/operations';
import { runPageBenchmark } from './page-benchmark';
import { IDS, ORGANIZATIONS, ownerEmail, run } from './support';

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_ITEMS_COUNT ?? 20_000);
/** The portal's page size (apps/participant-portal/src/features/items/use-items.ts). */
const PAGE = 20;

const ITEMS = webDocument('PortalItems');

/**
 * The bare server runs the reads of the API's read model (DisclosureReadService) as hand-written
 * SQL, without session, claim, ability conditions or framework: the page with its total, then
 * the versions of its items (the latest among them) and their grants.
 */
const BARE_PAGE_SQL = `
SELECT i.*, (SELECT count(1) FROM items c WHERE c.collaboration_id = $1 AND c.owner_organization_id = $2) AS total
  FROM items i
 WHERE i.collaboration_id = $1 AND i.owner_organization_id = $2
 ORDER BY i.updated_at DESC, i.id DESC
 LIMIT $3`;
const BARE_VERSIONS_SQL = `SELECT v.* FROM item_versions v WHERE v.item_id = ANY($1) ORDER BY v.item_id, v.version DESC`;
const BARE_GRANTS_SQL = `SELECT g.* FROM grants g WHERE g.item_id = ANY($1) ORDER BY g.created_at, g.id`;

/** Even items belong to organization 0, odd ones to the others in turn. */
const OWNER = `CASE WHEN n % 2 = 0 THEN 0 ELSE 1 + n % ${ORGANIZATIONS - 1} END`;

/** Items [from, to): two versions each, the first shared with the next two organizations. */
async function seedItems(db: Client, from: number, to: number): Promise<void> {
  const batch = 10_000;
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    const series = `generate_series(${start}, ${end - 1}) n JOIN bench_org o ON o.i = ${OWNER}`;
    const at = `timestamptz '2026-01-01' + n * interval '1 second'`;
    await db.query(
      `INSERT INTO items (id, collaboration_id, area_id, owner_organization_id, owner_participation_id, current_version, created_by, created_at, updated_at)
       SELECT md5('item' || n)::uuid, $1, $2, o.org_id, o.part_id, 2, o.user_id, ${at}, ${at} FROM ${series}`,
      [IDS.collaboration, IDS.area],
    );
    for (const version of [1, 2]) {
      await db.query(
        `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
         SELECT md5('version' || n || '-' || ${version})::uuid, $1, md5('item' || n)::uuid, o.org_id, ${version},
                'Informe de costes ' || n || ' v${version}', 'Coste unitario del lote ' || n || '.',
                '[{"key":"cost","label":"Coste","type":"number","text":null,"number":12.4}]', 'internal_only', o.user_id
           FROM ${series}`,
        [IDS.collaboration],
      );
    }
    const recipient = (k: number) => `(o.i + ${k}) % ${ORGANIZATIONS}`;
    await db.query(
      `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
         owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by, decided_by, decided_at)
       SELECT md5('request' || n)::uuid, $1, md5('item' || n)::uuid, md5('version' || n || '-1')::uuid, $2, o.org_id, o.part_id, 'named',
              ARRAY(SELECT r.org_id FROM bench_org r WHERE r.i IN (${recipient(1)}, ${recipient(2)}) ORDER BY r.i),
              '{"fieldKeys":[],"spans":[]}', 'approved', o.user_id, $3, now()
         FROM ${series}`,
      [IDS.collaboration, IDS.area, IDS.facilitator],
    );
    for (const k of [1, 2]) {
      await db.query(
        `INSERT INTO grants (reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id,
           recipient_organization_id, recipient_participation_id, redaction, created_at)
         SELECT upper(substr(md5('grant' || n || '-' || ${k}), 1, 12)), $1, md5('request' || n)::uuid, md5('item' || n)::uuid,
                md5('version' || n || '-1')::uuid, $2, o.org_id, r.org_id, r.part_id, '{"fieldKeys":[],"spans":[]}', ${at}
           FROM ${series} JOIN bench_org r ON r.i = ${recipient(k)}`,
        [IDS.collaboration, IDS.area],
      );
    }
  }
  await db.query('ANALYZE');
}

interface BareRow {
  id: string;
  area_id: string;
  current_version: number;
  created_at: Date;
  updated_at: Date;
  total: string;
}

interface BareVersion {
  id: string;
  item_id: string;
  version: number;
  title: string;
  body: string;
  third_party_rule: string;
  created_at: Date;
  fields: unknown[];
}

interface BareGrant {
  id: string;
  item_id: string;
  item_version_id: string;
  request_id: string;
  recipient_organization_id: string;
  reference: string;
  valid_until: Date | null;
  created_at: Date;
  revoked_at: Date | null;
  revoke_reason: string | null;
}

/** The bare server's answer: the same reads as the API's read model, in hand-written SQL. */
async function bareItems(pool: Pool, variables: Record<string, unknown>): Promise<unknown> {
  const { rows } = await pool.query<BareRow>(BARE_PAGE_SQL, [
    IDS.collaboration,
    variables['ownerOrganizationId'],
    PAGE + 1,
  ]);
  const page = rows.slice(0, PAGE);
  const ids = page.map((r) => r.id);
  const [versions, grants] = await Promise.all([
    pool.query<BareVersion>(BARE_VERSIONS_SQL, [ids]),
    pool.query<BareGrant>(BARE_GRANTS_SQL, [ids]),
  ]);
  const now = Date.now();
  const nodes = page.map((r) => {
    const own = versions.rows.filter((v) => v.item_id === r.id);
    const latest = own.find((v) => v.version === r.current_version)!;
    return {
      id: r.id,
      areaId: r.area_id,
      currentVersion: r.current_version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      latest: {
        id: latest.id,
        itemId: latest.item_id,
        version: latest.version,
        title: latest.title,
        body: latest.body,
        thirdPartyRule: latest.third_party_rule.toUpperCase(),
        createdAt: latest.created_at,
        fields: latest.fields,
      },
      versions: own.map((v) => ({ id: v.id, version: v.version })),
      grants: grants.rows
        .filter((g) => g.item_id === r.id)
        .map((g) => ({
          id: g.id,
          itemId: g.item_id,
          itemVersionId: g.item_version_id,
          requestId: g.request_id,
          recipientOrganizationId: g.recipient_organization_id,
          reference: g.reference,
          state: g.revoked_at
            ? 'REVOKED'
            : g.valid_until && g.valid_until.getTime() <= now
              ? 'EXPIRED'
              : 'ACTIVE',
          validUntil: g.valid_until,
          createdAt: g.created_at,
          revokedAt: g.revoked_at,
          revokeReason: g.revoke_reason,
        })),
    };
  });
  const last = page[page.length - 1];
  return {
    data: {
      items: {
        nodes,
        pageInfo: { hasNextPage: rows.length > PAGE, endCursor: last ? last.id : null },
        totalCount: Number(rows[0]?.total ?? 0),
      },
    },
  };
}

interface ItemsAnswer {
  items: { totalCount: number; nodes: { versions: unknown[]; grants: unknown[] }[] };
}

run(() =>
  runPageBenchmark<ItemsAnswer>({
    name: 'portal-items',
    unit: 'items',
    sizes: [SMALL, LARGE],
    pageSize: PAGE,
    query: ITEMS,
    // Organization 0's items, as its owner's portal lists them.
    variables: async (db) => ({
      collaborationId: IDS.collaboration,
      ownerOrganizationId: (await db.query(`SELECT org_id FROM bench_org WHERE i = 0`)).rows[0]
        .org_id,
      first: PAGE,
    }),
    email: ownerEmail(0),
    seed: seedItems,
    bare: bareItems,
    check: ({ items: { nodes, totalCount } }, items) => {
      if (
        nodes.length !== PAGE ||
        totalCount !== items / 2 ||
        nodes.some((n) => n.versions.length !== 2 || n.grants.length !== 2)
      )
        throw new Error('The API did not return a full page');
    },
    target: '>= 0.6',
  }),
);
