/*
 * Benchmark (not a test): a participant's first page of "shared with me".
 *
 * Seeds one collaboration with 50 organizations; every item is granted to two organizations,
 * one of them always the measured organization, so its "shared with me" grows with the data.
 * Measures, with autocannon at 16 connections, the real API (GraphQL, session, access rules)
 * and a bare node:http + pg server returning the same rows with the same SQL, at 1k and then
 * 100k items (200k grants). Prints throughputs, p50/p99 and ratios; writes them to
 * .data/bench/shared-with-me.json.
 *
 *   npm run bench                      # embedded PostgreSQL, 100k items
 *   BENCH_ITEMS=20000 npm run bench    # a smaller run
 *   DATABASE_URL=postgres://… npm run bench
 */
import 'reflect-metadata';
import { startEmbeddedPostgres } from '@alianza/db';
import argon2 from 'argon2';
import autocannon from 'autocannon';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Client, Pool } from 'pg';

const ROOT = resolve(__dirname, '../..');
const ORGANIZATIONS = 50;
const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_ITEMS ?? 100_000);
const CONNECTIONS = 16;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PAGE = 50;
const PASSWORD = 'bench passphrase 2026';

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

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const name = `alianza_bench_${Date.now()}`;
  let adminUrl = process.env.DATABASE_URL;
  let stop = async (): Promise<void> => undefined;
  if (!adminUrl) {
    const dataDir = resolve(ROOT, '.data/bench-postgres');
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir, port: 54339, database: 'postgres' });
    adminUrl = pg.url;
    stop = pg.stop;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const migrate = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'libs/db/src/cli.ts', 'migrate'],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: 'utf8',
    },
  );
  if (migrate.status !== 0) throw new Error(`Migrations failed: ${migrate.stderr}`);
  return {
    url: url.toString(),
    stop: async () => {
      if (process.env.BENCH_KEEP) return console.log(`Kept ${url.toString()}`);
      if (process.env.DATABASE_URL) {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      }
      await stop();
    },
  };
}

const IDS = {
  collaboration: '00000000-0000-4000-8000-00000000c011',
  area: '00000000-0000-4000-8000-00000000a4ea',
  facilitator: '00000000-0000-4000-8000-0000000f0001',
};

async function seedBase(db: Client): Promise<void> {
  const hash = await argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  await db.query(`CREATE TABLE bench_org AS SELECT i, gen_random_uuid() AS org_id, gen_random_uuid() AS user_id,
    gen_random_uuid() AS part_id FROM generate_series(0, ${ORGANIZATIONS - 1}) i`);
  await db.query(
    `INSERT INTO users (id, email, display_name, password_hash, is_facilitator) VALUES ($1, 'facilitator@bench.alianza', 'F', $2, true)`,
    [IDS.facilitator, hash],
  );
  await db.query(
    `INSERT INTO users (id, email, display_name, password_hash) SELECT user_id, 'owner' || i || '@bench.alianza', 'Owner ' || i, $1 FROM bench_org`,
    [hash],
  );
  await db.query(
    `INSERT INTO organizations (id, name, kind, created_by) SELECT org_id, 'Organización ' || i, 'company', user_id FROM bench_org`,
  );
  await db.query(
    `INSERT INTO organization_memberships (organization_id, user_id, role) SELECT org_id, user_id, 'owner' FROM bench_org`,
  );
  await db.query(
    `INSERT INTO collaborations (id, title, status, current_ground_rules_version, created_by) VALUES ($1, 'Benchmark', 'active', 1, $2)`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO collaboration_facilitators (collaboration_id, user_id) VALUES ($1, $2)`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO ground_rules_versions (collaboration_id, version, body, third_party_rules, published_by) VALUES ($1, 1, 'Rules', 'Third parties', $2)`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO participations (id, collaboration_id, organization_id, status, accepted_ground_rules_version, invited_by, invited_at)
    SELECT part_id, $1, org_id, 'accepted', 1, $2, now() FROM bench_org`,
    [IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO areas (id, collaboration_id, name, sensitivity) VALUES ($1, $2, 'Costes', 'moderated')`,
    [IDS.area, IDS.collaboration],
  );
}

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

async function startApi(url: string): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = 38000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      EXPIRY_SWEEP_SECONDS: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return { baseUrl, child };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The API did not start');
}

async function startBare(
  url: string,
  participationId: string,
): Promise<{ baseUrl: string; server: Server; pool: Pool }> {
  const pool = new Pool({ connectionString: url, max: 10 });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      const { rows } = await pool.query(BARE_SQL, [participationId, PAGE + 1]);
      const nodes = rows.slice(0, PAGE);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          data: { sharedWithMe: { pageInfo: { hasNextPage: rows.length > PAGE }, nodes } },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, pool };
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string>, body: string): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    method: 'POST',
    headers,
    body,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const db = await database();
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const results: Record<string, unknown> = {
    organizations: ORGANIZATIONS,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    page: PAGE,
  };
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    console.log('Seeding…');
    await seedBase(client);
    const [{ part_id: participationId }] = (
      await client.query(`SELECT part_id FROM bench_org WHERE i = 0`)
    ).rows;
    api = await startApi(db.url);
    bare = await startBare(db.url, participationId);
    const login = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { bearerToken } }',
        variables: {
          i: { email: 'owner0@bench.alianza', password: PASSWORD, issueBearerToken: true },
        },
      }),
    });
    const token: string = ((await login.json()) as { data: { login: { bearerToken: string } } })
      .data.login.bearerToken;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = JSON.stringify({ query: SHARED_QUERY, variables: { first: PAGE } });

    let seeded = 0;
    for (const items of [SMALL, LARGE]) {
      await seedItems(client, seeded, items);
      seeded = items;
      const check = (await (
        await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers, body })
      ).json()) as {
        data: { sharedWithMe: { nodes: unknown[] } };
      };
      if (check.data.sharedWithMe.nodes.length !== PAGE)
        throw new Error('The API did not return a full page');
      const plan = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${BARE_SQL}`, [
        participationId,
        PAGE + 1,
      ]);
      console.log(`\n${items} items: measuring (${DURATION}s each)…`);
      await load(`${api.baseUrl}/graphql`, headers, body); // warm-up
      const apiFigures = await load(`${api.baseUrl}/graphql`, headers, body);
      const bareFigures = await load(bare.baseUrl, { 'content-type': 'application/json' }, body);
      results[`items_${items}`] = {
        grants: items * 2,
        api: apiFigures,
        bare: bareFigures,
        throughputRatio: +(apiFigures.requestsPerSecond / bareFigures.requestsPerSecond).toFixed(2),
        sqlExecutionMs: plan.rows[0]['QUERY PLAN'][0]['Execution Time'],
      };
      console.table({ api: apiFigures, bare: bareFigures });
    }
    const small = results[`items_${SMALL}`] as { api: Figures };
    const large = results[`items_${LARGE}`] as { api: Figures; throughputRatio: number };
    results['summary'] = {
      throughputRatioAtLarge: large.throughputRatio,
      p50GrowthSmallToLarge: +(large.api.p50 / small.api.p50).toFixed(2),
      targets: { throughputRatio: '>= 0.6', p50Growth: '<= 1.3' },
    };
    console.log('\nSummary:', results['summary']);
    mkdirSync(resolve(ROOT, '.data/bench'), { recursive: true });
    writeFileSync(
      resolve(ROOT, '.data/bench/shared-with-me.json'),
      JSON.stringify(results, null, 2),
    );
    console.log('Wrote .data/bench/shared-with-me.json');
  } finally {
    await client.end();
    if (api) {
      api.child.kill('SIGTERM');
      await new Promise((r) => api!.child.once('exit', r));
    }
    if (bare) {
      bare.server.close();
      await bare.pool.end();
    }
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
