import { AUDIT_ACTION_PARTIES, AuditAction } from '@alianza/shared';
import { Api, TestUser } from '../support/api';
import { buildWorld, World } from '../support/world';

const LOG = `query($c: ID!, $first: Int!, $after: String) {
  auditLog(collaborationId: $c, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id seq action actorUserId actorKind organizationId counterpartOrganizationId } } }`;

interface Row {
  id: string;
  seq: number;
  action: keyof typeof AuditAction;
  actorUserId: string | null;
  actorKind: 'SYSTEM' | 'PERSON' | 'WITHHELD';
  organizationId: string | null;
  counterpartOrganizationId: string | null;
}

interface LogPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Row[];
}

/** Who among the participants reads an action's records, as `AUDIT_ACTION_PARTIES` declares. */
const partiesOf = (row: Row) => AUDIT_ACTION_PARTIES[AuditAction[row.action]];

/** The readable actions the story below writes, each with the organizations it declares. */
const WRITTEN: (keyof typeof AuditAction)[] = [
  'PARTICIPATION_INVITED',
  'PARTICIPATION_DECLINED',
  'GROUND_RULES_ACCEPTED',
  'ITEM_CREATED',
  'ITEM_EDITED',
  'DISCLOSURE_REQUESTED',
  'DISCLOSURE_APPROVED',
  'DISCLOSURE_AUTO_APPROVED',
  'DISCLOSURE_CHANGES_REQUESTED',
  'DISCLOSURE_REJECTED',
  'DISCLOSURE_WITHDRAWN',
  'GRANT_CREATED',
  'GRANT_READ',
  'GRANT_KEPT',
  'GRANT_REVOKED',
  'LEDGER_ENTRY_FROM_DISCLOSURE',
  'LEDGER_DECLARED',
  'LEDGER_CONFIRMED',
  'LEDGER_DISPUTED',
  'LEDGER_SETTLED',
  'LEDGER_PLEDGED',
  'LEDGER_PLEDGE_FULFILLED',
  'LEDGER_PLEDGE_CANCELLED',
  'PLAN_MILESTONE_PROPOSED',
  'PLAN_TASK_CREATED',
  'PLAN_TASK_PROPOSED',
  'PLAN_TASK_STATUS',
  'PLAN_TASK_UPDATED',
  'PLAN_PROPOSAL_ACCEPTED',
  'PLAN_PROPOSAL_DECLINED',
  'PLAN_RESOURCE_ADDED',
  'PLAN_PROGRESS',
  'ACTIVITY_DECLARED',
  'BENCHMARK_SUBMITTED',
  'INQUIRY_ASKED',
  'INQUIRY_ANSWERED',
  'CLOSING_EVALUATED',
];

/** And some of those only the facilitator reads. */
const FACILITATOR_ONLY: (keyof typeof AuditAction)[] = [
  'COLLABORATION_CREATED',
  'COLLABORATION_STATUS_CHANGED',
  'GROUND_RULES_PUBLISHED',
  'AREA_CREATED',
  'OVERLAP_DECLARED',
  'PUBLICATION_PUBLISHED',
  'LEDGER_SETTINGS',
  'PLAN_OBJECTIVE_CREATED',
  'PLAN_MILESTONE_CREATED',
  'ACTIVITY_OPTIONS_SET',
  'BENCHMARK_ROUND_CREATED',
];

/**
 * docs/audit-log.md, against the API: a story in which every party acts, then each reader's
 * `auditLog` checked against the facilitator's (an oracle: the records naming the reader's
 * organizations) and against `AUDIT_ACTION_PARTIES`, which declares who reads each action.
 */
describe('audit records each participant reads', () => {
  const t = new Api();
  let w: World;
  let facilitator: TestUser;
  let memberA: TestUser;
  let ownerI: TestUser;
  let everything: Row[];

  const log = async (as: TestUser): Promise<Row[]> => {
    const rows: Row[] = [];
    for (let after: string | null = null; ;) {
      const page: LogPage = (
        await t.ok<{ auditLog: LogPage }>(LOG, { c: w.collaborationId, first: 100, after }, as)
      ).auditLog;
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return rows;
      after = page.pageInfo.endCursor;
    }
  };
  const ok = <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown>,
    as: TestUser,
  ) => t.ok<T>(query, variables, as);

  beforeAll(async () => {
    w = await buildWorld(t);
    facilitator = w.users.facilitator!;
    memberA = w.users.activeParticipant!;
    ownerI = w.users.invitedNotAccepted!;
    const c = w.collaborationId;

    // Invitations: I declines.
    await ok(
      `mutation($p: ID!) { declineInvitation(participationId: $p, input: { reason: "No" }) { id } }`,
      { p: w.participationI },
      ownerI,
    );

    // Items and disclosure. A reads what B shared with it (GRANT_READ, B as counterpart).
    await ok(
      `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { grantId content { body } } } }`,
      { c },
      memberA,
    );
    await ok(
      `mutation($i: ID!) { editItem(itemId: $i, input: { title: "A in M, again", body: "Body 2" }) { id } }`,
      { i: w.itemA },
      w.ownerA,
    );
    await ok(
      `mutation($r: ID!) { requestDisclosureChanges(requestId: $r, input: { message: "Less" }) { id } }`,
      { r: w.pendingRequestA },
      facilitator,
    );
    const request = async (as: TestUser, itemId: string, recipient: string) =>
      (
        await ok<{ requestDisclosure: { id: string; grants: { id: string }[] } }>(
          `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id grants { id } } }`,
          { i: itemId, r: [recipient] },
          as,
        )
      ).requestDisclosure;
    // In the open area: approved at once, then kept by the facilitator and revoked by its owner.
    const open = await request(w.ownerA, w.openItemA, w.orgB);
    const [openGrant] = open.grants;
    await ok(
      `mutation($g: ID!) { keepGrant(grantId: $g, input: { message: "Agreed" }) { id } }`,
      { g: openGrant!.id },
      facilitator,
    );
    await ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Enough" }) { state } }`,
      { g: openGrant!.id },
      w.ownerA,
    );
    const rejected = await request(w.ownerB, await itemOfB('B rejected'), w.orgA);
    await ok(
      `mutation($r: ID!) { rejectDisclosure(requestId: $r, input: { message: "No" }) { id } }`,
      { r: rejected.id },
      facilitator,
    );
    const withdrawn = await request(w.ownerB, await itemOfB('B withdrawn'), w.orgA);
    await ok(
      `mutation($r: ID!) { withdrawDisclosureRequest(requestId: $r) { id } }`,
      { r: withdrawn.id },
      w.ownerB,
    );

    // Ledger: declared, confirmed, disputed and settled; pledges fulfilled and cancelled.
    const declare = async (description: string) =>
      (
        await ok<{ declareContribution: { id: string }[] }>(
          `mutation($c: ID!, $r: [ID!]!, $d: String!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: CARE, description: $d, value: "1", occurredOn: "2026-11-01" }) { id } }`,
          { c, r: [w.orgB], d: description },
          memberA,
        )
      ).declareContribution[0]!.id;
    const confirmed = await declare('Confirmed');
    await ok(
      `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
      { e: confirmed },
      w.ownerB,
    );
    const disputed = await declare('Disputed');
    await ok(
      `mutation($e: ID!) { disputeLedgerEntry(entryId: $e, input: { reason: "No" }) { id } }`,
      { e: disputed },
      w.ownerB,
    );
    await ok(
      `mutation($e: ID!) { settleLedgerEntry(entryId: $e, uphold: true, input: { reason: "Proven" }) { id } }`,
      { e: disputed },
      facilitator,
    );
    const pledge = async () =>
      (
        await ok<{ makePledge: { id: string } }>(
          `mutation($c: ID!, $r: ID) { makePledge(collaborationId: $c, input: { receiverOrganizationId: $r, contributionType: CARE, description: "Care", dueOn: "2099-01-01" }) { id } }`,
          { c, r: w.orgB },
          w.ownerA,
        )
      ).makePledge.id;
    await ok(
      `mutation($p: ID!, $e: [ID!]!) { fulfilPledge(pledgeId: $p, input: { entryIds: $e }) { id } }`,
      { p: await pledge(), e: [confirmed] },
      w.ownerA,
    );
    await ok(
      `mutation($p: ID!) { cancelPledge(pledgeId: $p, input: { reason: "Changed plans" }) { id } }`,
      { p: await pledge() },
      w.ownerA,
    );

    // Plan: A works on its task; B proposes; the facilitator decides, adds and reports.
    await ok(
      `mutation($t: ID!) { setTaskStatus(taskId: $t, input: { status: DOING }) { id } }`,
      { t: w.taskA },
      memberA,
    );
    await ok(
      `mutation($m: ID!, $t: ID!) { postProgress(input: { milestoneId: $m, taskId: $t, text: "Half" }) { id } }`,
      { m: w.milestone, t: w.taskA },
      memberA,
    );
    await ok(
      `mutation($m: ID!) { postProgress(input: { milestoneId: $m, text: "On track" }) { id } }`,
      { m: w.milestone },
      facilitator,
    );
    const proposed = await ok<{ createMilestone: { id: string } }>(
      `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "B's idea" }) { id } }`,
      { c },
      w.ownerB,
    );
    await ok(
      `mutation($m: ID!) { decideMilestoneProposal(milestoneId: $m, input: { accept: true }) { id } }`,
      { m: proposed.createMilestone.id },
      facilitator,
    );
    const proposedTask = await ok<{ createTask: { id: string } }>(
      `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "B's task", responsibleOrganizationId: $o }) { id } }`,
      { m: w.milestone, o: w.orgB },
      w.ownerB,
    );
    await ok(
      `mutation($t: ID!) { decideTaskProposal(taskId: $t, input: { accept: false }) { id } }`,
      { t: proposedTask.createTask.id },
      facilitator,
    );
    // B proposes a task for A: both read the proposal and the decision (B the proposer, A the
    // counterpart it would fall to).
    const proposedForA = await ok<{ createTask: { id: string } }>(
      `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "A task B proposes", responsibleOrganizationId: $o }) { id } }`,
      { m: w.milestone, o: w.orgA },
      w.ownerB,
    );
    await ok(
      `mutation($t: ID!) { decideTaskProposal(taskId: $t, input: { accept: true }) { id } }`,
      { t: proposedForA.createTask.id },
      facilitator,
    );
    const declinedForA = await ok<{ createTask: { id: string } }>(
      `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Another for A", responsibleOrganizationId: $o }) { id } }`,
      { m: w.milestone, o: w.orgA },
      w.ownerB,
    );
    await ok(
      `mutation($t: ID!) { decideTaskProposal(taskId: $t, input: { accept: false }) { id } }`,
      { t: declinedForA.createTask.id },
      facilitator,
    );
    await ok(
      `mutation($m: ID!, $o: ID) { addResource(milestoneId: $m, input: { kind: NEEDED, description: "Van", providerOrganizationId: $o }) { id } }`,
      { m: w.milestone, o: w.orgA },
      facilitator,
    );
    const taskB = await ok<{ createTask: { id: string } }>(
      `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Task of B", responsibleOrganizationId: $o }) { id } }`,
      { m: w.milestone, o: w.orgB },
      facilitator,
    );
    // Handed over to A: the record names A, the organization now responsible.
    await ok(
      `mutation($t: ID!, $o: ID) { updateTask(taskId: $t, input: { responsibleOrganizationId: $o }) { id } }`,
      { t: taskB.createTask.id, o: w.orgA },
      facilitator,
    );

    // Activity, benchmarking, questions.
    const [option] = (
      await ok<{ setActivityOptions: { id: string }[] }>(
        `mutation($a: ID!) { setActivityOptions(areaId: $a, input: { dimension: MARKET, labels: ["North"] }) { id } }`,
        { a: w.areaM },
        facilitator,
      )
    ).setActivityOptions;
    await ok(
      `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId } }`,
      { a: w.areaM, o: [option!.id] },
      w.ownerA,
    );
    const round = await ok<{ createBenchmarkRound: { id: string } }>(
      `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) { createBenchmarkRound(collaborationId: $c, input: $input) { id } }`,
      {
        c,
        input: {
          metricName: 'Cost',
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          participantOrganizationIds: [w.orgA, w.orgB],
        },
      },
      facilitator,
    );
    await ok(
      `mutation($r: ID!) { submitBenchmarkValue(roundId: $r, value: 7.5) { id } }`,
      { r: round.createBenchmarkRound.id },
      w.ownerB,
    );
    const question = await ok<{ askQuestion: { id: string } }>(
      `mutation($c: ID!) { askQuestion(collaborationId: $c, input: { body: "Prices?" }) { id } }`,
      { c },
      memberA,
    );
    await ok(
      `mutation($id: ID!) { answerQuestion(id: $id, input: { answer: "Aggregates only." }) { id } }`,
      { id: question.askQuestion.id },
      facilitator,
    );

    // Closing: B evaluates.
    await ok(
      `mutation($id: ID!) { changeCollaborationStatus(id: $id, status: CLOSING) { id } }`,
      { id: c },
      facilitator,
    );
    await ok(
      `mutation($c: ID!, $o: ID!) { submitEvaluation(collaborationId: $c, input: { assessment: "Fine", peerRatings: [{ organizationId: $o, rating: 4 }] }) { id } }`,
      { c, o: w.orgA },
      w.ownerB,
    );

    everything = await log(facilitator);
  });

  /** A new item of B's in area M, for a request that ends without grants. */
  async function itemOfB(title: string): Promise<string> {
    const { createItem } = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: "Body" }) { itemId } }`,
      { p: w.participationB, a: w.areaM, t: title },
      w.ownerB,
    );
    return createItem.itemId;
  }

  it('writes a good part of the log, readable and not', () => {
    const written = new Set(everything.map((r) => r.action));
    expect([...WRITTEN, ...FACILITATOR_ONLY].filter((a) => !written.has(a))).toEqual([]);
  });

  it('names organizations only in the records of actions declared as naming them', () => {
    const wrong = everything
      .filter(
        (r) =>
          (r.organizationId !== null && partiesOf(r) === 'none') ||
          (r.counterpartOrganizationId !== null &&
            (partiesOf(r) !== 'organization-and-counterpart' || r.organizationId === null)),
      )
      .map((r) => `${r.action}: ${partiesOf(r)}`);
    expect(wrong).toEqual([]);
  });

  it('names the organizations each action written is declared to name, in some record', () => {
    const naming = (pick: (r: Row) => string | null) =>
      new Set(everything.filter((r) => pick(r) !== null).map((r) => r.action));
    const organization = naming((r) => r.organizationId);
    const counterpart = naming((r) => r.counterpartOrganizationId);
    const written = [...new Set(everything.map((r) => r.action))];
    const declared = (action: keyof typeof AuditAction) =>
      AUDIT_ACTION_PARTIES[AuditAction[action]];
    expect(
      written.filter(
        (action) =>
          (declared(action) !== 'none') !== organization.has(action) ||
          (declared(action) === 'organization-and-counterpart') !== counterpart.has(action),
      ),
    ).toEqual([]);
  });

  describe.each([
    ['the owner of A', (w: World) => w.ownerA, (w: World) => [w.orgA]],
    ['a member of A', (w: World) => w.users.activeParticipant!, (w: World) => [w.orgA]],
    ['the owner of B', (w: World) => w.ownerB, (w: World) => [w.orgB]],
    [
      'the owner of I, which declined',
      (w: World) => w.users.invitedNotAccepted!,
      (w: World) => [w.orgI],
    ],
  ])('%s', (_, reader, organizationsOf) => {
    let rows: Row[];
    let organizations: Set<string>;
    let people: Set<string>;

    beforeAll(async () => {
      rows = await log(reader(w));
      organizations = new Set(organizationsOf(w));
      // Its own people: the members of its organization.
      const A = [w.ownerA.id, w.users.activeParticipant!.id];
      people = new Set(
        organizations.has(w.orgA)
          ? A
          : organizations.has(w.orgB)
            ? [w.ownerB.id]
            : [w.users.invitedNotAccepted!.id],
      );
    });

    it('reads exactly the records that name its organization', () => {
      const about = (r: Row) =>
        organizations.has(r.organizationId ?? '') ||
        organizations.has(r.counterpartOrganizationId ?? '');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.id).sort()).toEqual(
        everything
          .filter(about)
          .map((r) => r.id)
          .sort(),
      );
    });

    it('reads only actions declared readable by participants', () => {
      expect(rows.filter((r) => partiesOf(r) === 'none').map((r) => r.action)).toEqual([]);
      // Named as counterpart only by actions declared to name one.
      expect(
        rows
          .filter((r) => !organizations.has(r.organizationId ?? ''))
          .filter((r) => partiesOf(r) !== 'organization-and-counterpart')
          .map((r) => r.action),
      ).toEqual([]);
    });

    it('sees no person outside its own people', () => {
      const strangers = rows.filter((r) => r.actorUserId !== null && !people.has(r.actorUserId));
      expect(strangers.map((r) => r.action)).toEqual([]);
      for (const r of rows) {
        const actedBy = everything.find((e) => e.id === r.id)!.actorUserId;
        expect(r.actorKind).toBe(
          actedBy === null ? 'SYSTEM' : people.has(actedBy) ? 'PERSON' : 'WITHHELD',
        );
      }
    });
  });

  it('shows nothing to organizations outside the collaboration', async () => {
    for (const outsider of [
      w.users.memberOfOutsideOrganization!,
      w.users.participantOfAnotherCollaboration!,
    ]) {
      const res = await t.gql<{ auditLog: { nodes: Row[] } }>(
        LOG,
        { c: w.collaborationId, first: 100 },
        outsider,
      );
      expect(res.data?.auditLog.nodes ?? []).toEqual([]);
    }
  });
});
