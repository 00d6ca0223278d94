/*
 * Benchmark (not a test): audited writes in ONE collaboration, and reading shared content.
 *
 * Seeds one collaboration with 50 organizations (a plan milestone, accepted tasks per
 * organization, items in a moderated area, and items of other organizations granted to
 * organization 0). Starts BENCH_INSTANCES API processes (default 2, as a deployment behind a
 * load balancer would) on the same database and measures, with autocannon at 16 connections:
 *
 * 1. audited mutations by 16 parties (the owners of organizations 0–14 and the facilitator), in
 *    turn: declare a contribution to another organization, ask to share an item, propose (the
 *    facilitator: create) a task, move a task along. Each writes one audit record of the same
 *    chain. Reported: mutations/s, p50/p99; then the chain must verify (`verifyAuditLog`, full)
 *    and hold one record per mutation, or the benchmark fails.
 * 2. organization 0 reading a page of what it was given, with the content (`sharedWithMe` with
 *    `content`, as the portal's list does: reading content is audited), against a plain read of
 *    the same size (its own items with their latest version's text and fields: not audited), and
 *    against the same page without the content (what reading content costs, audit included).
 *
 * Targets: ≥ 300 audited mutations/s; shared-content reads ≥ 0.8× plain reads.
 * Prints the figures; writes .data/bench/write-throughput.json.
 *
 *   npm run bench:writes
 *   BENCH_SECONDS=5 BENCH_INSTANCES=1 npm run bench:writes
 *   DATABASE_URL=postgres://… npm run bench:writes
 */
import autocannon from 'autocannon';
import { Client } from 'pg';
import {
  Api,
  cpuMeter,
  CONNECTIONS,
  createDatabase,
  DURATION,
  FACILITATOR_EMAIL,
  Figures,
  graphql,
  IDS,
  ITEM_BODY,
  ITEM_FIELDS,
  loadAverage,
  login,
  ORGANIZATIONS,
  ownerEmail,
  ratio,
  run,
  seedBase,
  startApi,
  writeResults,
} from './support';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
/** The owners of organizations 0 … OWNERS-1, and the facilitator: 16 parties. */
const OWNERS = CONNECTIONS - 1;
const TASKS_PER_ORGANIZATION = 8;
const ITEMS_PER_ORGANIZATION = 20;
/** Items of other organizations granted to organization 0. */
const GRANTED = 60;
/** A page of the portal's "shared with me" (its PAGE_SIZE). */
const PAGE = 20;
const MILESTONE = '00000000-0000-4000-8000-0000000a11e5';
const TARGETS = { mutationsPerSecond: 300, sharedContentRatio: 0.8 };

const DECLARE = `mutation($c: ID!, $i: DeclareContributionInput!) { declareContribution(collaborationId: $c, input: $i) { id } }`;
const REQUEST = `mutation($item: ID!, $i: DisclosureRequestInput!) { requestDisclosure(itemId: $item, input: $i) { id status } }`;
const CREATE_TASK = `mutation($m: ID!, $i: TaskInput!) { createTask(milestoneId: $m, input: $i) { id } }`;
const SET_STATUS = `mutation($t: ID!, $i: TaskStatusInput!) { setTaskStatus(taskId: $t, input: $i) { id status } }`;

const SHARED_CONTENT = `query($c: ID!, $first: Int!) { sharedWithMe(collaborationId: $c, first: $first) {
  pageInfo { hasNextPage endCursor } nodes { grantId reference title version areaName ownerOrganizationName grantedAt
  content { body fields { key label type text number } redactedFieldCount redactedSpanCount } watermark { line } } } }`;
const SHARED_LIST = `query($c: ID!, $first: Int!) { sharedWithMe(collaborationId: $c, first: $first) {
  pageInfo { hasNextPage endCursor } nodes { grantId reference title version areaName ownerOrganizationName grantedAt
  watermark { line } } } }`;
const PLAIN = `query($c: ID!, $o: ID!, $first: Int!) { items(collaborationId: $c, ownerOrganizationId: $o, first: $first) {
  pageInfo { hasNextPage endCursor } nodes { id currentVersion updatedAt
  latest { id title version createdAt body fields { key label type text number } } } } }`;

interface Seeded {
  orgs: string[];
  /** Accepted tasks by responsible organization. */
  tasks: string[][];
  /** Items by owning organization. */
  items: string[][];
}

async function seed(db: Client): Promise<Seeded> {
  await seedBase(db);
  await db.query(
    `INSERT INTO ledger_settings (collaboration_id, valuation_scale, area_values) VALUES ($1, 'points', '{}')`,
    [IDS.collaboration],
  );
  await db.query(
    `INSERT INTO plan_milestones (id, collaboration_id, title, position, status, proposal_status, created_by)
     VALUES ($1, $2, 'Compras conjuntas', 1, 'in_progress', 'accepted', $3)`,
    [MILESTONE, IDS.collaboration, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO plan_tasks (collaboration_id, milestone_id, title, responsible_organization_id, status, proposal_status, created_by)
     SELECT $1, $2, 'Tarea ' || n || ' de ' || o.i, o.org_id, 'todo', 'accepted', $3
       FROM bench_org o CROSS JOIN generate_series(1, ${TASKS_PER_ORGANIZATION}) n`,
    [IDS.collaboration, MILESTONE, IDS.facilitator],
  );
  const series = `bench_org o CROSS JOIN generate_series(1, ${ITEMS_PER_ORGANIZATION}) n`;
  await db.query(
    `INSERT INTO items (id, collaboration_id, area_id, owner_organization_id, owner_participation_id, current_version, created_by)
     SELECT md5('item' || o.i || '-' || n)::uuid, $1, $2, o.org_id, o.part_id, 1, o.user_id FROM ${series}`,
    [IDS.collaboration, IDS.area],
  );
  await db.query(
    `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
     SELECT md5('version' || o.i || '-' || n)::uuid, $1, md5('item' || o.i || '-' || n)::uuid, o.org_id, 1,
            'Informe de costes ' || o.i || '-' || n, $2, $3, 'internal_only', o.user_id
       FROM ${series}`,
    [IDS.collaboration, ITEM_BODY, JSON.stringify(ITEM_FIELDS)],
  );
  // Organization 0 was given GRANTED items of organizations 1, 2, …: one approved request each.
  const granted = `generate_series(0, ${GRANTED - 1}) g JOIN bench_org o ON o.i = 1 + g % (${ORGANIZATIONS} - 1)
    CROSS JOIN (SELECT org_id AS r_org, part_id AS r_part FROM bench_org WHERE i = 0) r`;
  const item = `md5('item' || o.i || '-' || (1 + g / (${ORGANIZATIONS} - 1)))::uuid`;
  const version = `md5('version' || o.i || '-' || (1 + g / (${ORGANIZATIONS} - 1)))::uuid`;
  await db.query(
    `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
       owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by,
       decided_by, decided_at)
     SELECT md5('request' || g)::uuid, $1, ${item}, ${version}, $2, o.org_id, o.part_id, 'named', ARRAY[r.r_org],
            '{"fieldKeys":["supplier"],"spans":[]}', 'approved', o.user_id, $3, now()
       FROM ${granted}`,
    [IDS.collaboration, IDS.area, IDS.facilitator],
  );
  await db.query(
    `INSERT INTO grants (reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id,
       recipient_organization_id, recipient_participation_id, redaction, created_at)
     SELECT upper(substr(md5('grant' || g), 1, 12)), $1, md5('request' || g)::uuid, ${item}, ${version}, $2,
            o.org_id, r.r_org, r.r_part, '{"fieldKeys":["supplier"],"spans":[]}', now() - g * interval '1 minute'
       FROM ${granted}`,
    [IDS.collaboration, IDS.area],
  );
  await db.query('ANALYZE');
  const orgs = (await db.query(`SELECT org_id FROM bench_org ORDER BY i`)).rows.map(
    (r: { org_id: string }) => r.org_id,
  );
  /** The ids of `table`'s rows, by the organization in `column`. */
  const byOrganization = async (table: string, column: string): Promise<string[][]> => {
    const ids = orgs.map(() => [] as string[]);
    const { rows } = await db.query<{ i: number; id: string }>(
      `SELECT o.i, t.id FROM ${table} t JOIN bench_org o ON o.org_id = t.${column} ORDER BY t.id`,
    );
    for (const row of rows) ids[row.i]!.push(row.id);
    return ids;
  };
  return {
    orgs,
    tasks: await byOrganization('plan_tasks', 'responsible_organization_id'),
    items: await byOrganization('items', 'owner_organization_id'),
  };
}

interface Operation {
  token: string;
  body: string;
}

/**
 * The mutations, in turn: request `n` is party `n % 16`'s next one. Each party cycles through
 * its four kinds of mutation; every one appends one audit record.
 */
function mutations(seeded: Seeded, tokens: string[]): () => Operation {
  const { orgs, tasks, items } = seeded;
  const today = new Date().toISOString().slice(0, 10);
  const done = Array.from({ length: CONNECTIONS }, () => 0);
  let n = 0;
  return () => {
    const party = n++ % CONNECTIONS;
    const k = done[party]++;
    const token = tokens[party];
    const op = (query: string, variables: object): Operation => ({
      token,
      body: JSON.stringify({ query, variables }),
    });
    if (party === OWNERS) {
      // The facilitator assigns tasks and moves them along.
      const org = k % OWNERS;
      return k % 2 === 0
        ? op(CREATE_TASK, {
            m: MILESTONE,
            i: { title: `Encargo ${k}`, responsibleOrganizationId: orgs[org] },
          })
        : op(SET_STATUS, {
            t: tasks[org][k % TASKS_PER_ORGANIZATION],
            i: { status: k % 4 === 1 ? 'DONE' : 'DOING' },
          });
    }
    const me = orgs[party];
    switch (k % 4) {
      case 0:
        return op(DECLARE, {
          c: IDS.collaboration,
          i: {
            contributionType: 'INFORMATION',
            description: `Datos de compras ${k}`,
            receiverOrganizationIds: [orgs[(party + 1 + (k % 7)) % ORGANIZATIONS]],
            value: '10.00',
            occurredOn: today,
          },
        });
      case 1:
        return op(REQUEST, {
          item: items[party][k % ITEMS_PER_ORGANIZATION],
          i: {
            audienceKind: 'NAMED',
            recipientOrganizationIds: [orgs[(party + 2 + (k % 5)) % ORGANIZATIONS]],
            note: 'Para comparar costes',
          },
        });
      case 2:
        return op(CREATE_TASK, {
          m: MILESTONE,
          i: { title: `Propuesta ${k}`, responsibleOrganizationId: me },
        });
      default:
        return op(SET_STATUS, {
          t: tasks[party][k % TASKS_PER_ORGANIZATION],
          i: { status: k % 8 === 3 ? 'DOING' : 'TODO' },
        });
    }
  };
}

interface Load {
  urls: string[];
  next: () => Operation;
  /** The API processes, whose CPU time per request is reported. */
  apis?: Api[];
}

/** `DURATION` seconds of POSTs on `CONNECTIONS` connections spread over the API instances. */
async function measure({ urls, next, apis }: Load): Promise<Figures> {
  let refused = 0;
  const cpu = cpuMeter(apis);
  const result = await autocannon({
    // autocannon spreads the connections over several URLs; its typings know only one.
    url: urls as unknown as string,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { token, body } = next();
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body,
          };
        },
        onResponse: (status: number, body: string) => {
          if (status < 300 && body.includes('"errors"')) {
            if (refused++ === 0) console.error('Refused:', body.slice(0, 300));
          }
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + refused,
    ok: result.requests.total - result.non2xx - refused,
    ...cpu.perRequest(result.requests.total),
  };
}

/** Audit records of the chain, and entries still waiting to be chained (when there is an outbox). */
async function auditCounts(db: Client): Promise<{ records: number; pending: number }> {
  const [{ outbox }] = (await db.query(`SELECT to_regclass('audit_outbox') IS NOT NULL AS outbox`))
    .rows;
  const pending = outbox ? `(SELECT count(*)::int FROM audit_outbox)` : '0';
  const [row] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM audit_records WHERE collaboration_id = $1) AS records,
              ${pending} AS pending`,
      [IDS.collaboration],
    )
  ).rows;
  return row;
}

/** The counts once requests still in flight when autocannon stopped have been chained. */
async function settled(db: Client): Promise<{ records: number; pending: number }> {
  let last = await auditCounts(db);
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await auditCounts(db);
    if (now.records === last.records && now.pending === 0) return now;
    last = now;
  }
  throw new Error(`Audit entries still waiting to be chained: ${last.pending}`);
}

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const db = await createDatabase('write-throughput');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const results: Record<string, unknown> = {
    organizations: ORGANIZATIONS,
    connections: CONNECTIONS,
    instances: INSTANCES,
    durationSeconds: DURATION,
    page: PAGE,
  };
  const apis: Api[] = [];
  try {
    console.log('Seeding…');
    const seeded = await seed(client);
    for (let i = 0; i < INSTANCES; i++) apis.push(await startApi(db));
    const urls = apis.map((api) => `${api.baseUrl}/graphql`);
    const baseUrl = apis[0]!.baseUrl;
    const tokens = await Promise.all([
      ...Array.from({ length: OWNERS }, (_, i) => login(baseUrl, ownerEmail(i))),
      login(baseUrl, FACILITATOR_EMAIL),
    ]);
    const facilitator = tokens[OWNERS]!;

    // Every kind of mutation works before it is measured.
    const next = mutations(seeded, tokens);
    for (let i = 0; i < 2 * CONNECTIONS; i++) {
      const { token, body } = next();
      const { query, variables } = JSON.parse(body) as { query: string; variables: object };
      await graphql(baseUrl, query, variables, token);
    }

    console.log(`\nAudited mutations, ${CONNECTIONS} connections, ${INSTANCES} instance(s)…`);
    await measure({ urls, next }); // warm-up
    const before = await settled(client);
    const writes = await measure({ urls, next, apis });
    const after = await settled(client);
    const recorded = after.records - before.records;
    if (recorded < writes.ok || recorded > writes.ok + CONNECTIONS)
      throw new Error(`${writes.ok} mutations answered, ${recorded} audit records written`);
    console.table({ mutations: writes });

    // Organization 0 reads a page of what it was given, with the content; the same page without
    // it; and a page of its own items with their text (as large as the shared page, not audited).
    const token = tokens[0]!;
    const reads = {
      sharedContent: { query: SHARED_CONTENT, variables: { c: IDS.collaboration, first: PAGE } },
      sharedList: { query: SHARED_LIST, variables: { c: IDS.collaboration, first: PAGE } },
      plain: {
        query: PLAIN,
        variables: { c: IDS.collaboration, o: seeded.orgs[0], first: PAGE },
      },
    };
    const answerBytes: Record<string, number> = {};
    for (const [name, { query, variables }] of Object.entries(reads)) {
      const answer = await graphql<Record<string, { nodes: { content?: unknown }[] }>>(
        baseUrl,
        query,
        variables,
        token,
      );
      const nodes = Object.values(answer)[0]!.nodes;
      if (nodes.length !== PAGE) throw new Error(`${name}: not a full page`);
      if (name === 'sharedContent' && nodes.some((n) => !n.content))
        throw new Error('The shared page did not come with its content');
      answerBytes[name] = JSON.stringify(answer).length;
    }
    console.log(
      `\nReads of a page of ${PAGE} items (answers' bytes: ${JSON.stringify(answerBytes)})…`,
    );
    const bodyOf = (name: keyof typeof reads) => JSON.stringify(reads[name]);
    const read = (name: keyof typeof reads) => () => ({ token, body: bodyOf(name) });
    for (const name of Object.keys(reads) as (keyof typeof reads)[])
      await measure({ urls, next: read(name) }); // warm-up
    const readsBefore = await settled(client);
    const sharedFigures = await measure({ urls, next: read('sharedContent'), apis });
    const readsAfter = await settled(client);
    const listFigures = await measure({ urls, next: read('sharedList'), apis });
    const plainFigures = await measure({ urls, next: read('plain'), apis });
    console.table({
      'shared, with content': sharedFigures,
      'shared, list only': listFigures,
      'own items (plain)': plainFigures,
    });
    const auditRecordsPerRead = +(
      (readsAfter.records - readsBefore.records) /
      sharedFigures.ok
    ).toFixed(2);

    const { verifyAuditLog: chain } = await graphql<{
      verifyAuditLog: { valid: boolean; checkedRecords: number; firstBrokenSeq: number | null };
    }>(
      baseUrl,
      'query($c: ID!) { verifyAuditLog(collaborationId: $c, full: true) { valid checkedRecords firstBrokenSeq reason } }',
      { c: IDS.collaboration },
      facilitator,
    );
    const final = await auditCounts(client);
    if (!chain.valid || chain.checkedRecords !== final.records)
      throw new Error(
        `THE AUDIT CHAIN DOES NOT VERIFY: ${JSON.stringify(chain)} (${final.records} records)`,
      );

    const sharedRatio = ratio(sharedFigures.requestsPerSecond, plainFigures.requestsPerSecond);
    results['mutations'] = { ...writes, auditRecords: recorded };
    results['reads'] = {
      sharedContent: sharedFigures,
      sharedList: listFigures,
      plain: plainFigures,
      answerBytes,
      auditRecordsPerRead,
    };
    results['auditChain'] = chain;
    results['summary'] = {
      mutationsPerSecond: writes.requestsPerSecond,
      sharedContentRatio: sharedRatio,
      sharedContentToListRatio: ratio(
        sharedFigures.requestsPerSecond,
        listFigures.requestsPerSecond,
      ),
      auditRecordsPerRead,
      targets: {
        mutationsPerSecond: `>= ${TARGETS.mutationsPerSecond}`,
        sharedContentRatio: `>= ${TARGETS.sharedContentRatio}`,
      },
      met:
        writes.requestsPerSecond >= TARGETS.mutationsPerSecond &&
        sharedRatio >= TARGETS.sharedContentRatio,
    };
    console.log('\nSummary:', results['summary'], 'audit chain:', chain);
  } finally {
    await client.end();
    for (const api of apis) await api.stop();
    await db.stop();
  }
  results['loadAverage'] = { before: loadBefore, after: loadAverage() };
  writeResults('write-throughput', results);
}

run(main);
