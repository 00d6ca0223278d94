/*
 * Benchmark (not a test): the search box, as both web apps send it (`Search`).
 *
 * Seeds one collaboration with 50 organizations and items in turn among them; one item in 20
 * speaks of "harina", the others of costs. Every item is granted to the measured organization (0)
 * (its own to organization 1), with its searchable text (search_shared_texts). Measures, with
 * autocannon at 16 connections, organization 0's owner searching "harina" (its own items and
 * what was shared with it, ranked, the first page with highlights and the total) through the
 * real API, against a bare node:http + pg server running the same SQL for those two kinds
 * without session, claim, abilities or framework, at 1k and then 100k items. Prints
 * throughputs, p50/p99 and ratios; writes .data/bench/search.json.
 *
 *   npm run bench:search
 *   BENCH_SEARCH_ITEMS=20000 npm run bench:search
 *   DATABASE_URL=postgres://… npm run bench:search
 */
import { Client, Pool } from 'pg';
import { webDocument } from '../api/support/operations';
import { runPageBenchmark } from './page-benchmark';
import { IDS, ORGANIZATIONS, ownerEmail, run } from './support';

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_SEARCH_ITEMS ?? 100_000);
/** The page the apps ask for (libs/ui/src/search/search-page.tsx). */
const PAGE = 20;
const WORDS = 'harina';

const SEARCH = webDocument('Search');

const MARKS = `StartSel=\u0001, StopSel=\u0002`;
const headline = (source: string, options: string) =>
  `ts_headline('public.alianza_es'::regconfig, ${source}, websearch_to_tsquery('public.alianza_es'::regconfig, $1), '${options}')`;

/** The API's statement (SearchService) for items and shared items, with plain conditions. */
const BARE_SQL = `
WITH q AS (SELECT public.search_query($1) AS q),
hits AS (
  SELECT 'ITEM'::text AS kind, i.id, i.collaboration_id, v.title::text AS title, v.body::text AS body,
         NULL::text AS extra, v.fields, TRUE AS markdown, ts_rank(v.search, (SELECT q FROM q)) AS rank
    FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
   WHERE v.search @@ (SELECT q FROM q) AND i.owner_organization_id = $2
  UNION ALL
  SELECT 'SHARED_ITEM', g.id, g.collaboration_id, s.title::text, s.body, s.fields, NULL::jsonb, FALSE,
         ts_rank(s.search, (SELECT q FROM q))
    FROM search_shared_texts s JOIN grants g ON g.id = s.grant_id
   WHERE s.search @@ (SELECT q FROM q)
     AND g.recipient_participation_id = $3 AND grant_is_live(g.revoked_at, g.valid_until)
),
page AS (SELECT hits.*, count(*) OVER () AS total FROM hits ORDER BY rank DESC, kind, id LIMIT $4)
SELECT page.kind, page.id, page.collaboration_id, c.title AS collaboration_title, page.title, page.rank, page.total,
       ${headline('page.title', `${MARKS}, HighlightAll=true`)} AS title_marked,
       ${headline(
         `concat_ws(E'\\n', CASE WHEN page.markdown THEN regexp_replace(page.body, '[*_#>\`~]+', '', 'g') ELSE page.body END,
                    page.extra, NULLIF(public.search_fields_text(page.fields), ''))`,
         `${MARKS}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`,
       )} AS text_marked
  FROM page JOIN collaborations c ON c.id = page.collaboration_id
 ORDER BY page.rank DESC, page.kind, page.id`;

/** Organization 0 gets every item but its own, which go to organization 1. */
const RECIPIENT = `CASE WHEN o.i = 0 THEN 1 ELSE 0 END`;

/** Items [from, to): one in 20 about flour; each granted (with its searchable text) to one organization. */
async function seedItems(db: Client, from: number, to: number): Promise<void> {
  const batch = 20_000;
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    const series = `generate_series(${start}, ${end - 1}) n JOIN bench_org o ON o.i = n % ${ORGANIZATIONS}`;
    const title = `CASE WHEN n % 20 = 0 THEN 'Excedente de harina ' || n ELSE 'Informe de costes ' || n END`;
    const body = `CASE WHEN n % 20 = 0 THEN 'Ofrecemos harina de trigo ecológica del lote ' || n || ', con entrega semanal a panaderías.'
                       ELSE 'Coste unitario del lote ' || n || ' con el proveedor habitual.' END`;
    await db.query(
      `INSERT INTO items (id, collaboration_id, area_id, owner_organization_id, owner_participation_id, current_version, created_by)
       SELECT md5('item' || n)::uuid, $1, $2, o.org_id, o.part_id, 1, o.user_id FROM ${series}`,
      [IDS.collaboration, IDS.area],
    );
    await db.query(
      `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
       SELECT md5('version' || n)::uuid, $1, md5('item' || n)::uuid, o.org_id, 1, ${title}, ${body},
              '[{"key":"cost","label":"Coste","type":"number","text":null,"number":12.4}]', 'internal_only', o.user_id
         FROM ${series}`,
      [IDS.collaboration],
    );
    await db.query(
      `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
         owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by, decided_by, decided_at)
       SELECT md5('request' || n)::uuid, $1, md5('item' || n)::uuid, md5('version' || n)::uuid, $2, o.org_id, o.part_id, 'named',
              ARRAY[r.org_id], '{"fieldKeys":[],"spans":[]}', 'approved', o.user_id, $3, now()
         FROM ${series} JOIN bench_org r ON r.i = ${RECIPIENT}`,
      [IDS.collaboration, IDS.area, IDS.facilitator],
    );
    await db.query(
      `INSERT INTO grants (id, reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id,
         recipient_organization_id, recipient_participation_id, redaction, created_at)
       SELECT md5('grant' || n)::uuid, upper(substr(md5('grant' || n), 1, 12)), $1, md5('request' || n)::uuid, md5('item' || n)::uuid,
              md5('version' || n)::uuid, $2, o.org_id, r.org_id, r.part_id, '{"fieldKeys":[],"spans":[]}',
              timestamptz '2026-01-01' + n * interval '1 second'
         FROM ${series} JOIN bench_org r ON r.i = ${RECIPIENT}`,
      [IDS.collaboration, IDS.area],
    );
    await db.query(
      `INSERT INTO search_shared_texts (grant_id, collaboration_id, recipient_participation_id, title, body, fields)
       SELECT md5('grant' || n)::uuid, $1, r.part_id, ${title}, ${body}, 'Coste: 12.4'
         FROM ${series} JOIN bench_org r ON r.i = ${RECIPIENT}`,
      [IDS.collaboration],
    );
  }
  await db.query('ANALYZE');
}

interface SearchAnswer {
  search: { totalCount: number; nodes: { highlight: { match: boolean }[] }[] };
}

async function bareSearch(pool: Pool, variables: Record<string, unknown>): Promise<unknown> {
  const { rows } = await pool.query(BARE_SQL, [
    variables['query'],
    variables['organizationId'],
    variables['participationId'],
    PAGE + 1,
  ]);
  return {
    data: {
      search: {
        nodes: rows.slice(0, PAGE),
        pageInfo: { hasNextPage: rows.length > PAGE, endCursor: null },
        totalCount: Number(rows[0]?.total ?? 0),
      },
    },
  };
}

run(() =>
  runPageBenchmark<SearchAnswer>({
    name: 'search',
    unit: 'items',
    sizes: [SMALL, LARGE],
    pageSize: PAGE,
    query: SEARCH,
    // The API reads only `query` and `first`; the bare server also needs whose search it is.
    variables: async (db) => {
      const { org_id, part_id } = (
        await db.query(`SELECT org_id, part_id FROM bench_org WHERE i = 0`)
      ).rows[0];
      return { query: WORDS, first: PAGE, organizationId: org_id, participationId: part_id };
    },
    email: ownerEmail(0),
    seed: seedItems,
    bare: bareSearch,
    check: ({ search: { nodes, totalCount } }, items) => {
      if (
        nodes.length !== PAGE ||
        totalCount !== items / 20 ||
        nodes.some((n) => !n.highlight.some((s) => s.match))
      )
        throw new Error(`The API did not return a full page of highlighted hits (${totalCount})`);
    },
    target: '>= 0.6',
  }),
);
