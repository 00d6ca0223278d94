/*
 * Benchmark (not a test): a participant's first page of "shared with me".
 *
 * Seeds one collaboration with 50 organizations; every item is granted to two organizations,
 * one of them always the measured organization, so its "shared with me" grows with the data.
 * Measures, with autocannon at 16 connections, the real API (GraphQL, session, access rules)
 * and a bare node:http + pg server returning the same rows with the same SQL, at 1k and then
 * 100k items (200k grants), and the API's floor (the same session asking for `{ __typename }`).
 * Prints throughputs, p50/p99 and ratios; writes them to
 * .data/bench/shared-with-me.json.
 *
 *   npm run bench:shared                      # embedded PostgreSQL, 100k items
 *   BENCH_ITEMS=20000 npm run bench:shared    # a smaller run
 *   DATABASE_URL=postgres://… npm run bench:shared
 */
import { Client } from 'pg';
import {
  CONNECTIONS,
  createDatabase,
  DURATION,
  FLOOR_BODY,
  Figures,
  IDS,
  loadAverage,
  login,
  measure,
  ORGANIZATIONS,
  ownerEmail,
  ratio,
  run,
  seedBase,
  startApi,
  startBareServer,
  Api,
  BareServer,
  graphql,
  writeResults,
} from './support';

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_ITEMS ?? 100_000);
const PAGE = 50;

const SHARED_QUERY = `query($first: Int!) { sharedWithMe(first: $first) { pageInfo { hasNextPage endCursor }
  nodes { grantId reference title version areaName ownerOrganizationName grantedAt validUntil watermark { line } } } }`;

/** The rows the API returns, as one SQL statement (what a hand-written server would run). */
const BARE_SQL = `
SELECT g.id, g.reference, g.created_at, g.valid_until, v.title, v.version, a.name AS area_name,
       owner.name AS owner_name, recipient.name AS recipient_name, c.title AS collaboration_title
  FROM grants g
  JOIN item_versions v ON v.id = g.item_version_id
  JOIN areas a ON a.id = g.area_id
  JOIN organizations owner ON owner.id = g.owner_organization_id
  JOIN organizations recipient ON recipient.id = g.recipient_organization_id
  JOIN collaborations c ON c.id = g.collaboration_id
 WHERE g.recipient_participation_id = $1 AND g.revoked_at IS NULL
   AND (g.valid_until IS NULL OR g.valid_until > now())
 ORDER BY g.created_at DESC, g.id DESC
 LIMIT $2`;

/** The measured organization (0) receives every item but its own; those go to organization 1. */
const SECOND = `CASE WHEN o.i = 0 THEN 1 ELSE 0 END`;
const FIRST = `CASE WHEN (o.i + 1) % ${ORGANIZATIONS} = ${SECOND} THEN (o.i + 2) % ${ORGANIZATIONS} ELSE (o.i + 1) % ${ORGANIZATIONS} END`;

/** Items [from, to): each granted to two organizations, one of them the measured one. */
async function seedItems(db: Client, from: number, to: number): Promise<void> {
  const batch = 20_000;
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    const series = `generate_series(${start}, ${end - 1}) n JOIN bench_org o ON o.i = n % ${ORGANIZATIONS}`;
    const params = [IDS.collaboration, IDS.area, IDS.facilitator];
    await db.query(
      `INSERT INTO items (id, collaboration_id, area_id, owner_organization_id, owner_participation_id, current_version, created_by)
      SELECT md5('item' || n)::uuid, $1, $2, o.org_id, o.part_id, 1, o.user_id FROM ${series}`,
      params.slice(0, 2),
    );
    await db.query(
      `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
      SELECT md5('version' || n)::uuid, $1, md5('item' || n)::uuid, o.org_id, 1, 'Informe de costes ' || n,
             'Coste unitario del lote ' || n || ' con el proveedor habitual.',
             '[{"key":"cost","label":"Coste","type":"number","text":null,"number":12.4}]', 'internal_only', o.user_id
        FROM ${series}`,
      params.slice(0, 1),
    );
    await db.query(
      `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
        owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by, decided_by, decided_at)
      SELECT md5('request' || n)::uuid, $1, md5('item' || n)::uuid, md5('version' || n)::uuid, $2, o.org_id, o.part_id, 'named',
             ARRAY[r1.org_id, r2.org_id], '{"fieldKeys":[],"spans":[]}', 'approved', o.user_id, $3, now()
        FROM ${series}
        JOIN bench_org r1 ON r1.i = ${FIRST}
        JOIN bench_org r2 ON r2.i = ${SECOND}`,
      params,
    );
    for (const recipient of [FIRST, SECOND]) {
      await db.query(
        `INSERT INTO grants (reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id,
          recipient_organization_id, recipient_participation_id, redaction, created_at)
        SELECT upper(substr(md5('grant' || n || '-' || r.i), 1, 12)), $1, md5('request' || n)::uuid, md5('item' || n)::uuid,
               md5('version' || n)::uuid, $2, o.org_id, r.org_id, r.part_id, '{"fieldKeys":[],"spans":[]}',
               timestamptz '2026-01-01' + n * interval '1 second'
          FROM ${series} JOIN bench_org r ON r.i = ${recipient}`,
        params.slice(0, 2),
      );
    }
  }
  await db.query('ANALYZE');
}

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const db = await createDatabase('shared-with-me');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const results: Record<string, unknown> = {
    organizations: ORGANIZATIONS,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    page: PAGE,
  };
  let api: Api | undefined;
  let bare: BareServer | undefined;
  try {
    console.log('Seeding…');
    await seedBase(client);
    const [{ part_id: participationId }] = (
      await client.query(`SELECT part_id FROM bench_org WHERE i = 0`)
    ).rows;
    api = await startApi(db);
    bare = await startBareServer(db, async (_body, pool) => {
      const { rows } = await pool.query(BARE_SQL, [participationId, PAGE + 1]);
      const nodes = rows.slice(0, PAGE);
      return { data: { sharedWithMe: { pageInfo: { hasNextPage: rows.length > PAGE }, nodes } } };
    });
    const token = await login(api.baseUrl, ownerEmail(0));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = JSON.stringify({ query: SHARED_QUERY, variables: { first: PAGE } });

    let seeded = 0;
    for (const items of [SMALL, LARGE]) {
      await seedItems(client, seeded, items);
      seeded = items;
      const check = await graphql<{ sharedWithMe: { nodes: unknown[] } }>(
        api.baseUrl,
        SHARED_QUERY,
        { first: PAGE },
        token,
      );
      if (check.sharedWithMe.nodes.length !== PAGE)
        throw new Error('The API did not return a full page');
      const plan = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${BARE_SQL}`, [
        participationId,
        PAGE + 1,
      ]);
      console.log(`\n${items} items: measuring (${DURATION}s each)…`);
      const url = `${api.baseUrl}/graphql`;
      await measure({ url, headers, body }); // warm-up
      const apiFigures = await measure({
        url,
        headers,
        body,
        cpuOf: [api],
      });
      const bareFigures = await measure({
        url: bare.baseUrl,
        headers: { 'content-type': 'application/json' },
        body,
      });
      const floorFigures = await measure({ url, headers, body: FLOOR_BODY, cpuOf: [api] });
      results[`items_${items}`] = {
        grants: items * 2,
        api: apiFigures,
        bare: bareFigures,
        apiFloor: floorFigures,
        throughputRatio: ratio(apiFigures.requestsPerSecond, bareFigures.requestsPerSecond),
        floorRatio: ratio(floorFigures.requestsPerSecond, bareFigures.requestsPerSecond),
        sqlExecutionMs: plan.rows[0]['QUERY PLAN'][0]['Execution Time'],
      };
      console.table({ api: apiFigures, bare: bareFigures, 'api floor': floorFigures });
    }
    const small = results[`items_${SMALL}`] as { api: Figures };
    const large = results[`items_${LARGE}`] as {
      api: Figures;
      throughputRatio: number;
      floorRatio: number;
    };
    results['summary'] = {
      throughputRatioAtLarge: large.throughputRatio,
      floorRatioAtLarge: large.floorRatio,
      p50GrowthSmallToLarge: ratio(large.api.p50, small.api.p50),
      // Issue 14's targets (issue 12's were 0.6 and 1.3).
      targets: { throughputRatio: '>= 0.7', p50Growth: '<= 1.2' },
    };
    console.log('\nSummary:', results['summary']);
  } finally {
    await client.end();
    await api?.stop();
    await bare?.stop();
    await db.stop();
  }
  results['loadAverage'] = { before: loadBefore, after: loadAverage() };
  writeResults('shared-with-me', results);
}

run(main);
