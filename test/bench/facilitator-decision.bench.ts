/*
 * Benchmark (not a test): the facilitator approves a disclosure request with redactions.
 *
 * Seeds one collaboration with 50 organizations and 5,000 items in a moderated area, each with
 * a history (one approved request, two grants, their ledger entries and a valid audit chain of
 * 25,000 records), and enough pending requests, each for three recipients, proposing to hide a
 * field and a sentence of the text. Every decision approves the next pending request and hides
 * one more field and sentence from its first recipient (canonical-text spans).
 *
 * Measures, with autocannon at 1 and then 16 connections, the real API (GraphQL
 * `approveDisclosure` with a bearer session: access rules, locks, validation, grants, ledger
 * entries, notifications, audit append) against a bare node:http + pg server writing the same rows with hand-written SQL in one
 * transaction (the request and its collaboration locked, the grants, the request's decision, the
 * ledger entries, the notifications, the audit records under the chain's advisory lock and hash).
 * The bare server trusts its input: no session, no validation of the spans, no hidden-value check.
 * Checks that both wrote the same rows per decision and that the audit chain still verifies.
 * Prints throughputs, p50/p99 and their ratios; writes .data/bench/facilitator-decision.json.
 *
 *   npm run bench:decision
 *   BENCH_SECONDS=5 npm run bench:decision
 *   DATABASE_URL=postgres://… npm run bench:decision
 */
import { AuditContent, AuditKeyring, GENESIS_HASH, recordMac } from '@alianza/audit';
import { canonicalText, normalizeSpans, sentenceSpans, type Span } from '@alianza/redaction';
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import {
  Api,
  BareError,
  BareServer,
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
  measure,
  ORGANIZATIONS,
  ratio,
  run,
  seedBase,
  startApi,
  startBareServer,
  writeResults,
  BENCH_AUDIT_KEY,
} from './support';

const ITEMS = 5_000;
const RECIPIENTS = 3;
/**
 * Concurrent decisions: one at a time (the cost of a decision), then `CONNECTIONS` (decisions in
 * one collaboration wait for each other: throughput is bound by how long each holds its locks).
 */
const LEVELS = [1, CONNECTIONS];
/** Pending requests seeded up front: enough for 500 decisions a second in each run (warm-up included). */
const PENDING = (1 + 2 * LEVELS.length) * DURATION * 500;
const AREA_VALUE = '25.00';

/** Spans of the canonical text: the owner proposes to hide one sentence, the facilitator another. */
const SENTENCES = sentenceSpans(canonicalText(ITEM_BODY));
const PROPOSED = { fieldKeys: ['supplier'], spans: [SENTENCES[1]] };
const ADDED = { fieldKeys: ['cost'], spans: [SENTENCES[SENTENCES.length - 1]] };
const MESSAGE = 'Aprobado; el coste unitario queda oculto para el primer destinatario.';

const DECIDE = `mutation Decide($requestId: ID!, $input: ApproveDisclosureInput) {
  approveDisclosure(requestId: $requestId, input: $input) { id status decidedAt } }`;

interface Redaction {
  fieldKeys: string[];
  spans: Span[];
}

interface DecisionVariables {
  requestId: string;
  input: { message: string; perRecipient: { organizationId: string; redaction: Redaction }[] };
}

/** The mutation's body for one pending request (the same for the API and the bare server). */
function decisionBody(request: { id: string; firstRecipient: string }): string {
  const variables: DecisionVariables = {
    requestId: request.id,
    input: {
      message: MESSAGE,
      perRecipient: [{ organizationId: request.firstRecipient, redaction: ADDED }],
    },
  };
  return JSON.stringify({ query: DECIDE, variables });
}

/** Items, each with one approved request to two organizations, its grants and ledger entries. */
async function seedItems(db: Client): Promise<void> {
  const series = `generate_series(0, ${ITEMS - 1}) n JOIN bench_org o ON o.i = n % ${ORGANIZATIONS}`;
  await db.query(
    `INSERT INTO ledger_settings (collaboration_id, valuation_scale, area_values) VALUES ($1, 'points', $2)`,
    [IDS.collaboration, { [IDS.area]: AREA_VALUE }],
  );
  await db.query(
    `INSERT INTO items (id, collaboration_id, area_id, owner_organization_id, owner_participation_id, current_version, created_by)
    SELECT md5('item' || n)::uuid, $1, $2, o.org_id, o.part_id, 1, o.user_id FROM ${series}`,
    [IDS.collaboration, IDS.area],
  );
  await db.query(
    `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
    SELECT md5('version' || n)::uuid, $1, md5('item' || n)::uuid, o.org_id, 1, 'Informe de costes ' || n, $2, $3,
           'internal_only', o.user_id
      FROM ${series}`,
    [IDS.collaboration, ITEM_BODY, JSON.stringify(ITEM_FIELDS)],
  );
  await db.query(
    `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
      owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by,
      decided_by, decided_at, created_at)
    SELECT md5('request' || n)::uuid, $1, md5('item' || n)::uuid, md5('version' || n)::uuid, $2, o.org_id, o.part_id,
           'named', ARRAY[r1.org_id, r2.org_id], $4, 'approved', o.user_id, $3,
           now() - (${ITEMS} - n) * interval '1 minute', now() - (${ITEMS} - n + 10) * interval '1 minute'
      FROM ${series}
      JOIN bench_org r1 ON r1.i = (o.i + 4) % ${ORGANIZATIONS}
      JOIN bench_org r2 ON r2.i = (o.i + 5) % ${ORGANIZATIONS}`,
    [IDS.collaboration, IDS.area, IDS.facilitator, PROPOSED],
  );
  await db.query(
    `INSERT INTO grants (reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id,
      recipient_organization_id, recipient_participation_id, redaction, created_at)
    SELECT upper(substr(md5('grant' || r.id || p.organization_id), 1, 12)), r.collaboration_id, r.id, r.item_id,
           r.item_version_id, r.area_id, r.owner_organization_id, p.organization_id, p.id, r.proposed_redaction, r.decided_at
      FROM disclosure_requests r
      JOIN participations p ON p.organization_id = ANY (r.recipient_organization_ids)`,
  );
  await db.query(
    `INSERT INTO ledger_entries (collaboration_id, giver_organization_id, receiver_organization_id, contribution_type,
      description, value, occurred_on, source, grant_id, status, decided_by, decided_at)
    SELECT collaboration_id, owner_organization_id, recipient_organization_id, 'information',
           'Disclosure ref. ' || reference, $1, created_at::date, 'disclosure', id, 'confirmed', $2, created_at
      FROM grants`,
    [AREA_VALUE, IDS.facilitator],
  );
}

type AuditRow = AuditContent & { prevHash: string; hash: string };

type AuditEntry = Omit<AuditRow, 'collaborationId' | 'seq' | 'createdAt' | 'prevHash' | 'hash'>;

/** The key the API keys its records with (ADR 0016): the bare server does the same work. */
const KEY = new AuditKeyring(BENCH_AUDIT_KEY).current;

/** Chains entries after the head (seq, hash) as the audit service does. */
function chain(head: { seq: number; hash: string } | undefined, entries: AuditEntry[], at: Date) {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return entries.map((entry): AuditRow => {
    seq += 1;
    const record = {
      ...entry,
      collaborationId: IDS.collaboration,
      seq,
      createdAt: at,
    };
    const hash = recordMac(KEY.mac, KEY.id, prevHash, record);
    const row = { ...record, prevHash, hash };
    prevHash = hash;
    return row;
  });
}

const INSERT_AUDIT = `
INSERT INTO audit_records (collaboration_id, seq, action, actor_user_id, subject_type, subject_id, organization_id,
  counterpart_organization_id, payload, prev_hash, hash, created_at, mac_kind, key_id)
SELECT "collaborationId", seq, action, "actorUserId", "subjectType", "subjectId", "organizationId",
       "counterpartOrganizationId", payload, "prevHash", hash, "createdAt", 'hmac-sha256', '${KEY.id}'
  FROM jsonb_to_recordset($1::jsonb) AS x("collaborationId" uuid, seq int, action text, "actorUserId" uuid,
       "subjectType" text, "subjectId" uuid, "organizationId" uuid, "counterpartOrganizationId" uuid, payload jsonb,
       "prevHash" text, hash text, "createdAt" timestamptz)`;

/** The audit chain of the history: per approved request, the approval, its grants, its entries. */
async function seedAuditHistory(db: Client): Promise<number> {
  const { rows } = await db.query<{
    id: string;
    owner: string;
    decided_at: Date;
    grants: { id: string; reference: string; recipient: string; version: string; ledger: string }[];
  }>(
    `SELECT r.id, r.owner_organization_id AS owner, r.decided_at,
            json_agg(json_build_object('id', g.id, 'reference', g.reference, 'recipient', g.recipient_organization_id,
                                       'version', g.item_version_id, 'ledger', l.id) ORDER BY g.recipient_organization_id) AS grants
       FROM disclosure_requests r
       JOIN grants g ON g.request_id = r.id
       JOIN ledger_entries l ON l.grant_id = g.id
      GROUP BY r.id
      ORDER BY r.decided_at, r.id`,
  );
  let head: { seq: number; hash: string } | undefined;
  let batch: AuditRow[] = [];
  let total = 0;
  for (const request of rows) {
    const records = chain(
      head,
      approvalEntries(request.id, request.owner, request.grants),
      request.decided_at,
    );
    head = records[records.length - 1];
    batch.push(...records);
    if (batch.length >= 5_000 || request === rows[rows.length - 1]) {
      await db.query(INSERT_AUDIT, [JSON.stringify(batch)]);
      total += batch.length;
      batch = [];
    }
  }
  return total;
}

/** What the API appends for an approval: the decision, each grant, each ledger entry. */
function approvalEntries(
  requestId: string,
  ownerOrganizationId: string,
  grants: {
    id: string;
    reference: string;
    recipient: string;
    version: string;
    ledger: string;
    value?: string;
    redaction?: Redaction;
  }[],
  message: string | null = null,
): AuditEntry[] {
  const actor = { actorUserId: IDS.facilitator };
  return [
    {
      ...actor,
      action: 'disclosure.approved',
      subjectType: 'DisclosureRequest',
      subjectId: requestId,
      organizationId: ownerOrganizationId,
      counterpartOrganizationId: null,
      payload: { acknowledgedOverlapIds: [], message },
    },
    ...grants.map((grant) => ({
      ...actor,
      action: 'grant.created',
      subjectType: 'Grant',
      subjectId: grant.id,
      organizationId: ownerOrganizationId,
      counterpartOrganizationId: grant.recipient,
      payload: {
        reference: grant.reference,
        recipientOrganizationId: grant.recipient,
        itemVersionId: grant.version,
        redaction: grant.redaction ?? PROPOSED,
        validUntil: null,
      },
    })),
    ...grants.map((grant) => ({
      ...actor,
      action: 'ledger.entry_from_disclosure',
      subjectType: 'LedgerEntry',
      subjectId: grant.ledger,
      organizationId: ownerOrganizationId,
      counterpartOrganizationId: grant.recipient,
      payload: { value: grant.value ?? AREA_VALUE, grantId: grant.id },
    })),
  ];
}

/** Pending requests, oldest first: each to the three organizations after its owner's. */
async function seedPending(db: Client): Promise<{ id: string; firstRecipient: string }[]> {
  const recipients = Array.from(
    { length: RECIPIENTS },
    (_, k) => `JOIN bench_org r${k} ON r${k}.i = (o.i + ${k + 1}) % ${ORGANIZATIONS}`,
  ).join('\n');
  const { rows } = await db.query<{ id: string; first_recipient: string }>(
    `INSERT INTO disclosure_requests (collaboration_id, item_id, item_version_id, area_id, owner_organization_id,
      owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by,
      note, created_at)
    SELECT $1, md5('item' || (n % ${ITEMS}))::uuid, md5('version' || (n % ${ITEMS}))::uuid, $2, o.org_id, o.part_id,
           'named', ARRAY[${Array.from({ length: RECIPIENTS }, (_, k) => `r${k}.org_id`).join(', ')}], $3,
           'pending', o.user_id, 'Para comparar costes', now() - (${PENDING} - n) * interval '1 second'
      FROM generate_series(0, ${PENDING - 1}) n
      JOIN bench_org o ON o.i = (n % ${ITEMS}) % ${ORGANIZATIONS}
      ${recipients}
    RETURNING id, recipient_organization_ids[1] AS first_recipient, created_at`,
    [IDS.collaboration, IDS.area, PROPOSED],
  );
  return rows.map((r) => ({ id: r.id, firstRecipient: r.first_recipient }));
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newReference = (): string =>
  Array.from(randomBytes(10), (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');

const mergeRedactions = (a: Redaction, b: Redaction | undefined): Redaction => ({
  fieldKeys: [...new Set([...a.fieldKeys, ...(b?.fieldKeys ?? [])])].sort(),
  spans: normalizeSpans([...a.spans, ...(b?.spans ?? [])]),
});

const LOCK_REQUEST = `
SELECT r.collaboration_id, r.owner_organization_id, r.status, r.recipient_organization_ids, r.proposed_redaction,
       c.status AS collaboration_status
  FROM disclosure_requests r JOIN collaborations c ON c.id = r.collaboration_id
 WHERE r.id = $1
   FOR UPDATE`;

const INSERT_GRANTS = `
INSERT INTO grants (reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id,
  recipient_organization_id, recipient_participation_id, redaction, valid_until)
SELECT x.reference, r.collaboration_id, r.id, r.item_id, r.item_version_id, r.area_id, r.owner_organization_id,
       p.organization_id, p.id, x.redaction, r.expires_at
  FROM disclosure_requests r
  JOIN unnest($2::uuid[], $3::text[], $4::jsonb[]) AS x(organization_id, reference, redaction) ON true
  JOIN participations p ON p.collaboration_id = r.collaboration_id AND p.organization_id = x.organization_id
                       AND p.status = 'accepted'
 WHERE r.id = $1
RETURNING id, reference, recipient_organization_id, item_version_id, redaction, valid_until`;

const DECIDE_REQUEST = `
UPDATE disclosure_requests
   SET status = 'approved', decided_by = $2, decided_at = now(), decision_message = $3,
       acknowledged_overlap_ids = '{}', acknowledged_hidden_values = '[]', updated_at = now()
 WHERE id = $1
RETURNING decided_at`;

const INSERT_LEDGER = `
INSERT INTO ledger_entries (collaboration_id, giver_organization_id, receiver_organization_id, contribution_type,
  description, value, occurred_on, source, grant_id, status, decided_by, decided_at)
SELECT g.collaboration_id, g.owner_organization_id, g.recipient_organization_id, 'information',
       'Disclosure ref. ' || g.reference, coalesce((s.area_values ->> g.area_id::text)::numeric, 0), current_date,
       'disclosure', g.id, 'confirmed', $2, now()
  FROM grants g LEFT JOIN ledger_settings s ON s.collaboration_id = g.collaboration_id
 WHERE g.request_id = $1
RETURNING id, grant_id, value::text`;

const INSERT_NOTIFICATIONS = `
INSERT INTO notifications (user_id, collaboration_id, kind, title, payload)
SELECT r.requested_by, r.collaboration_id, 'disclosure.decided', 'Approved: "' || v.title || '"',
       jsonb_build_object('requestId', r.id, 'status', 'approved')
  FROM disclosure_requests r JOIN item_versions v ON v.id = r.item_version_id
 WHERE r.id = $1
UNION ALL
SELECT m.user_id, g.collaboration_id, 'grant.received', 'Shared with you: "' || v.title || '"',
       jsonb_build_object('grantId', g.id, 'reference', g.reference)
  FROM grants g
  JOIN item_versions v ON v.id = g.item_version_id
  JOIN organization_memberships m ON m.organization_id = g.recipient_organization_id
 WHERE g.request_id = $1`;

/** The decision with hand-written SQL, in one transaction. */
async function decideBare(body: string, pool: Pool): Promise<unknown> {
  const { requestId, input } = (JSON.parse(body) as { variables: DecisionVariables }).variables;
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    const [request] = (await db.query(LOCK_REQUEST, [requestId])).rows;
    if (!request) throw new BareError(404, 'Disclosure request not found.');
    if (request.status !== 'pending' || request.collaboration_status === 'closed')
      throw new BareError(409, 'This request was already decided, or its collaboration is closed.');
    const extra = new Map(input.perRecipient.map((e) => [e.organizationId, e.redaction]));
    const recipients: string[] = request.recipient_organization_ids;
    const grants = (
      await db.query(INSERT_GRANTS, [
        requestId,
        recipients,
        recipients.map(() => newReference()),
        recipients.map((id) =>
          JSON.stringify(mergeRedactions(request.proposed_redaction, extra.get(id))),
        ),
      ])
    ).rows;
    if (grants.length !== recipients.length)
      throw new BareError(409, 'A recipient no longer takes part in the collaboration.');
    const [decided] = (await db.query(DECIDE_REQUEST, [requestId, IDS.facilitator, input.message]))
      .rows;
    const ledger = new Map(
      (await db.query(INSERT_LEDGER, [requestId, IDS.facilitator])).rows.map((e) => [
        e.grant_id,
        e,
      ]),
    );
    await db.query(INSERT_NOTIFICATIONS, [requestId]);
    // The chain: one appender at a time per collaboration; the head is read once the lock is held.
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [
      request.collaboration_id,
    ]);
    const [head] = (
      await db.query(
        `SELECT seq, hash FROM audit_records WHERE collaboration_id = $1 ORDER BY seq DESC LIMIT 1`,
        [request.collaboration_id],
      )
    ).rows;
    const entries = approvalEntries(
      requestId,
      request.owner_organization_id,
      grants.map((g) => ({
        id: g.id,
        reference: g.reference,
        recipient: g.recipient_organization_id,
        version: g.item_version_id,
        ledger: ledger.get(g.id).id,
        value: ledger.get(g.id).value,
        redaction: g.redaction,
      })),
      input.message,
    );
    await db.query(INSERT_AUDIT, [JSON.stringify(chain(head, entries, new Date()))]);
    await db.query('COMMIT');
    return {
      data: {
        approveDisclosure: { id: requestId, status: 'APPROVED', decidedAt: decided.decided_at },
      },
    };
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

const COUNTED = ['grants', 'ledger_entries', 'notifications', 'audit_records'] as const;

async function counts(db: Client): Promise<Record<string, number>> {
  const [row] = (
    await db.query(
      `SELECT (SELECT count(*) FROM disclosure_requests WHERE status = 'approved' AND decided_by = $1)::int AS decisions,
              ${COUNTED.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`,
      [IDS.facilitator],
    )
  ).rows;
  return row;
}

/** The counts once the requests still in flight when autocannon stopped have finished. */
async function settledCounts(db: Client): Promise<Record<string, number>> {
  let last = await counts(db);
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await counts(db);
    if (now['decisions'] === last['decisions']) return now;
    last = now;
  }
}

type Measured = Figures & { decisions: number; rowsPerDecision: Record<string, number> };

/** Runs one measurement and checks, in the database, what it wrote per decision. */
async function measured(db: Client, load: () => Promise<Figures>): Promise<Measured> {
  const before = await settledCounts(db);
  const figures = await load();
  const after = await settledCounts(db);
  const decisions = after['decisions'] - before['decisions'];
  if (decisions < figures.ok || decisions > figures.ok + CONNECTIONS)
    throw new Error(`${figures.ok} answers counted, ${decisions} decisions recorded`);
  const rowsPerDecision = Object.fromEntries(
    COUNTED.map((t) => [t, +((after[t] - before[t]) / decisions).toFixed(2)]),
  );
  return { ...figures, decisions, rowsPerDecision };
}

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const db = await createDatabase('facilitator-decision');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const results: Record<string, unknown> = {
    organizations: ORGANIZATIONS,
    items: ITEMS,
    recipientsPerRequest: RECIPIENTS,
    pendingRequests: PENDING,
    connections: LEVELS,
    durationSeconds: DURATION,
  };
  let api: Api | undefined;
  let bare: BareServer | undefined;
  try {
    console.log('Seeding…');
    await seedBase(client);
    await seedItems(client);
    const history = await seedAuditHistory(client);
    const pending = await seedPending(client);
    await client.query('ANALYZE');
    results['auditRecordsSeeded'] = history;
    let next = 0;
    let exhausted = false;
    const nextBody = (): string => {
      if (next === pending.length - 1) exhausted = true;
      return decisionBody(pending[Math.min(next++, pending.length - 1)]);
    };

    api = await startApi(db);
    bare = await startBareServer(db, decideBare);
    const token = await login(api.baseUrl, FACILITATOR_EMAIL);
    const check = (_status: number, body: string) => !body.includes('"errors"');
    const { variables } = JSON.parse(nextBody()) as { variables: DecisionVariables };
    const first = await graphql<{ approveDisclosure: { status: string } }>(
      api.baseUrl,
      DECIDE,
      variables,
      token,
    );
    if (first.approveDisclosure.status !== 'APPROVED') throw new Error('The API did not approve');

    const apiLoad = {
      url: `${api.baseUrl}/graphql`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      nextBody,
      check,
    };
    const bareLoad = {
      url: bare.baseUrl,
      headers: { 'content-type': 'application/json' },
      nextBody,
      check,
    };
    await measure(apiLoad); // warm-up
    const row = ({ decisions, rowsPerDecision, ...figures }: Measured) => ({
      ...figures,
      decisions,
      ...rowsPerDecision,
    });
    const ratios: Record<string, number> = {};
    for (const connections of LEVELS) {
      console.log(`\n${connections} connection(s): measuring (${DURATION}s each)…`);
      const apiFigures = await measured(client, () => measure({ ...apiLoad, connections }));
      const bareFigures = await measured(client, () => measure({ ...bareLoad, connections }));
      ratios[connections] = ratio(apiFigures.requestsPerSecond, bareFigures.requestsPerSecond);
      results[`connections_${connections}`] = {
        api: apiFigures,
        bare: bareFigures,
        throughputRatio: ratios[connections],
      };
      console.table({ api: row(apiFigures), bare: row(bareFigures) });
    }
    if (exhausted) throw new Error('The pending requests ran out: seed more (PENDING).');
    const verification = await graphql<{
      verifyAuditLog: { valid: boolean; checkedRecords: number };
    }>(
      api.baseUrl,
      'query($c: ID!) { verifyAuditLog(collaborationId: $c) { valid checkedRecords } }',
      { c: IDS.collaboration },
      token,
    );
    if (!verification.verifyAuditLog.valid) throw new Error('The audit chain does not verify');
    results['auditChain'] = verification.verifyAuditLog;
    results['summary'] = { throughputRatioByConnections: ratios };
    console.log('\nSummary:', results['summary'], 'audit chain:', verification.verifyAuditLog);
  } finally {
    await client.end();
    await api?.stop();
    await bare?.stop();
    await db.stop();
  }
  results['loadAverage'] = { before: loadBefore, after: loadAverage() };
  writeResults('facilitator-decision', results);
}

run(main);
