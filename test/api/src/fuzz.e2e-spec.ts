import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLSchema,
  IntrospectionQuery,
} from 'graphql';
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';
import {
  baselineArgs,
  FuzzCase,
  IdPool,
  leafPositions,
  malformedCases,
  Operation,
  pathText,
  randomMalformed,
  requestBody,
  withValue,
} from '../support/schema-fuzz';
import { buildWorld, World } from '../support/world';

/**
 * Schema-generated fuzz test of bad input. Every mutation, and every query with arguments, of
 * the LIVE schema (introspection) gets a valid-ish baseline (ids of real objects of the world),
 * then one position at a time a malformed value: NUL bytes, lone surrogates, huge strings,
 * ±1e308, -0, 2^31, impossible dates, nulls, wrong types, empty objects, deep lists, unknown
 * enum values. Each answer must carry a stable code that is not INTERNAL_SERVER_ERROR, no stack
 * or SQL; no refusal may come from the database (validation refuses first); and a refused
 * request must write nothing:
 * - every string of a request carries its own marker; at the end no row of any table may hold
 *   the marker of a refused request;
 * - requests go in batches; around each batch whose requests were all refused, a fingerprint of
 *   every row that refers to the world's users, organizations and collaborations must not move.
 *
 * FUZZ_REQUESTS raises the number of requests (5,000 by default: the catalog, then random
 * malformed values drawn by fast-check); FUZZ_SEED replays one run.
 *
 * `login` and `signUp` are left out (rate limited per IP: thousands of attempts would refuse
 * the other suites' sign-ins), and `logout` (it ends the session the fuzz reuses).
 * `changePassword` runs as a throwaway user, since it ends that user's other sessions.
 */
const TARGET = Number(process.env.FUZZ_REQUESTS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const BATCH = 16;
const LEFT_OUT = new Set(['login', 'signUp', 'logout']);
const ENDS_SESSIONS = new Set(['changePassword']);
const LEAK =
  /at .*\.ts:|\bSELECT |\bINSERT |\bUPDATE .* SET |syntax error at or near|violates|QueryFailedError|stacktrace/i;

/** Operations that make things run first, and those that end things last, so ids stay alive. */
function phase(name: string): number {
  if (
    /^(create|add|declare|make|publish|invite|ask|request|submit|register|upload|set|post)/.test(
      name,
    )
  )
    return 0;
  if (
    /^(withdraw|remove|revoke|decline|close|cancel|reject|dismiss|unpublish|settle|dispute|keep|changeCollaborationStatus)/.test(
      name,
    )
  )
    return 2;
  return 1;
}

interface Outcome {
  c: FuzzCase;
  status: number;
  codes: string[];
  ok: boolean;
  /**
   * Not carried out: no data, or an error at the operation itself. An error only inside the
   * result (a path below the root field) comes after the operation ran and committed: e.g. a
   * concurrent request of the batch changed what the refreshed actor may read.
   */
  refused: boolean;
  leak: boolean;
  messages: string[];
}

describe('schema-generated fuzz of bad input', () => {
  const t = new Api();
  let world: World;
  let schema: GraphQLSchema;
  let db: Client;
  let throwaway: TestUser;
  const pool: IdPool = new Map();

  beforeAll(async () => {
    world = await buildWorld(t);
    throwaway = await t.user('fuzz-password');
    const { __schema } = await t.ok<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema({ __schema });
    const seed: Record<string, string[]> = {
      Collaboration: [world.collaborationId],
      Participation: [world.participationA, world.participationB],
      GroundRulesVersion: [world.groundRulesVersionId],
      Organization: [world.orgA, world.orgB],
      OrganizationMembership: [world.membershipMA],
      ParticipationEntry: [world.entryA],
      Area: [world.areaM],
      Overlap: [world.overlapAB],
      Item: [world.itemA, world.openItemA],
      DisclosureRequest: [world.pendingRequestA],
      Grant: [world.grantToA],
      Publication: [world.publicationToA],
      Objective: [world.objective],
      Milestone: [world.milestone],
      PlanTask: [world.taskA],
      User: [world.users.userWithoutOrganization!.id],
    };
    for (const [type, ids] of Object.entries(seed)) pool.set(type, ids);
    db = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
  });

  /**
   * A fingerprint of every row that refers to one of `ids` (in any uuid column). Not the
   * notifications' `emailed_at`: the email job marks a notification once its request has
   * answered (ADR 24), whatever the requests that follow; nor a session's `last_seen_at`, which
   * every request marks (at most once a minute) whatever it asks.
   */
  async function fingerprintQuery(ids: string[]): Promise<() => Promise<string>> {
    const { rows } = await db.query<{ table: string; columns: string[] }>(
      `SELECT table_name AS table, array_agg(column_name::text ORDER BY column_name) AS columns
         FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'uuid'
        GROUP BY table_name ORDER BY table_name`,
    );
    const parts = rows.map(
      ({ table, columns }) =>
        `SELECT '${table}:' || md5((to_jsonb(x) - 'emailed_at' - 'last_seen_at')::text) AS h FROM "${table}" x WHERE ${columns
          .map((c) => `x."${c}" = ANY($1::uuid[])`)
          .join(' OR ')}`,
    );
    const sql = `SELECT count(*)::int AS n, md5(coalesce(string_agg(h, ',' ORDER BY h), '')) AS fp
                   FROM (${parts.join(' UNION ALL ')}) rows`;
    return async () => {
      const { rows: r } = await db.query<{ n: number; fp: string }>(sql, [ids]);
      return `${r[0]!.n}:${r[0]!.fp}`;
    };
  }

  async function send(c: FuzzCase, as: TestUser): Promise<Outcome> {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${as.token}`)
      .send(requestBody(c));
    const text = res.text;
    let body: {
      data?: Record<string, unknown> | null;
      errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
    } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: counted as a failure below (no code)
    }
    const errors = body.errors ?? [];
    const ok = errors.length === 0 && body.data != null && body.data[c.op.field.name] != null;
    if (ok) collectIds(body.data![c.op.field.name]);
    const belowRoot = errors.length > 0 && errors.every((e) => (e.path?.length ?? 0) > 1);
    return {
      c,
      status: res.status,
      codes: errors.length
        ? errors.map((e) => e.extensions?.code ?? 'NO_CODE')
        : ok
          ? []
          : ['NO_DATA'],
      ok,
      refused: !ok && !belowRoot,
      leak: LEAK.test(text),
      messages: errors.map((e) => e.message),
    };
  }

  function collectIds(result: unknown): void {
    for (const r of Array.isArray(result) ? result : [result]) {
      const { __typename, id } = (r ?? {}) as { __typename?: string; id?: string };
      if (!__typename || !id) continue;
      const ids = pool.get(__typename) ?? [];
      if (!ids.includes(id)) pool.set(__typename, [...ids, id]);
    }
  }

  it(`answers ${TARGET}+ malformed requests without an internal error, a leak or a write`, async () => {
    console.log(`fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), at least ${TARGET} requests`);
    const facilitator = world.users.facilitator!;
    const owner = world.ownerA;
    const member = world.users.activeParticipant!;
    const worldIds = [
      ...Object.values(world.users).flatMap((u) => (u?.id ? [u.id] : [])),
      world.ownerB.id,
      world.ownerO.id,
      throwaway.id,
      world.orgA,
      world.orgB,
      world.orgI,
      world.orgO,
      world.collaborationId,
      world.otherCollaborationId,
    ];
    const fingerprint = await fingerprintQuery(worldIds);

    const ops: Operation[] = [
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !LEFT_OUT.has(f.name))
        .map((field) => ({ kind: 'mutation' as const, field })),
      ...Object.values(schema.getQueryType()!.getFields())
        .filter((f) => f.args.length > 0)
        .map((field) => ({ kind: 'query' as const, field })),
    ].sort(
      (a, b) =>
        Number(a.kind === 'mutation') - Number(b.kind === 'mutation') ||
        phase(a.field.name) - phase(b.field.name) ||
        a.field.name.localeCompare(b.field.name),
    );

    let n = 0;
    const next = () => ++n;
    const marker = (i: number) => `fz${i}x`;
    const outcomes: Outcome[] = [];
    const userOf = new Map<string, TestUser>();
    let checkedBatches = 0;
    let uncheckedBatches = 0;
    const writesByRefused: string[] = [];
    let before = await fingerprint();

    async function runBatch(cases: FuzzCase[]): Promise<void> {
      const results = await Promise.all(cases.map((c) => send(c, userOf.get(c.op.field.name)!)));
      outcomes.push(...results);
      const after = await fingerprint();
      if (results.some((r) => !r.refused)) {
        uncheckedBatches++;
      } else {
        checkedBatches++;
        if (after !== before) {
          writesByRefused.push(
            cases.map((c) => `#${c.n} ${c.op.field.name} ${c.path} ${c.label}`).join(' | '),
          );
        }
      }
      before = after;
    }

    for (const op of ops) {
      // Whoever may do it: a baseline that the guard does not refuse picks the user.
      const candidates = ENDS_SESSIONS.has(op.field.name)
        ? [throwaway]
        : [facilitator, owner, member];
      for (const user of candidates) {
        userOf.set(op.field.name, user);
        const i = next();
        const base: FuzzCase = {
          n: i,
          op,
          path: '',
          label: 'baseline',
          args: baselineArgs(op, marker(i), pool),
          inline: false,
        };
        const [result] = await Promise.all([send(base, user)]);
        outcomes.push(result!);
        before = await fingerprint();
        if (!result!.codes.some((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED'))
          break;
      }
      const cases = [...malformedCases(op, pool, marker, next)];
      for (let i = 0; i < cases.length; i += BATCH) await runBatch(cases.slice(i, i + BATCH));
    }

    // Beyond the catalog: random malformed values (fast-check, seeded) at random positions.
    const leaves = ops.flatMap((op) => leafPositions(op, pool).map((p) => ({ op, p })));
    const extra = Math.max(0, TARGET - outcomes.length);
    if (extra > 0) {
      const picks = fc.sample(
        fc
          .integer({ min: 0, max: leaves.length - 1 })
          .chain((k) =>
            randomMalformed(getNamedType(leaves[k]!.p.type)).map((bad) => ({ k, bad })),
          ),
        { seed: SEED, numRuns: extra },
      );
      const cases = picks.map(({ k, bad }) => {
        const { op, p } = leaves[k]!;
        const i = next();
        return {
          n: i,
          op,
          path: pathText(p.path),
          label: bad.label,
          args: withValue(baselineArgs(op, marker(i), pool), p.path, bad.value),
          inline: i % 5 === 0,
        };
      });
      for (let i = 0; i < cases.length; i += BATCH) await runBatch(cases.slice(i, i + BATCH));
    }

    // No row anywhere may hold the marker of a refused request.
    const refused = new Set(outcomes.filter((o) => o.refused).map((o) => o.c.n));
    const { rows: tables } = await db.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const written = new Set<number>();
    /** Where each marker was found, to say so when a refused request's marker is. */
    const writtenIn = new Map<number, string>();
    // A marker is a word of the text it was sent in ("fz4x text", "fz4x@…"): inside a run of
    // letters and digits (a password hash's base64, "…jDfz4x4zS…") it is chance, not a write.
    const MARKED = '(^|[^A-Za-z0-9+/])fz[0-9]+x([^A-Za-z0-9+/]|$)';
    for (const { table } of tables) {
      const { rows } = await db.query<{ row: string }>(
        `SELECT row_to_json(x)::text AS row FROM "${table}" x WHERE row_to_json(x)::text ~ '${MARKED}'`,
      );
      for (const { row } of rows)
        for (const m of row.matchAll(/(?<![A-Za-z0-9+/])fz(\d+)x(?![A-Za-z0-9+/])/g)) {
          written.add(Number(m[1]));
          writtenIn.set(Number(m[1]), `${table}: ${row.slice(0, 300)}`);
        }
    }
    const markedByRefused = outcomes.filter((o) => written.has(o.c.n) && refused.has(o.c.n));

    const internal = outcomes.filter(
      (o) => o.codes.includes('INTERNAL_SERVER_ERROR') || o.status >= 500,
    );
    const leaks = outcomes.filter((o) => o.leak);
    const noCode = outcomes.filter((o) => o.codes.includes('NO_CODE'));
    // Refusals worded by the database error mapping: the database, not the input rule, refused.
    const byDatabase = outcomes.filter((o) =>
      o.messages.some((m) =>
        /^(The input is not valid|This refers to something that does not exist)\.$/.test(m),
      ),
    );
    const codes = new Map<string, number>();
    for (const o of outcomes)
      for (const code of o.ok ? ['OK'] : new Set(o.codes))
        codes.set(code, (codes.get(code) ?? 0) + 1);
    const describe = (o: Outcome) =>
      `#${o.c.n} ${o.c.op.field.name}(${o.c.path || 'baseline'}) ${o.c.label}${o.c.inline ? ' [inline]' : ''}: ${o.status} ${o.codes.join(',')} ${o.messages.join(' / ').slice(0, 160)}`;
    console.log(
      [
        `fuzz: ${outcomes.length} requests over ${ops.length} operations (seed ${SEED})`,
        `answers: ${[...codes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
        `succeeded with a fuzzed value: ${outcomes.filter((o) => o.ok).length}; refused: ${refused.size}`,
        `internal errors: ${internal.length}; leaks: ${leaks.length}; without a code: ${noCode.length}`,
        `refused by the database rather than by validation: ${byDatabase.length}`,
        `write checks: ${checkedBatches} all-refused batches fingerprinted (${uncheckedBatches} batches with a success not checked), ${written.size} markers found in rows`,
        ...internal.slice(0, 60).map((o) => `  internal ${describe(o)}`),
        ...leaks.slice(0, 10).map((o) => `  leak ${describe(o)}`),
        ...byDatabase.slice(0, 40).map((o) => `  database ${describe(o)}`),
        ...markedByRefused
          .slice(0, 40)
          .map((o) => `  written ${describe(o)} — in ${writtenIn.get(o.c.n) ?? '?'}`),
      ].join('\n'),
    );
    if (process.env['FUZZ_REPORT']) {
      writeFileSync(
        process.env['FUZZ_REPORT'],
        [...internal, ...leaks, ...byDatabase].map(describe).join('\n'),
      );
    }
    expect(outcomes.length).toBeGreaterThanOrEqual(TARGET);
    expect(internal.map(describe)).toEqual([]);
    expect(leaks.map(describe)).toEqual([]);
    expect(noCode.map(describe)).toEqual([]);
    expect(byDatabase.map(describe)).toEqual([]);
    expect(writesByRefused).toEqual([]);
    expect(markedByRefused.map(describe)).toEqual([]);
  }, 600_000);
});
