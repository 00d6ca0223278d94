import { Api, TestUser } from '../support/api';

const LOG = `query($c: ID!, $first: Int!, $after: String, $action: AuditAction, $actor: ID, $org: ID, $since: DateTime, $until: DateTime) {
  auditLog(collaborationId: $c, first: $first, after: $after, action: $action, actorUserId: $actor,
           organizationId: $org, since: $since, until: $until) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { seq action actorUserId actorKind actorName organizationId organizationName
            counterpartOrganizationId counterpartOrganizationName createdAt } } }`;
const PEOPLE = `query($c: ID!) { auditLogPeople(collaborationId: $c) { id displayName } }`;

interface Row {
  seq: number;
  action: string;
  actorUserId: string | null;
  actorKind: 'SYSTEM' | 'PERSON' | 'WITHHELD';
  actorName: string | null;
  organizationId: string | null;
  organizationName: string | null;
  counterpartOrganizationId: string | null;
  counterpartOrganizationName: string | null;
  createdAt: string;
}

/** The facilitator's audit log: names instead of ids, and filters by person, organization, action and period. */
describe('audit log names and filters', () => {
  const t = new Api();
  let facilitator: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgA: string;
  let orgB: string;
  let participationB: string;
  let c: string;

  const log = async (variables: Record<string, unknown>, as: TestUser = facilitator) =>
    (await t.ok(LOG, { c, first: 100, ...variables }, as)).auditLog as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Row[];
    };

  beforeAll(async () => {
    facilitator = await t.facilitator('Lucia');
    ownerA = await t.user('Ana');
    ownerB = await t.user('Beto');
    orgA = await t.organization(ownerA, 'Auditar A');
    orgB = await t.organization(ownerB, 'Auditar B');
    c = await t.collaboration(facilitator, 'Auditar');
    const rules = await t.publishGroundRules(facilitator, c);
    await t.acceptGroundRules(ownerA, await t.invite(facilitator, c, orgA), rules.id);
    participationB = await t.invite(facilitator, c, orgB);
    await t.acceptGroundRules(ownerB, participationB, rules.id);
    // B leaves: its person and its name stay in the log.
    await t.ok(
      `mutation($p: ID!) { withdrawParticipation(participationId: $p, input: { reason: "Nos vamos" }) { status } }`,
      { p: participationB },
      ownerB,
    );
  });

  it('names people and organizations, also those who left, for the facilitator', async () => {
    const { nodes } = await log({});
    const byActor = new Map(nodes.map((r) => [r.actorUserId, r.actorName]));
    expect(byActor.get(facilitator.id)).toBe('Lucia');
    expect(byActor.get(ownerA.id)).toBe('Ana');
    expect(byActor.get(ownerB.id)).toBe('Beto');
    for (const row of nodes) {
      if (row.organizationId === orgA) expect(row.organizationName).toMatch(/^Auditar A/);
      if (row.organizationId === orgB) expect(row.organizationName).toMatch(/^Auditar B/);
      if (row.actorUserId === null) expect(row.actorName).toBeNull();
    }
    expect(
      nodes.some((r) => r.action === 'PARTICIPATION_WITHDRAWN' && r.actorName === 'Beto'),
    ).toBe(true);
    expect((await t.ok(PEOPLE, { c }, facilitator)).auditLogPeople).toEqual([
      { id: ownerA.id, displayName: 'Ana' },
      { id: ownerB.id, displayName: 'Beto' },
      { id: facilitator.id, displayName: 'Lucia' },
    ]);
  });

  it('shows a participant its own records without naming the people in them', async () => {
    const { nodes } = await log({}, ownerA);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((r) => r.actorName === null)).toBe(true);
    expect(
      nodes
        .filter((r) => r.organizationId === orgA)
        .every((r) => r.organizationName?.startsWith('Auditar A')),
    ).toBe(true);
    const people = await t.gql(PEOPLE, { c }, ownerA);
    expect(people.errors?.[0]?.extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('gives a participant no other person’s id, and no filter by another person', async () => {
    const { nodes } = await log({}, ownerA);
    // Its own acceptance names it; the facilitator's invitation of its organization does not.
    expect(nodes).toContainEqual(
      expect.objectContaining({
        action: 'GROUND_RULES_ACCEPTED',
        actorUserId: ownerA.id,
        actorKind: 'PERSON',
      }),
    );
    expect(nodes).toContainEqual(
      expect.objectContaining({
        action: 'PARTICIPATION_INVITED',
        actorUserId: null,
        actorKind: 'WITHHELD',
      }),
    );
    expect(nodes.every((r) => r.actorUserId === null || r.actorUserId === ownerA.id)).toBe(true);
    expect(nodes.every((r) => (r.actorKind === 'PERSON') === (r.actorUserId === ownerA.id))).toBe(
      true,
    );
    const byFacilitator = await t.gql(LOG, { c, first: 10, actor: facilitator.id }, ownerA);
    expect(byFacilitator.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const bySelf = await log({ actor: ownerA.id }, ownerA);
    expect(bySelf.nodes.length).toBeGreaterThan(0);
    expect(bySelf.nodes.every((r) => r.actorUserId === ownerA.id)).toBe(true);
    // The facilitator still reads who acted.
    const all = await log({});
    expect(all.nodes.every((r) => (r.actorKind === 'SYSTEM') === (r.actorUserId === null))).toBe(
      true,
    );
  });

  it('filters by person, by organization and by action', async () => {
    const byA = await log({ actor: ownerA.id });
    expect(byA.nodes.length).toBeGreaterThan(0);
    expect(byA.totalCount).toBe(byA.nodes.length);
    expect(byA.nodes.every((r) => r.actorUserId === ownerA.id)).toBe(true);

    const aboutB = await log({ org: orgB });
    expect(aboutB.nodes.map((r) => r.action)).toEqual(
      expect.arrayContaining(['PARTICIPATION_INVITED', 'PARTICIPATION_WITHDRAWN']),
    );
    expect(
      aboutB.nodes.every((r) => r.organizationId === orgB || r.counterpartOrganizationId === orgB),
    ).toBe(true);

    const accepted = await log({ action: 'GROUND_RULES_ACCEPTED' });
    expect(accepted.nodes.map((r) => r.actorUserId).sort()).toEqual([ownerA.id, ownerB.id].sort());

    const combined = await log({ action: 'GROUND_RULES_ACCEPTED', org: orgA });
    expect(combined.nodes.map((r) => r.actorUserId)).toEqual([ownerA.id]);
  });

  it('filters by period, refusing one that ends before it starts', async () => {
    const all = await log({});
    const times = all.nodes.map((r) => new Date(r.createdAt).getTime());
    const oldest = new Date(Math.min(...times));
    const newest = new Date(Math.max(...times));
    expect((await log({ since: oldest.toISOString() })).totalCount).toBe(all.totalCount);
    expect((await log({ since: new Date(newest.getTime() + 1).toISOString() })).totalCount).toBe(0);
    expect((await log({ until: oldest.toISOString() })).totalCount).toBe(0);
    const upToNewest = await log({ until: new Date(newest.getTime() + 1).toISOString() });
    expect(upToNewest.totalCount).toBe(all.totalCount);
    const backwards = await t.gql(
      LOG,
      { c, first: 10, since: newest.toISOString(), until: oldest.toISOString() },
      facilitator,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'until' },
    });
  });

  it('pages through a filtered log', async () => {
    const all = await log({ org: orgA });
    expect(all.totalCount).toBe(2);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await log({ org: orgA, first: 1, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.nodes.map((r) => r.seq));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((r) => r.seq));
  });

  it('refuses a malformed person filter naming it', async () => {
    const res = await t.gql(LOG, { c, first: 10, actor: 'nobody' }, facilitator);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'actorUserId' },
    });
  });
});
