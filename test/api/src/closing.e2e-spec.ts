import { canonicalJson } from '@alianza/audit';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';
import { ApiProcess, startApiProcess } from '../support/servers';

/** Closing: evaluations, the frozen final statement ("debe y haber"), a follow-up collaboration. */
describe('closing', () => {
  const t = new Api();
  let facilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C', string> = {} as never;
  let c: string;
  let objective: string;

  const move = (status: string, overrideReason?: string) =>
    t.gql(
      `mutation($c: ID!, $s: CollaborationStatus!, $o: String) { changeCollaborationStatus(collaborationId: $c, input: { status: $s, overrideReason: $o }) { status } }`,
      { c, s: status, o: overrideReason ?? null },
      facilitator,
    );
  const EVALUATE = `mutation($c: ID!, $input: EvaluationInput!) { submitEvaluation(collaborationId: $c, input: $input) { id organizationId } }`;

  beforeAll(async () => {
    facilitator = await t.facilitator('closer');
    c = await t.collaboration(facilitator, 'Cierre');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B', 'C'] as const) {
      owners[key] = await t.user(`close-${key}`);
      orgs[key] = await t.organization(owners[key], `Close ${key}`);
      await t.acceptGroundRules(owners[key], await t.invite(facilitator, c, orgs[key]), rules.id);
    }
    await move('ACTIVE');
    objective = (
      await t.ok(
        `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Ahorrar" }) { id } }`,
        { c },
        facilitator,
      )
    ).createObjective.id;
    const declared = await t.ok(
      `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: RECOMMENDATION, description: "Contacto", value: "12.50", occurredOn: "2026-11-10" }) { id } }`,
      { c, r: [orgs.B] },
      owners.A,
    );
    await t.ok(
      `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
      { e: declared.declareContribution[0].id },
      owners.B,
    );
  });

  it('accepts evaluations only while closing, and only of this plan and these parties', async () => {
    const early = await t.gql(
      EVALUATE,
      { c, input: { objectiveRatings: [{ objectiveId: objective, rating: 4 }] } },
      owners.A,
    );
    expect(early.errors?.[0]?.extensions.code).toBe('INVALID_TRANSITION');
    expect((await move('CLOSING')).data?.changeCollaborationStatus.status).toBe('CLOSING');
    const outOfRange = await t.gql(
      EVALUATE,
      { c, input: { objectiveRatings: [{ objectiveId: objective, rating: 6 }] } },
      owners.A,
    );
    expect(outOfRange.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const self = await t.gql(
      EVALUATE,
      { c, input: { peerRatings: [{ organizationId: orgs.A, rating: 5 }] } },
      owners.A,
    );
    expect(self.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    await t.ok(
      EVALUATE,
      {
        c,
        input: {
          objectiveRatings: [{ objectiveId: objective, rating: 4, comment: 'Bien' }],
          peerRatings: [{ organizationId: orgs.B, rating: 5 }],
        },
      },
      owners.A,
    );
    await t.ok(
      EVALUATE,
      { c, input: { objectiveRatings: [{ objectiveId: objective, rating: 3 }] } },
      owners.B,
    );
    await t.ok(EVALUATE, { c, input: { assessment: 'A dio más de lo que recibió.' } }, facilitator);
    const own = await t.listOf(c, 'evaluations', 'organizationId', owners.A);
    expect(own).toEqual([{ organizationId: orgs.A }]);
    const all = await t.listOf(c, 'evaluations', 'organizationId', facilitator);
    expect(all).toHaveLength(3);
  });

  it('refuses to close while an evaluation is missing, unless the facilitator overrides with a reason', async () => {
    const refused = await move('CLOSED');
    expect(refused.errors?.[0]).toMatchObject({
      extensions: {
        code: 'INVALID_TRANSITION',
        reason: 'EVALUATIONS_MISSING',
        details: { missingOrganizationIds: [orgs.C] },
      },
    });
    expect(
      (await move('CLOSED', 'C no respondió en tres semanas')).data?.changeCollaborationStatus
        .status,
    ).toBe('CLOSED');
  });

  it('freezes a final statement whose balances match the entries, and that the database will not change', async () => {
    const { collaboration } = await t.ok(
      `query($c: ID!) { collaboration(id: $c) { finalStatement { content hash overrideReason
         plan { milestonesDone milestonesTotal objectives { id title indicators { id current } } }
         balances { organizations { organizationId given received net }
                    pairs { giverOrganizationId receiverOrganizationId value } }
         evaluations { organizationId assessment objectiveRatings { objectiveId rating } peerRatings { organizationId rating } }
         missingEvaluations } } }`,
      { c },
      owners.B,
    );
    const statement = collaboration.finalStatement;
    const byOrg = Object.fromEntries(
      statement.balances.organizations.map((o: { organizationId: string }) => [
        o.organizationId,
        o,
      ]),
    );
    expect(byOrg[orgs.A]).toMatchObject({ given: '12.50', received: '0', net: '12.50' });
    expect(byOrg[orgs.B]).toMatchObject({ given: '0', received: '12.50', net: '-12.50' });
    expect(statement.balances.pairs).toEqual([
      { giverOrganizationId: orgs.A, receiverOrganizationId: orgs.B, value: '12.50' },
    ]);
    expect(statement.missingEvaluations).toEqual([orgs.C]);
    expect(statement.evaluations).toHaveLength(3);
    expect(statement).toMatchObject({
      overrideReason: 'C no respondió en tres semanas',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The typed fields are the stored content, and the hash seals exactly that content.
    const stored = JSON.parse(statement.content);
    expect(stored.balances).toEqual(statement.balances);
    expect(stored.missingEvaluations).toEqual(statement.missingEvaluations);
    expect(stored.plan.milestonesTotal).toBe(statement.plan.milestonesTotal);
    expect(createHash('sha256').update(canonicalJson(stored)).digest('hex')).toBe(statement.hash);
    const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
    await db.connect();
    try {
      await expect(
        db.query(`UPDATE final_statements SET hash = 'x' WHERE collaboration_id = $1`, [c]),
      ).rejects.toThrow(/immutable/);
    } finally {
      await db.end();
    }
  });

  it('starts a follow-up with chosen former participants and the final balance as its opening context', async () => {
    const FOLLOW = `mutation($from: ID!, $o: [ID!]) { startFollowUpCollaboration(collaborationId: $from, input: { title: "Segunda fase", organizationIds: $o }) {
      id status previousCollaborationId participations { organization { id } status } openingContext { hash } } }`;
    const stranger = await t.organization(await t.user('not-before'), 'Stranger');
    expect(
      (await t.gql(FOLLOW, { from: c, o: [stranger] }, facilitator)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.organizationIds' } });
    expect(
      (await t.gql(FOLLOW, { from: c, o: [orgs.A] }, owners.A)).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    const next = (await t.ok(FOLLOW, { from: c, o: [orgs.A, orgs.B] }, facilitator))
      .startFollowUpCollaboration;
    expect(next).toMatchObject({ status: 'DRAFT', previousCollaborationId: c });
    expect(
      next.participations
        .map((p: { organization: { id: string }; status: string }) => [p.organization.id, p.status])
        .sort(),
    ).toEqual(
      [
        [orgs.A, 'INVITED'],
        [orgs.B, 'INVITED'],
      ].sort(),
    );
    const { collaboration } = await t.ok(
      `query($c: ID!) { collaboration(id: $c) { finalStatement { hash } } }`,
      { c },
      facilitator,
    );
    expect(next.openingContext.hash).toBe(collaboration.finalStatement.hash);
  });
});

/**
 * Writes in a collaboration hold it open together; closing it waits for the writes under way, and
 * the writes that come while it closes wait for it and then find it closed (ADR 0020). The
 * database is made to hold each request at a chosen point (a row it needs is locked by the test),
 * and who waits for whom is read from PostgreSQL itself (`pg_blocking_pids`).
 */
describe('closing while writes are under way', () => {
  // An API process of its own, with a fresh pool: each request held at a lock below comes on a
  // new connection (the case the observer below is for), and no other suite's requests share
  // that pool meanwhile.
  let server: ApiProcess;
  let t: Api;
  const admin = new Client({ connectionString: process.env['ALIANZA_TEST_ADMIN_DATABASE_URL'] });
  // Who waits for whom is read on a connection of its own, outside the transaction holding the
  // test's locks: inside a transaction PostgreSQL keeps the first `pg_stat_activity` it read, so
  // a backend that connects later (the API's pool growing) would never show.
  const observer = new Client({ connectionString: process.env['ALIANZA_TEST_ADMIN_DATABASE_URL'] });
  let facilitator: TestUser;
  const owners: Record<'A' | 'B', TestUser> = {} as never;
  const orgs: Record<'A' | 'B', string> = {} as never;

  const PROPOSE = `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Inventario", responsibleOrganizationId: $o }) { id } }`;
  const DECLARE = `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: LABOUR, description: "Horas", value: "3", occurredOn: "2026-11-12" }) { id } }`;
  const CLOSE = `mutation($c: ID!) { changeCollaborationStatus(collaborationId: $c, input: { status: CLOSED, overrideReason: "Fin del plazo" }) { status } }`;
  const LOG = `query($c: ID!) { auditLog(collaborationId: $c, first: 100) { nodes { seq action subjectId } } }`;

  /** A collaboration of A and B, closing, with a milestone of its plan. */
  async function closingCollaboration(): Promise<{ c: string; milestone: string }> {
    const c = await t.collaboration(facilitator, 'Cierre con prisa');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B'] as const)
      await t.acceptGroundRules(owners[key], await t.invite(facilitator, c, orgs[key]), rules.id);
    const milestone = (
      await t.ok(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Cerrar" }) { id } }`,
        { c },
        facilitator,
      )
    ).createMilestone.id;
    for (const status of ['ACTIVE', 'CLOSING'])
      await t.ok(
        `mutation($c: ID!, $s: CollaborationStatus!) { changeCollaborationStatus(collaborationId: $c, input: { status: $s }) { status } }`,
        { c, s: status },
        facilitator,
      );
    return { c, milestone };
  }

  /** The backend that waits for one of `pid`'s locks (polled until there is one). */
  async function waitingFor(pid: number, others: number[] = []): Promise<number> {
    for (let i = 0; i < 200; i++) {
      const { rows } = await observer.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid)) AND NOT (pid = ANY ($2))`,
        [pid, others],
      );
      if (rows[0]) return rows[0].pid;
      await new Promise((r) => setTimeout(r, 50));
    }
    // Who waited for what, and what the API said meanwhile: enough to tell why from a CI log.
    const { rows } = await observer.query(
      `SELECT pid, application_name, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blocked_by
         FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`,
    );
    throw new Error(
      `Nothing came to wait for backend ${pid}:\n${JSON.stringify(rows)}\n${server.log().slice(-4000)}`,
    );
  }

  /** `work` must settle within `ms`: it waited for nothing it should not have. */
  const within = <T>(ms: number, work: Promise<T>): Promise<T> =>
    Promise.race([
      work,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`Still waiting after ${ms} ms`)), ms),
      ),
    ]);

  beforeAll(async () => {
    server = await startApiProcess('closing-locks', {});
    t = new Api(server.url);
    await Promise.all([admin.connect(), observer.connect()]);
    facilitator = await t.facilitator('rush-closer');
    for (const key of ['A', 'B'] as const) {
      owners[key] = await t.user(`rush-${key}`);
      orgs[key] = await t.organization(owners[key], `Rush ${key}`);
    }
  });

  // A test that failed half-way leaves no lock behind for the next one to mistake for its own.
  afterEach(() => admin.query('ROLLBACK'));

  afterAll(async () => {
    await Promise.all([admin.end(), observer.end()]);
    await server?.stop();
  });

  it('lets writes run side by side, waits for them to close, and refuses those that come meanwhile', async () => {
    const { c, milestone } = await closingCollaboration();
    const me: number = (await admin.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid;
    // A's proposal is held at its insert, holding the collaboration open: the test keeps the
    // milestone row it refers to locked.
    await admin.query('BEGIN');
    await admin.query(`SELECT 1 FROM plan_milestones WHERE id = $1 FOR UPDATE`, [milestone]);
    const proposal = t.gql(PROPOSE, { m: milestone, o: orgs.A }, owners.A);
    const proposing = await waitingFor(me);
    // Meanwhile B writes in the same collaboration, without waiting for A.
    const declared = await within(5_000, t.gql(DECLARE, { c, r: [orgs.A] }, owners.B));
    expect(declared.errors).toBeUndefined();
    // The close waits for A's proposal…
    const close = t.gql(CLOSE, { c }, facilitator);
    const closing = await waitingFor(proposing, [me]);
    // … and a write that comes now waits for the close (it does not slip in ahead of it).
    const late = t.gql(DECLARE, { c, r: [orgs.B] }, owners.A);
    await waitingFor(closing, [me, proposing]);
    await admin.query('COMMIT');

    const proposed = await proposal;
    expect(proposed.errors).toBeUndefined();
    expect((await close).data?.changeCollaborationStatus.status).toBe('CLOSED');
    expect((await late).errors?.[0]?.extensions.code).toBe('CONFLICT');
    // Nor does the facilitator decide on the proposal once closed.
    const decided = await t.gql(
      `mutation($t: ID!) { decideTaskProposal(taskId: $t, input: { accept: true }) { id } }`,
      { t: proposed.data?.createTask.id },
      facilitator,
    );
    expect(decided.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // In the log, both writes come before the close, and the late one is not there.
    const { auditLog } = await t.ok(LOG, { c }, facilitator);
    const seqOf = (action: string) =>
      (auditLog.nodes as { seq: number; action: string }[]).filter((n) => n.action === action);
    const [closed] = seqOf('COLLABORATION_STATUS_CHANGED').sort((a, b) => b.seq - a.seq);
    expect(seqOf('PLAN_TASK_PROPOSED')).toHaveLength(1);
    expect(seqOf('LEDGER_DECLARED')).toHaveLength(1);
    for (const write of [...seqOf('PLAN_TASK_PROPOSED'), ...seqOf('LEDGER_DECLARED')])
      expect(write.seq).toBeLessThan(closed!.seq);
  });

  it('makes a write that comes while the collaboration closes wait, then refuses it', async () => {
    const { c, milestone } = await closingCollaboration();
    const me: number = (await admin.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid;
    // The close is held at its final statement: the test has one for this collaboration in its
    // own transaction, not yet committed.
    await admin.query('BEGIN');
    await admin.query(
      `INSERT INTO final_statements (collaboration_id, content, hash, closed_by, closed_at)
       VALUES ($1, '{}', repeat('0', 64), $2, now())`,
      [c, facilitator.id],
    );
    const close = t.gql(CLOSE, { c }, facilitator);
    const closing = await waitingFor(me);
    const proposal = t.gql(PROPOSE, { m: milestone, o: orgs.A }, owners.A);
    await waitingFor(closing, [me]);
    await admin.query('ROLLBACK');

    expect((await close).data?.changeCollaborationStatus.status).toBe('CLOSED');
    expect((await proposal).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM plan_tasks WHERE milestone_id = $1`,
      [milestone],
    );
    expect(rows[0].n).toBe(0);
  });
});
