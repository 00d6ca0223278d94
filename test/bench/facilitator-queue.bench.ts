/*
 * Benchmark (not a test): the facilitator's queue page, as the console asks for it.
 *
 * Seeds one collaboration with 50 organizations, overlaps between some of them in its moderated
 * area, a reciprocity threshold some organizations are over (confirmed ledger entries), and
 * disclosure requests, each for an item of its own and three recipients: 200 pending, the rest
 * decided (the collaboration's history, which is what grows). Measures, with
 * autocannon at 16 connections, the console's own `ConsoleQueue` document as the queue opens
 * (the pending requests, a page of 20: each request's version, its flags — crossing overlaps,
 * third-party rule, recipients over the threshold — and the total) through the real API,
 * against a bare node:http + pg server returning the same rows with the same reads in
 * hand-written SQL, at 1k and then 20k requests. Prints throughputs, p50/p99 and ratios;
 * writes .data/bench/facilitator-queue.json.
 *
 *   npm run bench:queue
 *   BENCH_QUEUE_REQUESTS=5000 npm run bench:queue
 *   DATABASE_URL=postgres://… npm run bench:queue
 */
import { Client, Pool } from 'pg';
import { webDocument } from '../api/support/operations';
import { runPageBenchmark } from './page-benchmark';
import { FACILITATOR_EMAIL, IDS, ORGANIZATIONS, run } from './support';

const SMALL = 1_000;
/** Requests waiting for a decision; the others are the queue's history (decided). */
const PENDING = 200;
const LARGE = Number(process.env.BENCH_QUEUE_REQUESTS ?? 20_000);
/** The console's page size (apps/facilitator-console/src/features/queue/queue-list.tsx). */
const PAGE = 20;
const THRESHOLD = '10.00';

const QUEUE = webDocument('ConsoleQueue');

/**
 * The bare server runs the reads of the API's read model (DisclosureReadService) as hand-written
 * SQL, without session, claim, ability conditions or framework: the page with its total, then
 * one statement per field the page shows (the requested versions, the overlaps of its areas,
 * the recipients over the threshold).
 */
const BARE_PAGE_SQL = `
SELECT r.*, (SELECT count(1) FROM disclosure_requests c WHERE c.collaboration_id = $1 AND c.status = 'pending') AS total
  FROM disclosure_requests r
 WHERE r.collaboration_id = $1 AND r.status = 'pending'
 ORDER BY r.created_at, r.id
 LIMIT $2`;
const BARE_VERSIONS_SQL = `SELECT v.* FROM item_versions v WHERE v.id = ANY($1)`;
const BARE_OVERLAPS_SQL = `SELECT o.* FROM "overlaps" o WHERE o.area_id = ANY($1) ORDER BY o.created_at`;

/** Recipients of the page over the collaboration's reciprocity threshold. */
const BARE_RECIPROCITY_SQL = `
SELECT o.organization_id, coalesce(g.total, 0)::text AS given, coalesce(r.total, 0)::text AS received,
       (coalesce(r.total, 0) - coalesce(g.total, 0))::text AS gap
  FROM unnest($2::uuid[]) AS o(organization_id)
  JOIN ledger_settings s ON s.collaboration_id = $1 AND s.reciprocity_threshold IS NOT NULL
  LEFT JOIN (SELECT giver_organization_id AS id, sum(value) AS total FROM ledger_entries
              WHERE collaboration_id = $1 AND status = 'confirmed' GROUP BY 1) g ON g.id = o.organization_id
  LEFT JOIN (SELECT receiver_organization_id AS id, sum(value) AS total FROM ledger_entries
              WHERE collaboration_id = $1 AND status = 'confirmed' GROUP BY 1) r ON r.id = o.organization_id
 WHERE coalesce(r.total, 0) - coalesce(g.total, 0) > s.reciprocity_threshold
 ORDER BY o.organization_id`;

/** Overlaps between neighbours, and organizations 1–9 over the threshold (received 25, gave 0). */
async function seedContext(db: Client): Promise<void> {
  await db.query(
    `INSERT INTO ledger_settings (collaboration_id, valuation_scale, area_values, reciprocity_threshold)
     VALUES ($1, 'points', '{}', $2)`,
    [IDS.collaboration, THRESHOLD],
  );
  await db.query(
    `INSERT INTO "overlaps" (collaboration_id, area_id, organization_ids, created_by)
     SELECT $1, $2, ARRAY[a.org_id, b.org_id], $3 FROM bench_org a JOIN bench_org b ON b.i = a.i + 1
      WHERE a.i % 5 = 0`,
    [IDS.collaboration, IDS.area, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO ledger_entries (collaboration_id, giver_organization_id, receiver_organization_id,
       contribution_type, description, value, occurred_on, source, status)
     SELECT $1, g.org_id, r.org_id, 'information', 'Bench', 25, '2026-11-01', 'declared', 'confirmed'
       FROM bench_org r JOIN bench_org g ON g.i = 49 WHERE r.i BETWEEN 1 AND 9`,
    [IDS.collaboration],
  );
}

/**
 * Requests [from, to): organization n % 50 asks to share its item n with the next three. The
 * first `PENDING` wait for a decision; every later one was decided (approved): as a
 * collaboration grows, its history grows and its queue does not.
 */
async function seedRequests(db: Client, from: number, to: number): Promise<void> {
  const batch = 20_000;
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    const series = `generate_series(${start}, ${end - 1}) n JOIN bench_org o ON o.i = n % ${ORGANIZATIONS}`;
    await db.query(
      `INSERT INTO items (id, collaboration_id, area_id, owner_organization_id, owner_participation_id, current_version, created_by)
       SELECT md5('item' || n)::uuid, $1, $2, o.org_id, o.part_id, 1, o.user_id FROM ${series}`,
      [IDS.collaboration, IDS.area],
    );
    await db.query(
      `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
       SELECT md5('version' || n)::uuid, $1, md5('item' || n)::uuid, o.org_id, 1, 'Informe de costes ' || n,
              'Coste unitario del lote ' || n || '.', '[{"key":"cost","label":"Coste","type":"number","text":null,"number":12.4}]',
              'internal_only', o.user_id
         FROM ${series}`,
      [IDS.collaboration],
    );
    await db.query(
      `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
         owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by,
         decided_by, decided_at, created_at)
       SELECT md5('request' || n)::uuid, $1, md5('item' || n)::uuid, md5('version' || n)::uuid, $2, o.org_id, o.part_id, 'named',
              ARRAY(SELECT r.org_id FROM bench_org r WHERE r.i IN ((o.i + 1) % ${ORGANIZATIONS}, (o.i + 2) % ${ORGANIZATIONS}, (o.i + 3) % ${ORGANIZATIONS}) ORDER BY r.i),
              '{"fieldKeys":["cost"],"spans":[]}', CASE WHEN n < ${PENDING} THEN 'pending' ELSE 'approved' END::disclosure_status,
              o.user_id, CASE WHEN n < ${PENDING} THEN NULL ELSE $3::uuid END, CASE WHEN n < ${PENDING} THEN NULL ELSE now() END,
              timestamptz '2026-01-01' + n * interval '1 second'
         FROM ${series}`,
      [IDS.collaboration, IDS.area, IDS.facilitator],
    );
  }
  await db.query('ANALYZE');
}

interface BareRow {
  id: string;
  status: string;
  created_at: Date;
  expires_at: Date | null;
  decided_at: Date | null;
  decision_message: string | null;
  note: string;
  area_id: string;
  item_id: string;
  item_version_id: string;
  owner_organization_id: string;
  audience_kind: string;
  recipient_organization_ids: string[];
  acknowledged_overlap_ids: string[];
  decided_by: string | null;
  proposed_redaction: { fieldKeys: string[]; spans: { start: number; end: number }[] };
  total: string;
}

interface BareVersion {
  id: string;
  title: string;
  version: number;
  third_party_rule: string;
}

interface BareOverlap {
  id: string;
  area_id: string;
  organization_ids: string[];
}

interface BareWarning {
  organization_id: string;
  given: string;
  received: string;
  gap: string;
}

/** The bare server's answer: the same reads as the API's read model, in hand-written SQL. */
async function bareQueue(pool: Pool): Promise<unknown> {
  const { rows } = await pool.query<BareRow>(BARE_PAGE_SQL, [IDS.collaboration, PAGE + 1]);
  const page = rows.slice(0, PAGE);
  const recipients = [...new Set(page.flatMap((r) => r.recipient_organization_ids))];
  const [versions, overlaps, reciprocity] = await Promise.all([
    pool.query<BareVersion>(BARE_VERSIONS_SQL, [page.map((r) => r.item_version_id)]),
    pool.query<BareOverlap>(BARE_OVERLAPS_SQL, [[...new Set(page.map((r) => r.area_id))]]),
    pool.query<BareWarning>(BARE_RECIPROCITY_SQL, [IDS.collaboration, recipients]),
  ]);
  const versionOf = new Map(versions.rows.map((v) => [v.id, v]));
  const nodes = page.map((r) => {
    const version = versionOf.get(r.item_version_id)!;
    const crossing = overlaps.rows.filter(
      (o) =>
        o.area_id === r.area_id &&
        o.organization_ids.includes(r.owner_organization_id) &&
        o.organization_ids.some((id) => r.recipient_organization_ids.includes(id)),
    );
    return {
      id: r.id,
      status: r.status.toUpperCase(),
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      decidedAt: r.decided_at,
      decisionMessage: r.decision_message,
      note: r.note,
      areaId: r.area_id,
      itemId: r.item_id,
      ownerOrganizationId: r.owner_organization_id,
      audienceKind: r.audience_kind.toUpperCase(),
      recipientOrganizationIds: r.recipient_organization_ids,
      acknowledgedOverlapIds: r.acknowledged_overlap_ids,
      autoApproved: r.status === 'approved' && r.decided_by === null,
      itemVersion: { id: version.id, title: version.title, version: version.version },
      proposedRedaction: r.proposed_redaction,
      flags: {
        overlap: crossing.length > 0,
        overlapIds: crossing.map((o) => o.id),
        expires: r.expires_at !== null,
        thirdPartyRule: version.third_party_rule.toUpperCase(),
        reciprocity: reciprocity.rows
          .filter((w) => r.recipient_organization_ids.includes(w.organization_id))
          .map((w) => ({
            organizationId: w.organization_id,
            given: w.given,
            received: w.received,
            gap: w.gap,
          })),
      },
    };
  });
  const last = page[page.length - 1];
  return {
    data: {
      disclosureRequests: {
        totalCount: Number(rows[0]?.total ?? 0),
        pageInfo: { hasNextPage: rows.length > PAGE, endCursor: last ? last.id : null },
        nodes,
      },
    },
  };
}

interface QueueAnswer {
  disclosureRequests: {
    totalCount: number;
    nodes: { flags: { overlap: boolean; reciprocity: unknown[] } }[];
  };
}

run(() =>
  runPageBenchmark<QueueAnswer>({
    name: 'facilitator-queue',
    unit: 'requests',
    sizes: [SMALL, LARGE],
    pageSize: PAGE,
    query: QUEUE,
    // The console opens its queue on the pending requests.
    variables: async () => ({ collaborationId: IDS.collaboration, status: 'PENDING', first: PAGE }),
    email: FACILITATOR_EMAIL,
    seedContext,
    seed: seedRequests,
    bare: bareQueue,
    check: ({ disclosureRequests: { nodes, totalCount } }) => {
      if (nodes.length !== PAGE || totalCount !== PENDING)
        throw new Error('The API did not return a full page');
      if (!nodes.some((n) => n.flags.overlap) || !nodes.some((n) => n.flags.reciprocity.length))
        throw new Error('The page shows no overlap or no reciprocity warning');
    },
    target: '>= 0.6',
  }),
);
