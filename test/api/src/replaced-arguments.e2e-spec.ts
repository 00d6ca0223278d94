import { Api, GqlResponse, TestUser } from '../support/api';

const AREAS = `query($c: ID!) { areas(collaborationId: $c) { id description archivedAt } }`;
const OVERLAPS = `query($c: ID!) { overlaps(collaborationId: $c) { id note } }`;
const PROPOSALS = `query($c: ID!) { plan(collaborationId: $c) {
  milestones { id proposalStatus tasks { id proposalStatus } } } }`;
const ROUNDS = `query($c: ID!) { benchmarkRounds(collaborationId: $c) { id closedAt } }`;

const UPDATE_AREA = `mutation($areaId: ID, $id: ID, $d: String!) {
  updateArea(areaId: $areaId, id: $id, input: { description: $d }) { id description } }`;
const ARCHIVE_AREA = `mutation($areaId: ID, $id: ID, $input: SetAreaArchivedInput, $archived: Boolean) {
  setAreaArchived(areaId: $areaId, id: $id, input: $input, archived: $archived) { id archivedAt } }`;
const UPDATE_OVERLAP = `mutation($overlapId: ID, $id: ID, $note: String!) {
  updateOverlap(overlapId: $overlapId, id: $id, input: { note: $note }) { id note } }`;
const REMOVE_OVERLAP = `mutation($overlapId: ID, $id: ID) {
  removeOverlap(overlapId: $overlapId, id: $id) { id } }`;
const CLOSE_ROUND = `mutation($roundId: ID, $id: ID) {
  closeBenchmarkRound(roundId: $roundId, id: $id) { id closedAt } }`;
const DECIDE_MILESTONE = `mutation($m: ID!, $input: ProposalDecisionInput, $accept: Boolean) {
  decideMilestoneProposal(milestoneId: $m, input: $input, accept: $accept) { id proposalStatus } }`;
const DECIDE_TASK = `mutation($t: ID!, $input: ProposalDecisionInput, $accept: Boolean) {
  decideTaskProposal(taskId: $t, input: $input, accept: $accept) { id proposalStatus } }`;

/** The refusal of a call that gives neither or both forms of a replaced argument. */
function expectRefusal(res: GqlResponse, field: string): void {
  expect(res.data).toBeNull();
  expect(res.errors?.[0]).toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', details: { field } },
  });
  expect(res.errors?.[0]?.message).toContain(`"${field}"`);
}

/**
 * Mutations whose arguments now follow the API's conventions (issue 19): the new form works, the
 * deprecated one still does until it is removed, and giving neither or both is refused with
 * BAD_USER_INPUT naming the argument to use, without changing anything.
 */
describe('replaced arguments of the area, overlap, benchmark, plan and ledger mutations', () => {
  const t = new Api();
  let facilitator: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgA: string;
  let orgB: string;
  let c: string;
  let area: string;

  const areaNow = async () =>
    (await t.ok(AREAS, { c }, facilitator)).areas.find((a: { id: string }) => a.id === area);
  const overlap = async () =>
    (
      await t.ok(
        `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o, note: "Antes" }) { id } }`,
        { a: area, o: [orgA, orgB] },
        facilitator,
      )
    ).declareOverlap.id as string;
  const overlapNow = async (id: string) =>
    (await t.ok(OVERLAPS, { c }, facilitator)).overlaps.find((o: { id: string }) => o.id === id);
  const round = async () =>
    (
      await t.ok(
        `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) { createBenchmarkRound(collaborationId: $c, input: $input) { id } }`,
        {
          c,
          input: {
            metricName: 'Rotación',
            k: 3,
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
            participantOrganizationIds: [orgA, orgB],
          },
        },
        facilitator,
      )
    ).createBenchmarkRound.id as string;
  const roundNow = async (id: string) =>
    (await t.ok(ROUNDS, { c }, facilitator)).benchmarkRounds.find(
      (r: { id: string }) => r.id === id,
    );
  const proposedMilestone = async () =>
    (
      await t.ok(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Propuesta" }) { id } }`,
        { c },
        ownerA,
      )
    ).createMilestone.id as string;
  const proposedTask = async (milestoneId: string) =>
    (
      await t.ok(
        `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Propuesta", responsibleOrganizationId: $o }) { id } }`,
        { m: milestoneId, o: orgA },
        ownerA,
      )
    ).createTask.id as string;
  const proposals = async () =>
    (await t.ok(PROPOSALS, { c }, facilitator)).plan.milestones as {
      id: string;
      proposalStatus: string;
      tasks: { id: string; proposalStatus: string }[];
    }[];
  const disputedEntry = async () => {
    const declared = await t.ok(
      `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: SUPPLY, description: "Harina", value: "2.50", occurredOn: "2026-11-01" }) { id } }`,
      { c, r: [orgA] },
      ownerB,
    );
    const entry = declared.declareContribution[0].id as string;
    await t.ok(
      `mutation($e: ID!) { disputeLedgerEntry(entryId: $e, input: { reason: "No llegó" }) { id } }`,
      { e: entry },
      ownerA,
    );
    return entry;
  };

  beforeAll(async () => {
    facilitator = await t.facilitator('replaced-args');
    ownerA = await t.user('replaced-args-a');
    ownerB = await t.user('replaced-args-b');
    orgA = await t.organization(ownerA, 'Argumentos A');
    orgB = await t.organization(ownerB, 'Argumentos B');
    c = await t.collaboration(facilitator, 'Argumentos');
    const rules = await t.publishGroundRules(facilitator, c);
    await t.acceptGroundRules(ownerA, await t.invite(facilitator, c, orgA), rules.id);
    await t.acceptGroundRules(ownerB, await t.invite(facilitator, c, orgB), rules.id);
    area = (
      await t.ok(
        `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "Compras", sensitivity: OPEN, description: "Inicial" }) { id } }`,
        { c },
        facilitator,
      )
    ).createArea.id;
  });

  it('updates an area by areaId, or by its deprecated id; neither or both change nothing', async () => {
    const byAreaId = await t.ok(UPDATE_AREA, { areaId: area, d: 'Nueva' }, facilitator);
    expect(byAreaId.updateArea).toEqual({ id: area, description: 'Nueva' });
    const byId = await t.ok(UPDATE_AREA, { id: area, d: 'Antigua' }, facilitator);
    expect(byId.updateArea).toEqual({ id: area, description: 'Antigua' });

    expectRefusal(await t.gql(UPDATE_AREA, { d: 'Ninguno' }, facilitator), 'areaId');
    expectRefusal(
      await t.gql(UPDATE_AREA, { areaId: area, id: area, d: 'Ambos' }, facilitator),
      'areaId',
    );
    expect((await areaNow()).description).toBe('Antigua');
  });

  it('refuses a malformed areaId, naming it', async () => {
    expectRefusal(await t.gql(UPDATE_AREA, { areaId: 'nope', d: 'X' }, facilitator), 'areaId');
    expectRefusal(await t.gql(UPDATE_AREA, { id: 'nope', d: 'X' }, facilitator), 'id');
  });

  it('archives an area with areaId and input, or the deprecated id and archived', async () => {
    const archived = await t.ok(
      ARCHIVE_AREA,
      { areaId: area, input: { archived: true } },
      facilitator,
    );
    expect(archived.setAreaArchived.archivedAt).toEqual(expect.any(String));
    const restored = await t.ok(ARCHIVE_AREA, { id: area, archived: false }, facilitator);
    expect(restored.setAreaArchived.archivedAt).toBeNull();
    // Each replaced argument is resolved on its own: the new id with the old flag works too.
    const mixed = await t.ok(ARCHIVE_AREA, { areaId: area, archived: false }, facilitator);
    expect(mixed.setAreaArchived.archivedAt).toBeNull();

    expectRefusal(await t.gql(ARCHIVE_AREA, { areaId: area }, facilitator), 'input');
    expectRefusal(
      await t.gql(
        ARCHIVE_AREA,
        { areaId: area, input: { archived: true }, archived: true },
        facilitator,
      ),
      'input',
    );
    expectRefusal(await t.gql(ARCHIVE_AREA, { input: { archived: true } }, facilitator), 'areaId');
    expectRefusal(
      await t.gql(ARCHIVE_AREA, { areaId: area, id: area, archived: true }, facilitator),
      'areaId',
    );
    expect((await areaNow()).archivedAt).toBeNull();
  });

  it('updates and removes an overlap by overlapId, or by its deprecated id', async () => {
    const first = await overlap();
    expect(
      (await t.ok(UPDATE_OVERLAP, { overlapId: first, note: 'Nueva' }, facilitator)).updateOverlap,
    ).toEqual({ id: first, note: 'Nueva' });
    expect(
      (await t.ok(UPDATE_OVERLAP, { id: first, note: 'Antigua' }, facilitator)).updateOverlap,
    ).toEqual({ id: first, note: 'Antigua' });
    expectRefusal(await t.gql(UPDATE_OVERLAP, { note: 'Ninguno' }, facilitator), 'overlapId');
    expectRefusal(
      await t.gql(UPDATE_OVERLAP, { overlapId: first, id: first, note: 'Ambos' }, facilitator),
      'overlapId',
    );
    expect((await overlapNow(first)).note).toBe('Antigua');

    expectRefusal(await t.gql(REMOVE_OVERLAP, {}, facilitator), 'overlapId');
    expectRefusal(
      await t.gql(REMOVE_OVERLAP, { overlapId: first, id: first }, facilitator),
      'overlapId',
    );
    expect(await overlapNow(first)).toBeDefined();
    await t.ok(REMOVE_OVERLAP, { overlapId: first }, facilitator);
    expect(await overlapNow(first)).toBeUndefined();
    const second = await overlap();
    await t.ok(REMOVE_OVERLAP, { id: second }, facilitator);
    expect(await overlapNow(second)).toBeUndefined();
  });

  it('closes a benchmark round by roundId, or by its deprecated id', async () => {
    const [first, second] = [await round(), await round()];
    expectRefusal(await t.gql(CLOSE_ROUND, {}, facilitator), 'roundId');
    expectRefusal(await t.gql(CLOSE_ROUND, { roundId: first, id: first }, facilitator), 'roundId');
    expect((await roundNow(first)).closedAt).toBeNull();

    const byRoundId = await t.ok(CLOSE_ROUND, { roundId: first }, facilitator);
    expect(byRoundId.closeBenchmarkRound).toEqual({ id: first, closedAt: expect.any(String) });
    const byId = await t.ok(CLOSE_ROUND, { id: second }, facilitator);
    expect(byId.closeBenchmarkRound).toEqual({ id: second, closedAt: expect.any(String) });
  });

  it('decides a proposed milestone with input, or the deprecated accept', async () => {
    const [first, second] = [await proposedMilestone(), await proposedMilestone()];
    expectRefusal(await t.gql(DECIDE_MILESTONE, { m: first }, facilitator), 'input');
    expectRefusal(
      await t.gql(
        DECIDE_MILESTONE,
        { m: first, input: { accept: true }, accept: true },
        facilitator,
      ),
      'input',
    );
    expect((await proposals()).find((m) => m.id === first)?.proposalStatus).toBe('PROPOSED');

    const accepted = await t.ok(
      DECIDE_MILESTONE,
      { m: first, input: { accept: true } },
      facilitator,
    );
    expect(accepted.decideMilestoneProposal).toEqual({ id: first, proposalStatus: 'ACCEPTED' });
    const declined = await t.ok(DECIDE_MILESTONE, { m: second, accept: false }, facilitator);
    expect(declined.decideMilestoneProposal).toEqual({ id: second, proposalStatus: 'DECLINED' });
  });

  it('decides a proposed task with input, or the deprecated accept', async () => {
    const milestone = (
      await t.ok(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Hito" }) { id } }`,
        { c },
        facilitator,
      )
    ).createMilestone.id as string;
    const [first, second] = [await proposedTask(milestone), await proposedTask(milestone)];
    const statusOf = async (id: string) =>
      (await proposals()).flatMap((m) => m.tasks).find((task) => task.id === id)?.proposalStatus;
    expectRefusal(await t.gql(DECIDE_TASK, { t: first }, facilitator), 'input');
    expectRefusal(
      await t.gql(DECIDE_TASK, { t: first, input: { accept: false }, accept: true }, facilitator),
      'input',
    );
    expect(await statusOf(first)).toBe('PROPOSED');

    const declined = await t.ok(DECIDE_TASK, { t: first, input: { accept: false } }, facilitator);
    expect(declined.decideTaskProposal).toEqual({ id: first, proposalStatus: 'DECLINED' });
    const accepted = await t.ok(DECIDE_TASK, { t: second, accept: true }, facilitator);
    expect(accepted.decideTaskProposal).toEqual({ id: second, proposalStatus: 'ACCEPTED' });
  });

  it('settles a dispute with settleLedgerDispute, or the deprecated settleLedgerEntry', async () => {
    const SETTLE = `mutation($e: ID!, $input: SettleLedgerDisputeInput!) {
      settleLedgerDispute(entryId: $e, input: $input) { id status settleReason } }`;
    const first = await disputedEntry();
    const noReason = await t.gql(
      SETTLE,
      { e: first, input: { uphold: true, reason: ' ' } },
      facilitator,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.reason' },
    });
    const upheld = await t.ok(
      SETTLE,
      { e: first, input: { uphold: true, reason: 'Hay albarán' } },
      facilitator,
    );
    expect(upheld.settleLedgerDispute).toEqual({
      id: first,
      status: 'CONFIRMED',
      settleReason: 'Hay albarán',
    });

    const second = await disputedEntry();
    const voided = await t.ok(
      `mutation($e: ID!) { settleLedgerEntry(entryId: $e, uphold: false, input: { reason: "Sin pruebas" }) { id status settleReason } }`,
      { e: second },
      facilitator,
    );
    expect(voided.settleLedgerEntry).toEqual({
      id: second,
      status: 'REJECTED',
      settleReason: 'Sin pruebas',
    });
  });
});
