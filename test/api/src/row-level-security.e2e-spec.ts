import { randomBytes } from 'node:crypto';
import {
  Claim,
  Claims,
  ENTER_CLAIM_SQL,
  runtimeRoleProblems,
  signClaim,
  SystemJob,
} from '@alianza/db';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';
import { challengeOf, enableTwoFactor } from '../support/two-factor';

/**
 * The database alone isolates (issue 12, ADR 0015). One scenario is built through the real API;
 * then every table under row-level security is read raw (`SELECT *`, no filter) as the API's own
 * role, under each viewer's signed claim, and the rows that come back are compared with an
 * oracle written here from the product rules (ADR 0003, ADR 0015, the ability factory), applied
 * in TypeScript to the owner's full view of the same snapshot. Then the API's credentials are
 * tried as an attacker would.
 */

type Row = Record<string, any>;
type UserKey =
  | 'f1'
  | 'f2'
  | 'admin'
  | 'ownerA'
  | 'ownerB'
  | 'memberB'
  | 'ownerC'
  | 'ownerD'
  | 'ownerW'
  | 'ownerE';
type OrgKey = 'A' | 'B' | 'C' | 'D' | 'W' | 'E';
type Status = 'invited' | 'accepted' | 'withdrawn';

interface ParticipationModel {
  id: string;
  collaborationId: string;
  organizationId: string;
  status: Status;
  acceptedVersion: number | null;
}

/** What the scenario is, as the oracle knows it: ids and facts, never read from the database. */
interface Scenario {
  users: Record<UserKey, TestUser>;
  admins: Set<string>;
  facilitatorUsers: Set<string>;
  orgs: Record<OrgKey, string>;
  c1: string;
  c2: string;
  currentVersion: Map<string, number>;
  participations: ParticipationModel[];
  memberships: { userId: string; organizationId: string; owner: boolean }[];
  facilitators: { userId: string; collaborationId: string }[];
  grants: Record<'AB' | 'AC' | 'BA' | 'BW' | 'BC' | 'CB' | 'WA' | 'EA' | 'AE', string>;
  /** B's item with a document, granted to A (ADR 0030). */
  documentGrant: string;
}

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

/**
 * Collaboration C1 (facilitator F1): A, B (owner and member), C active, then C left behind by a
 * new version of the ground rules it does not accept; D invited only; W takes part, receives a
 * grant, gives one, and withdraws. Areas, an overlap A–B, items with versions, requests approved
 * into grants (one revoked, one expired, one revoked by W's leaving), one pending, a publication,
 * the plan with a confidential resource, ledger entries and a pledge, two benchmark rounds (only
 * one lets the facilitator see values), declared activity and customer lists, a reviewed detected
 * overlap, a private question and a published answer. Collaboration C2 (facilitator F2): E and
 * A active, an item of each granted to the other, A's question, a ledger entry, a milestone,
 * evaluations and the final statement.
 */
async function buildScenario(t: Api, owner: Client): Promise<Scenario> {
  const [f1, f2, adminSession] = await Promise.all([
    t.facilitator('rls-F1'),
    t.facilitator('rls-F2'),
    t.admin(),
  ]);
  const me = await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, adminSession);
  const admin = { ...adminSession, id: me.me.id };
  const plain = await Promise.all(
    ['ownerA', 'ownerB', 'memberB', 'ownerC', 'ownerD', 'ownerW', 'ownerE'].map((k) =>
      t.user(`rls-${k}`),
    ),
  );
  const [ownerA, ownerB, memberB, ownerC, ownerD, ownerW, ownerE] = plain as [
    TestUser,
    TestUser,
    TestUser,
    TestUser,
    TestUser,
    TestUser,
    TestUser,
  ];
  const users: Record<UserKey, TestUser> = {
    f1,
    f2,
    admin,
    ownerA,
    ownerB,
    memberB,
    ownerC,
    ownerD,
    ownerW,
    ownerE,
  };
  const ownerOf: Record<OrgKey, TestUser> = {
    A: ownerA,
    B: ownerB,
    C: ownerC,
    D: ownerD,
    W: ownerW,
    E: ownerE,
  };
  const orgs = {} as Record<OrgKey, string>;
  for (const key of Object.keys(ownerOf) as OrgKey[])
    orgs[key] = await t.organization(ownerOf[key], `RLS ${key}`);
  await t.addMember(ownerB, orgs.B, memberB);
  // Pending invitations: one to an account (memberB, into A), one to an address without one.
  await t.inviteMember(ownerA, orgs.A, memberB.email);
  await t.inviteMember(ownerC, orgs.C, t.uniqueEmail('nobody'), 'OWNER');

  const participations: ParticipationModel[] = [];
  const currentVersion = new Map<string, number>();
  const part = (c: string, org: OrgKey) =>
    participations.find((p) => p.collaborationId === c && p.organizationId === orgs[org])!;
  const join = async (
    f: TestUser,
    c: string,
    keys: OrgKey[],
    accepting: OrgKey[],
    rules: string,
  ) => {
    for (const key of keys) {
      const id = await t.invite(f, c, orgs[key]);
      participations.push({
        id,
        collaborationId: c,
        organizationId: orgs[key],
        status: 'invited',
        acceptedVersion: null,
      });
      if (accepting.includes(key)) {
        await t.acceptGroundRules(ownerOf[key], id, rules);
        Object.assign(part(c, key), { status: 'accepted', acceptedVersion: 1 });
      }
    }
  };
  const activate = (f: TestUser, c: string) =>
    t.ok(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: ACTIVE }) { id } }`,
      { id: c },
      f,
    );
  const areaNamed = async (f: TestUser, c: string, name: string) =>
    (await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', f)).find(
      (a) => a.name === name,
    )!.id;
  const createItem = async (as: TestUser, participationId: string, areaId: string, title: string) =>
    (
      await t.ok<{ createItem: { itemId: string } }>(
        `mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: "Body of ${title}" }) { itemId } }`,
        { p: participationId, a: areaId, t: title },
        as,
      )
    ).createItem.itemId;
  const request = async (as: TestUser, itemId: string, recipients: OrgKey[]) =>
    (
      await t.ok<{ requestDisclosure: { id: string } }>(
        `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
        { i: itemId, r: recipients.map((k) => orgs[k]) },
        as,
      )
    ).requestDisclosure.id;
  /** Approves a request; its grants by recipient. */
  const approve = async (f: TestUser, requestId: string, overlaps: string[] = []) => {
    const approved = await t.ok<{
      approveDisclosure: { grants: { id: string; recipientOrganizationId: string }[] };
    }>(
      `mutation($r: ID!, $o: [ID!]!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: $o }) { grants { id recipientOrganizationId } } }`,
      { r: requestId, o: overlaps },
      f,
    );
    const byOrg = (key: OrgKey) =>
      approved.approveDisclosure.grants.find((g) => g.recipientOrganizationId === orgs[key])!.id;
    return byOrg;
  };

  // --- C1 -------------------------------------------------------------------------------------
  const c1 = await t.collaboration(f1, 'RLS C1');
  const rules1 = await t.publishGroundRules(f1, c1);
  currentVersion.set(c1, 1);
  await join(f1, c1, ['A', 'B', 'C', 'D', 'W'], ['A', 'B', 'C', 'W'], rules1.id);
  await activate(f1, c1);
  // Invitations by email: one to an account (memberB, for another organization), one to an
  // address without one.
  for (const email of [memberB.email, t.uniqueEmail('nobody')])
    await t.ok(
      `mutation($c: ID!, $e: String!) { inviteByEmail(collaborationId: $c, input: { email: $e, organizationName: "RLS new" }) { id } }`,
      { c: c1, e: email },
      f1,
    );
  const costs = await areaNamed(f1, c1, 'Costes'); // moderated
  const ideas = await areaNamed(f1, c1, 'Ideas de mercado'); // open
  const overlap = (
    await t.ok<{ declareOverlap: { id: string } }>(
      `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o, note: "F1's own" }) { id } }`,
      { a: costs, o: [orgs.A, orgs.B] },
      f1,
    )
  ).declareOverlap.id;
  const entry = `mutation($p: ID!, $d: EntryDirection!) { addParticipationEntry(participationId: $p,
    input: { direction: $d, contributionType: INFORMATION, description: "Notes" }) { id } }`;
  await t.ok(entry, { p: part(c1, 'A').id, d: 'OFFER' }, ownerA);
  await t.ok(entry, { p: part(c1, 'D').id, d: 'SEEK' }, ownerD); // invited: prepares its own
  await t.ok(entry, { p: part(c1, 'W').id, d: 'OFFER' }, ownerW);

  const itemA = await createItem(ownerA, part(c1, 'A').id, costs, 'A costs');
  const itemA2 = await createItem(ownerA, part(c1, 'A').id, costs, 'A pending');
  const itemB = await createItem(memberB, part(c1, 'B').id, costs, 'B costs');
  const itemC = await createItem(ownerC, part(c1, 'C').id, costs, 'C costs');
  const itemW = await createItem(ownerW, part(c1, 'W').id, costs, 'W costs');
  const fromA = await approve(f1, await request(ownerA, itemA, ['B', 'C']), [overlap]);
  const fromB = await approve(f1, await request(memberB, itemB, ['A', 'W', 'C']), [overlap]);
  const fromC = await approve(f1, await request(ownerC, itemC, ['B']));
  const fromW = await approve(f1, await request(ownerW, itemW, ['A']));
  await request(ownerA, itemA2, ['C']); // stays pending
  // Documents (ADR 0030): B's item with two files, shared with A (which reads the version and
  // only the file shared with it), and an upload of B attached to nothing.
  const uploadAs = async (as: TestUser, participationId: string, name: string) => {
    const res = await t.http
      .post('/files')
      .set('authorization', `Bearer ${as.token}`)
      .field('participationId', participationId)
      .attach('file', Buffer.from(`a;b\n${name};1\n`), `${name}.csv`);
    if (res.status !== 201) throw new Error(`POST /files: ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  };
  const sharedFile = await uploadAs(memberB, part(c1, 'B').id, 'b-costs');
  const withheldFile = await uploadAs(memberB, part(c1, 'B').id, 'b-notes');
  const documented = (
    await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a, input: { title: "B documents", body: "See the file", fileIds: $f }) { itemId } }`,
      { p: part(c1, 'B').id, a: costs, f: [sharedFile, withheldFile] },
      memberB,
    )
  ).createItem.itemId;
  // Files are shared explicitly (ADR 0032): one of the two, to A, which opens it once.
  const documentRequest = (
    await t.ok<{ requestDisclosure: { id: string } }>(
      `mutation($i: ID!, $r: [ID!], $f: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r, redaction: { files: [{ fileId: $f }] } }) { id } }`,
      { i: documented, r: [orgs.A], f: sharedFile },
      memberB,
    )
  ).requestDisclosure.id;
  const documentGrant = (await approve(f1, documentRequest, [overlap]))('A');
  const opened = await t.http
    .get(`/grants/${documentGrant}/files/${sharedFile}`)
    .set('authorization', `Bearer ${ownerA.token}`);
  if (opened.status !== 200) throw new Error(`GET a shared file: ${opened.status}`);
  await uploadAs(memberB, part(c1, 'B').id, 'b-draft');
  // A new version of A's item after the grants: recipients keep the approved version only.
  await t.ok(
    `mutation($i: ID!) { editItem(itemId: $i, input: { title: "A costs v2", body: "Edited" }) { version } }`,
    { i: itemA },
    ownerA,
  );
  const grants = {
    AB: fromA('B'),
    AC: fromA('C'),
    BA: fromB('A'),
    BW: fromB('W'),
    BC: fromB('C'),
    CB: fromC('B'),
    WA: fromW('A'),
    EA: '',
    AE: '',
  };
  await t.ok(`mutation($g: ID!) { revokeGrant(grantId: $g) { id } }`, { g: grants.AC }, ownerA);
  await owner.query(`UPDATE grants SET valid_until = now() - interval '1 minute' WHERE id = $1`, [
    grants.CB,
  ]);
  await t.ok(
    `mutation($c: ID!, $o: [ID!]) { publish(collaborationId: $c, input: { title: "Summary", body: "Aggregate", audienceKind: NAMED, recipientOrganizationIds: $o }) { id } }`,
    { c: c1, o: [orgs.A] },
    f1,
  );

  // The plan: an objective with an indicator, a milestone, A's task, a confidential resource
  // of B and a public one, A's progress.
  const objective = (
    await t.ok(
      `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Save" }) { id } }`,
      { c: c1 },
      f1,
    )
  ).createObjective.id;
  await t.ok(
    `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "Cost", unit: "EUR", baseline: 1, target: 0.5, direction: DECREASE }) { id } }`,
    { o: objective },
    f1,
  );
  const milestone = (
    await t.ok(
      `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Joint order", dueDate: "2099-01-01" }) { id } }`,
      { c: c1 },
      f1,
    )
  ).createMilestone.id;
  const task = (
    await t.ok(
      `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Order", responsibleOrganizationId: $o }) { id } }`,
      { m: milestone, o: orgs.A },
      f1,
    )
  ).createTask.id;
  const resource = `mutation($m: ID!, $input: ResourceInput!) { addResource(milestoneId: $m, input: $input) { id } }`;
  await t.ok(
    resource,
    {
      m: milestone,
      input: {
        kind: 'AVAILABLE',
        description: 'Warehouse',
        providerOrganizationId: orgs.B,
        value: '1250.50',
        currency: 'EUR',
        confidential: true,
      },
    },
    f1,
  );
  await t.ok(resource, { m: milestone, input: { kind: 'NEEDED', description: 'Van' } }, f1);
  await t.ok(
    `mutation($m: ID!, $t: ID) { postProgress(input: { milestoneId: $m, taskId: $t, text: "Ordered" }) { id } }`,
    { m: milestone, t: task },
    ownerA,
  );

  // The ledger: settings, A's contribution to B confirmed by B's member, C's pledge to A.
  await t.ok(
    `mutation($c: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: POINTS }) { valuationScale } }`,
    { c: c1 },
    f1,
  );
  const contribution = `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: SUPPLY, description: "Flour", value: "2.50", occurredOn: "2026-11-01" }) { id } }`;
  const declared = await t.ok(contribution, { c: c1, r: [orgs.B] }, ownerA);
  await t.ok(
    `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
    { e: declared.declareContribution[0].id },
    memberB,
  );
  await t.ok(
    `mutation($c: ID!, $r: ID) { makePledge(collaborationId: $c, input: { receiverOrganizationId: $r, contributionType: CARE, description: "Care", dueOn: "2099-01-01" }) { id } }`,
    { c: c1, r: orgs.A },
    ownerC,
  );

  // Benchmarking: a round the facilitator may not see values of, and one it may.
  const round = async (facilitatorSeesValues: boolean) =>
    (
      await t.ok(
        `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) { createBenchmarkRound(collaborationId: $c, input: $input) { id } }`,
        {
          c: c1,
          input: {
            metricName: facilitatorSeesValues ? 'Visible' : 'Private',
            closesAt: inOneDay(),
            participantOrganizationIds: [orgs.A, orgs.B, orgs.C],
            k: 3,
            facilitatorSeesValues,
          },
        },
        f1,
      )
    ).createBenchmarkRound.id;
  const submit = `mutation($r: ID!, $v: Float!) { submitBenchmarkValue(roundId: $r, value: $v) { id } }`;
  const privateRound = await round(false);
  const visibleRound = await round(true);
  await t.ok(submit, { r: privateRound, v: 10 }, ownerA);
  await t.ok(submit, { r: privateRound, v: 20 }, memberB);
  await t.ok(submit, { r: visibleRound, v: 30 }, ownerC);
  await t.ok(submit, { r: visibleRound, v: 40 }, ownerA);

  // Declared activity and customer lists of A and B, and the facilitator's review of their
  // detected overlap.
  const options = await t.ok<{ setActivityOptions: { id: string }[] }>(
    `mutation($a: ID!) { setActivityOptions(areaId: $a, input: { dimension: MARKET, labels: ["North", "South"] }) { id } }`,
    { a: ideas },
    f1,
  );
  const [north, south] = options.setActivityOptions.map((o) => o.id);
  const declare = `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId } }`;
  await t.ok(declare, { a: ideas, o: [north] }, ownerA);
  await t.ok(declare, { a: ideas, o: [north, south] }, memberB);
  const upload = `mutation($a: ID!, $content: String!) { uploadCustomerList(areaId: $a, input: { content: $content }) { id } }`;
  await t.ok(upload, { a: ideas, content: 'shared-rls.es\nonly-a-rls.es' }, ownerA);
  await t.ok(upload, { a: ideas, content: 'shared-rls.es\nonly-b-rls.es' }, ownerB);
  await t.ok(
    `mutation($a: ID!, $o: [ID!]!) { declareDetectedOverlap(input: { areaId: $a, organizationIds: $o }) { status } }`,
    { a: ideas, o: [orgs.A, orgs.B] },
    f1,
  );

  // Inquiry: B's private question, answered; A's, answered and published without its asker.
  const ask = `mutation($c: ID!, $b: String!) { askQuestion(collaborationId: $c, input: { body: $b }) { id } }`;
  const answer = `mutation($id: ID!) { answerQuestion(questionId: $id, input: { answer: "Only aggregates." }) { id } }`;
  const questionB = (await t.ok(ask, { c: c1, b: 'Private question of B' }, memberB)).askQuestion
    .id;
  await t.ok(answer, { id: questionB }, f1);
  const questionA = (await t.ok(ask, { c: c1, b: 'Question of A' }, ownerA)).askQuestion.id;
  await t.ok(answer, { id: questionA }, f1);
  await t.ok(
    `mutation($id: ID!) { publishQuestion(questionId: $id, input: { question: "Prices?", answer: "Only aggregates." }) { id } }`,
    { id: questionA },
    f1,
  );

  // W leaves (its received grant is revoked by the leave); A keeps W's grant.
  await t.ok(
    `mutation($p: ID!) { withdrawParticipation(participationId: $p, input: { reason: "Done" }) { status } }`,
    { p: part(c1, 'W').id },
    ownerW,
  );
  part(c1, 'W').status = 'withdrawn';
  // New ground rules: A and B accept them, C does not (it stops being active).
  const rules2 = await t.publishGroundRules(f1, c1, 'Rules, second version');
  currentVersion.set(c1, 2);
  for (const key of ['A', 'B'] as const) {
    await t.acceptGroundRules(ownerOf[key], part(c1, key).id, rules2.id);
    part(c1, key).acceptedVersion = 2;
  }

  // --- C2 -------------------------------------------------------------------------------------
  const c2 = await t.collaboration(f2, 'RLS C2');
  const rules3 = await t.publishGroundRules(f2, c2);
  currentVersion.set(c2, 1);
  await join(f2, c2, ['E', 'A'], ['E', 'A'], rules3.id);
  await activate(f2, c2);
  const costs2 = await areaNamed(f2, c2, 'Costes');
  const itemE = await createItem(ownerE, part(c2, 'E').id, costs2, 'E costs');
  grants.EA = (await approve(f2, await request(ownerE, itemE, ['A'])))('A');
  const itemA3 = await createItem(ownerA, part(c2, 'A').id, costs2, 'A in C2');
  grants.AE = (await approve(f2, await request(ownerA, itemA3, ['E'])))('E');
  await t.ok(ask, { c: c2, b: 'Question of A in C2' }, ownerA);
  await t.ok(contribution, { c: c2, r: [orgs.A] }, ownerE);
  await t.ok(
    `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "C2 milestone" }) { id } }`,
    { c: c2 },
    f2,
  );
  await t.ok(
    `mutation($c: ID!) { changeCollaborationStatus(collaborationId: $c, input: { status: CLOSING }) { status } }`,
    { c: c2 },
    f2,
  );
  const evaluate = `mutation($c: ID!, $a: String!) { submitEvaluation(collaborationId: $c, input: { assessment: $a }) { id } }`;
  for (const as of [ownerE, ownerA, f2]) await t.ok(evaluate, { c: c2, a: 'Worth it' }, as);
  await t.ok(
    `mutation($c: ID!) { changeCollaborationStatus(collaborationId: $c, input: { status: CLOSED }) { status } }`,
    { c: c2 },
    f2,
  );
  // Email notification choices of two users (the others keep the defaults).
  const prefer = `mutation($k: NotificationKind!, $d: NotificationDelivery!) { setNotificationPreference(input: { kind: $k, delivery: $d }) { kind } }`;
  await t.ok(prefer, { k: 'GRANT_RECEIVED', d: 'IMMEDIATE' }, ownerA);
  await t.ok(prefer, { k: 'DISCLOSURE_PENDING', d: 'DAILY' }, f1);
  // Two-factor sign-in (issue 15): E's owner turns it on (a second factor, recovery codes, an
  // entry of the security log) and signs in again (a challenge); B's member changes its password.
  await challengeOf(t, await enableTwoFactor(t, ownerE));
  await t.ok(
    `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    { input: { currentPassword: memberB.password, newPassword: memberB.password } },
    memberB,
  );
  // Calendar feeds (issue 17): A's owner replaces one (a revoked and a live row), F1 has one.
  for (const holder of [ownerA, ownerA, f1])
    await t.ok(`mutation { createCalendarFeed { url } }`, {}, holder);

  return {
    users,
    admins: new Set([admin.id]),
    facilitatorUsers: new Set([f1.id, f2.id]),
    orgs,
    c1,
    c2,
    currentVersion,
    participations,
    memberships: [
      ...(Object.keys(ownerOf) as OrgKey[]).map((k) => ({
        userId: ownerOf[k].id,
        organizationId: orgs[k],
        owner: true,
      })),
      { userId: memberB.id, organizationId: orgs.B, owner: false },
    ],
    facilitators: [
      { userId: f1.id, collaborationId: c1 },
      { userId: f2.id, collaborationId: c2 },
    ],
    grants,
    documentGrant,
  };
}

// --- The viewers and what the scenario says about each ------------------------------------------

type ViewerSpec =
  | { name: string; kind: 'user'; user: UserKey }
  | { name: string; kind: 'view-as'; facilitator: UserKey; org: OrgKey; collaboration: 'c1' | 'c2' }
  | { name: string; kind: 'system'; job: SystemJob }
  | { name: string; kind: 'none' };

const JOBS: SystemJob[] = [
  'grant-expiry',
  'overdue-reminder',
  'pledge-reminder',
  'benchmark-close',
  'leave-revocation',
  'audit-checkpoint',
  'mail-sender',
  'notification-email',
  'notification-unsubscribe',
  'webhook-sender',
];

const VIEWERS: ViewerSpec[] = [
  { name: 'facilitator 1', kind: 'user', user: 'f1' },
  { name: 'facilitator 2', kind: 'user', user: 'f2' },
  { name: 'owner of A', kind: 'user', user: 'ownerA' },
  { name: 'owner of B', kind: 'user', user: 'ownerB' },
  { name: 'member of B', kind: 'user', user: 'memberB' },
  { name: 'owner of C (old ground rules)', kind: 'user', user: 'ownerC' },
  { name: 'owner of D (invited)', kind: 'user', user: 'ownerD' },
  { name: 'owner of W (withdrawn)', kind: 'user', user: 'ownerW' },
  { name: 'owner of E', kind: 'user', user: 'ownerE' },
  { name: 'platform admin', kind: 'user', user: 'admin' },
  { name: 'no claim', kind: 'none' },
  ...JOBS.map((job): ViewerSpec => ({ name: `job ${job}`, kind: 'system', job })),
  {
    name: 'facilitator 1 viewing as A in C1',
    kind: 'view-as',
    facilitator: 'f1',
    org: 'A',
    collaboration: 'c1',
  },
  {
    name: 'facilitator 2 viewing as A in C1 (not its collaboration)',
    kind: 'view-as',
    facilitator: 'f2',
    org: 'A',
    collaboration: 'c1',
  },
];

/** The viewer's reach, derived from the scenario as `loadAccessContext` would derive it. */
interface Facts {
  user: string | null;
  /** The user's address (invitations to it are the user's to read). */
  email: string | null;
  /** A platform administrator (reads everyone's account security log and the mail queue). */
  admin: boolean;
  ownerOrgs: Set<string>;
  job: SystemJob | null;
  directory: boolean;
  facilitated: Set<string>;
  facilitatedOrgs: Set<string>;
  memberOrgs: Set<string>;
  /** A "view as" sees one collaboration only. */
  onlyCollaboration: string | null;
  mine: Set<string>;
  active: Set<string>;
  myCollabs: Set<string>;
  activeCollabs: Set<string>;
  /** `collaboration/organization` of each active participation. */
  activePairs: Set<string>;
  peers: Set<string>;
  peerOrgs: Set<string>;
}

function claimOf(spec: ViewerSpec, s: Scenario): Claim | null {
  switch (spec.kind) {
    case 'user':
      return Claims.user(s.users[spec.user].id);
    case 'view-as':
      return Claims.viewAs(s.users[spec.facilitator].id, s.orgs[spec.org], s[spec.collaboration]);
    case 'system':
      return Claims.system(spec.job);
    case 'none':
      return null;
  }
}

function factsOf(spec: ViewerSpec, s: Scenario): Facts {
  const user = spec.kind === 'user' ? s.users[spec.user].id : null;
  let memberOrgs = new Set<string>();
  let onlyCollaboration: string | null = null;
  if (user) {
    memberOrgs = new Set(
      s.memberships.filter((m) => m.userId === user).map((m) => m.organizationId),
    );
  } else if (spec.kind === 'view-as') {
    const collaboration = s[spec.collaboration];
    const facilitates = s.facilitators.some(
      (f) => f.userId === s.users[spec.facilitator].id && f.collaborationId === collaboration,
    );
    if (facilitates) {
      memberOrgs = new Set([s.orgs[spec.org]]);
      onlyCollaboration = collaboration;
    }
  }
  const facilitated = new Set(
    s.facilitators.filter((f) => f.userId === user).map((f) => f.collaborationId),
  );
  const isActive = (p: ParticipationModel) =>
    p.status === 'accepted' && p.acceptedVersion === s.currentVersion.get(p.collaborationId);
  const mine = s.participations.filter(
    (p) =>
      memberOrgs.has(p.organizationId) &&
      p.status !== 'withdrawn' &&
      (onlyCollaboration === null || p.collaborationId === onlyCollaboration),
  );
  const active = mine.filter(isActive);
  const activeCollabs = new Set(active.map((p) => p.collaborationId));
  const peers = s.participations.filter((p) => activeCollabs.has(p.collaborationId) && isActive(p));
  return {
    user,
    email: Object.values(s.users).find((u) => u.id === user)?.email ?? null,
    admin: user !== null && s.admins.has(user),
    ownerOrgs: new Set(
      s.memberships.filter((m) => m.userId === user && m.owner).map((m) => m.organizationId),
    ),
    job: spec.kind === 'system' ? spec.job : null,
    directory: user !== null && (s.admins.has(user) || s.facilitatorUsers.has(user)),
    facilitated,
    facilitatedOrgs: new Set(
      s.participations
        .filter((p) => facilitated.has(p.collaborationId))
        .map((p) => p.organizationId),
    ),
    memberOrgs,
    onlyCollaboration,
    mine: new Set(mine.map((p) => p.id)),
    active: new Set(active.map((p) => p.id)),
    myCollabs: new Set(mine.map((p) => p.collaborationId)),
    activeCollabs,
    activePairs: new Set(active.map((p) => `${p.collaborationId}/${p.organizationId}`)),
    peers: new Set(peers.map((p) => p.id)),
    peerOrgs: new Set(peers.map((p) => p.organizationId)),
  };
}

// --- The oracle: who may read which row, per table ------------------------------------------

/** What a rule may consult: the viewer, the owner's full view of the snapshot, and its clock. */
interface Context {
  v: Facts;
  all: (table: string) => Row[];
  now: Date;
}
type Rule = (row: Row, x: Context) => boolean;

const live = (g: Row, now: Date) =>
  g['revoked_at'] === null && (g['valid_until'] === null || g['valid_until'] > now);
/** A grant in force received by one of the viewer's active participations. */
const received = (g: Row, x: Context) =>
  x.v.active.has(g['recipient_participation_id']) && live(g, x.now);
const facilitates = (r: Row, x: Context) => x.v.facilitated.has(r['collaboration_id']);
const activeIn = (r: Row, x: Context) => x.v.activeCollabs.has(r['collaboration_id']);
const activePair = (r: Row, organizationId: string, x: Context) =>
  x.v.activePairs.has(`${r['collaboration_id']}/${organizationId}`);
/** The viewer's organization's own row (a "view as" only within its collaboration). */
const own = (r: Row, column: string, x: Context) =>
  x.v.memberOrgs.has(r[column]) &&
  (x.v.onlyCollaboration === null || r['collaboration_id'] === x.v.onlyCollaboration);
const job = (name: SystemJob, x: Context) => x.v.job === name;
/** A webhook endpoint's owners: its collaboration's facilitators, its organization's owners. */
const ownsWebhook = (e: Row, x: Context) =>
  e['owner_kind'] === 'collaboration'
    ? x.v.facilitated.has(e['facilitated_collaboration_id'])
    : x.v.ownerOrgs.has(e['organization_id']);
/** The plan, the ledger and the closing are common to the collaboration's active parties. */
const common: Rule = (r, x) => facilitates(r, x) || activeIn(r, x);

/**
 * Every table under row-level security needs its rule here: a new table fails the test until
 * someone states who may read it.
 */
const ORACLE: Record<string, Rule> = {
  collaborations: (r, x) => x.v.facilitated.has(r['id']) || x.v.myCollabs.has(r['id']),
  collaboration_facilitators: (r, x) =>
    facilitates(r, x) || x.v.myCollabs.has(r['collaboration_id']) || r['user_id'] === x.v.user,
  participations: (r, x) => facilitates(r, x) || x.v.mine.has(r['id']) || x.v.peers.has(r['id']),
  participation_entries: (r, x) =>
    facilitates(r, x) ||
    x.v.mine.has(r['participation_id']) ||
    x.v.peers.has(r['participation_id']),
  ground_rules_versions: (r, x) => facilitates(r, x) || x.v.myCollabs.has(r['collaboration_id']),
  // A collaboration's document key (wrapped): its facilitators and participants, as it reaches.
  collaboration_file_keys: (r, x) => facilitates(r, x) || x.v.myCollabs.has(r['collaboration_id']),
  ground_rules_acceptances: (r, x) => facilitates(r, x) || x.v.mine.has(r['participation_id']),
  // The directory (platform admins, facilitators), one's own, the facilitated, the active peers,
  // and the owner of a grant in force one received (named on what it shared).
  organizations: (r, x) =>
    x.v.directory ||
    x.v.memberOrgs.has(r['id']) ||
    x.v.facilitatedOrgs.has(r['id']) ||
    x.v.peerOrgs.has(r['id']) ||
    x.all('grants').some((g) => g['owner_organization_id'] === r['id'] && received(g, x)),
  organization_memberships: (r, x) =>
    x.v.memberOrgs.has(r['organization_id']) || r['user_id'] === x.v.user,
  // An invitation: the organization's owners, and whoever signs in with the address invited.
  organization_invitations: (r, x) =>
    x.v.ownerOrgs.has(r['organization_id']) || (x.v.email !== null && r['email'] === x.v.email),
  // An invitation by email: the collaboration's facilitators, and whoever signs in with the address.
  collaboration_invitations: (r, x) =>
    facilitates(r, x) || (x.v.email !== null && r['email'] === x.v.email),
  areas: common,
  overlaps: (r, x) =>
    facilitates(r, x) || (r['organization_ids'] as string[]).some((o) => activePair(r, o, x)),
  // The facilitator's own note on an overlap: the parties read the overlap, never the note.
  overlap_notes: facilitates,
  items: (r, x) => facilitates(r, x) || own(r, 'owner_organization_id', x),
  // A recipient reads exactly the version a grant in force gave it.
  item_versions: (r, x) =>
    facilitates(r, x) ||
    own(r, 'owner_organization_id', x) ||
    x.all('grants').some((g) => g['item_version_id'] === r['id'] && received(g, x)),
  // Documents (ADR 0030): as items; a recipient reads a file a grant in force lists (ADR 0032).
  item_files: (r, x) =>
    facilitates(r, x) ||
    own(r, 'owner_organization_id', x) ||
    x
      .all('grants')
      .some(
        (g) =>
          g['item_id'] === r['item_id'] &&
          received(g, x) &&
          ((g['redaction'] as { files?: { fileId: string }[] }).files ?? []).some(
            (f) => f.fileId === r['id'],
          ),
      ),
  // Who opened a shared file: its owner and the facilitators, never the recipient (ADR 0032).
  file_accesses: (r, x) => facilitates(r, x) || own(r, 'owner_organization_id', x),
  item_version_files: (r, x) => facilitates(r, x) || own(r, 'owner_organization_id', x),
  disclosure_requests: (r, x) => facilitates(r, x) || own(r, 'owner_organization_id', x),
  grants: (r, x) =>
    facilitates(r, x) ||
    own(r, 'owner_organization_id', x) ||
    received(r, x) ||
    (job('grant-expiry', x) && r['valid_until'] !== null && r['valid_until'] <= x.now) ||
    (job('leave-revocation', x) &&
      x
        .all('participations')
        .some((p) => p['id'] === r['recipient_participation_id'] && p['status'] === 'withdrawn')),
  // What a grant's recipient reads of it, as the search matches it: the recipient only, while
  // it reads the grant (docs/adr/0038).
  search_shared_texts: (r, x) =>
    x.all('grants').some((g) => g['id'] === r['grant_id'] && received(g, x)),
  publications: (r, x) =>
    facilitates(r, x) ||
    x
      .all('publication_deliveries')
      .some(
        (d) => d['publication_id'] === r['id'] && x.v.active.has(d['recipient_participation_id']),
      ),
  publication_deliveries: (r, x) =>
    facilitates(r, x) || x.v.active.has(r['recipient_participation_id']),
  // Jobs append to any collaboration's chain, but read no record.
  audit_records: (r, x) =>
    facilitates(r, x) || own(r, 'organization_id', x) || own(r, 'counterpart_organization_id', x),
  // Entries waiting to be chained: nobody reads them (they leave through audit_outbox_take).
  audit_outbox: () => false,
  notifications: (r, x) => x.v.user !== null && r['user_id'] === x.v.user,
  // The mail queue: its sender and the platform admin; anyone may add to it, none reads back.
  mail_messages: (_r, x) => job('mail-sender', x) || x.v.admin,
  // Password reset links: added by anyone, read by no one (followed through use_password_reset).
  password_reset_tokens: () => false,
  // Address confirmation links: added by their account, read by no one (followed through
  // use_email_confirmation).
  email_confirmations: () => false,
  // Email notification choices: one's own; the unsubscribe link's job reads them to turn one off.
  notification_preferences: (r, x) =>
    (x.v.user !== null && r['user_id'] === x.v.user) || job('notification-unsubscribe', x),
  plan_objectives: common,
  plan_indicators: common,
  plan_milestones: (r, x) => common(r, x) || job('overdue-reminder', x),
  plan_tasks: (r, x) => common(r, x) || job('overdue-reminder', x),
  // The row of a confidential resource is read by all; its details by the facilitator, by the
  // providing organization, and by every active party only when it is not confidential.
  plan_resources: common,
  plan_resource_details: (r, x) =>
    facilitates(r, x) ||
    (activeIn(r, x) && (r['confidential'] === false || own(r, 'provider_organization_id', x))),
  plan_progress_updates: common,
  ledger_settings: common,
  ledger_entries: common,
  pledges: (r, x) => common(r, x) || job('pledge-reminder', x),
  evaluations: (r, x) => facilitates(r, x) || activePair(r, r['organization_id'], x),
  final_statements: common,
  benchmark_rounds: (r, x) =>
    facilitates(r, x) ||
    job('benchmark-close', x) ||
    x
      .all('benchmark_round_participants')
      .some((p) => p['round_id'] === r['id'] && activePair(p, p['organization_id'], x)),
  benchmark_round_participants: (r, x) =>
    facilitates(r, x) || activePair(r, r['organization_id'], x) || job('benchmark-close', x),
  // A value is its organization's; the facilitator reads it only when the round says so.
  benchmark_submissions: (r, x) =>
    (facilitates(r, x) && r['facilitator_sees_values'] === true) ||
    activePair(r, r['organization_id'], x) ||
    job('benchmark-close', x),
  activity_options: common,
  // Nobody but the declaring organization (while active) reads declarations or customer hashes.
  activity_declarations: (r, x) => activePair(r, r['organization_id'], x),
  customer_lists: (r, x) => activePair(r, r['organization_id'], x),
  customer_hashes: (r, x) => activePair(r, r['organization_id'], x),
  // The collaboration's hashing key: those who hash lists in it (not the facilitator).
  activity_secrets: activeIn,
  detected_overlap_reviews: facilitates,
  questions: (r, x) => facilitates(r, x) || own(r, 'asker_organization_id', x),
  published_answers: common,
  // An account's own (issue 15): its user only; the security log also to administrators.
  user_second_factors: (r, x) => r['user_id'] === x.v.user,
  user_recovery_codes: (r, x) => r['user_id'] === x.v.user,
  login_challenges: (r, x) => r['user_id'] === x.v.user,
  account_events: (r, x) => r['user_id'] === x.v.user || x.v.admin,
  // A personal calendar feed (issue 17): its user only, administrators included.
  calendar_feeds: (r, x) => r['user_id'] === x.v.user,
  // Webhooks (issue 19, ADR 49): an endpoint is its owners' (the collaboration's facilitators,
  // the organization's owners) and the sender's; a delivery follows its endpoint.
  webhook_endpoints: (r, x) => ownsWebhook(r, x) || job('webhook-sender', x),
  webhook_deliveries: (r, x) =>
    job('webhook-sender', x) ||
    x.all('webhook_endpoints').some((e) => e['id'] === r['endpoint_id'] && ownsWebhook(e, x)),
};

// --- Reading as the API role ------------------------------------------------------------------

const value = (v: unknown): string =>
  Buffer.isBuffer(v) ? v.toString('hex') : v instanceof Date ? v.toISOString() : String(v);

interface Table {
  name: string;
  key: string[];
  /** The columns the API role may select, as a select list (a credential's hash is not one). */
  readable: string;
}

const keyOf = (table: Table, row: Row): string =>
  table.key.length > 0
    ? table.key.map((c) => value(row[c])).join('/')
    : JSON.stringify(Object.keys(row).map((c) => value(row[c])));

const sqlState = async (work: Promise<unknown>): Promise<string> => {
  try {
    await work;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'succeeded';
};

const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Tables whose rows live for milliseconds (audit entries waiting to be chained): the scenario
 * leaves none behind; their own test below writes and reads them under claims.
 */
const TRANSIENT = ['audit_outbox'];

describe('row-level security: the database alone isolates', () => {
  const t = new Api();
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
  let s: Scenario;
  let key: Buffer;
  let tables: Table[];
  /** A message of the mail queue and a password reset link (of no collaboration or organization). */
  let mailId: string;
  let resetId: string;

  const sign = (claim: Claim, now?: number) => signClaim(key, claim, now);
  /** Runs `work` as the API role in a transaction under `claim` (or none), then rolls back. */
  const asApp = async <T>(claim: string | null, work: () => Promise<T>): Promise<T> => {
    await app.query('BEGIN');
    try {
      if (claim !== null) await app.query(ENTER_CLAIM_SQL, [claim]);
      return await work();
    } finally {
      await app.query('ROLLBACK');
    }
  };
  const asUser = (user: UserKey) => sign(Claims.user(s.users[user].id));

  beforeAll(async () => {
    await Promise.all([owner.connect(), app.connect()]);
    s = await buildScenario(t, owner);
    key = (await owner.query(`SELECT key FROM alianza_private.claim_key`)).rows[0].key;
    mailId = (
      await owner.query(
        `INSERT INTO mail_messages (queue, kind, recipient, locale, subject, html, text, message_id, status)
         VALUES ('rls-spec', 'test-message', 'ana@example.org', 'es', 'Hola', '<p>Hola</p>', 'Hola', '<rls@test>', 'sent')
         RETURNING id`,
      )
    ).rows[0].id;
    resetId = (
      await owner.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
         VALUES ($1, repeat('0', 64), now() + interval '10 minutes') RETURNING id`,
        [s.users.ownerA.id],
      )
    ).rows[0].id;
    // Webhook endpoints of c1 (its facilitators'), of A and of B (their owners'), each with a
    // delivery of an event in c1.
    await owner.query(
      `WITH e AS (
         INSERT INTO webhook_endpoints (owner_kind, facilitated_collaboration_id, organization_id,
                                        url, event_kinds, secret_sealed, created_by)
         VALUES ('collaboration', $1, NULL, 'https://hooks.example.org/c1', '{disclosure.approved}', 'x', $4),
                ('organization', NULL, $2, 'https://hooks.example.org/a', '{disclosure.approved}', 'x', $4),
                ('organization', NULL, $3, 'https://hooks.example.org/b', '{disclosure.approved}', 'x', $4)
         RETURNING id)
       INSERT INTO webhook_deliveries (collaboration_id, endpoint_id, event_id, event_kind, subject_id, payload, status)
       SELECT $1, e.id, gen_random_uuid(), 'disclosure.approved', gen_random_uuid(), '{}', 'succeeded' FROM e`,
      [s.c1, s.orgs.A, s.orgs.B, s.users.f1.id],
    );
    // A document key for c1 (made by the scenario's uploads, else here), and c2's destroyed
    // (its tombstone).
    await owner.query(
      `INSERT INTO collaboration_file_keys (collaboration_id, wrapped_key, key_format, destroyed_at)
       VALUES ($1, $3, 1, NULL), ($2, NULL, 1, now())
       ON CONFLICT (collaboration_id) DO NOTHING`,
      [s.c1, s.c2, randomBytes(60)],
    );
    expect(
      (
        await owner.query(
          `SELECT collaboration_id, wrapped_key IS NULL AS destroyed FROM collaboration_file_keys
            WHERE collaboration_id = ANY ($1) ORDER BY collaboration_id = $2 DESC`,
          [[s.c1, s.c2], s.c1],
        )
      ).rows,
    ).toEqual([
      { collaboration_id: s.c1, destroyed: false },
      { collaboration_id: s.c2, destroyed: true },
    ]);
    // The test's own backend keeps a row of facts, as the API's pooled connections do: its
    // transactions (all rolled back) then never take the first-claim path, which deletes the
    // rows of ended backends and would wait for a test transaction held open doing the same.
    await app.query('BEGIN');
    await app.query(ENTER_CLAIM_SQL, [sign(Claims.user(s.users.memberB.id))]);
    await app.query('COMMIT');
    // Every table of `public` under row-level security, found in the catalogue (not listed
    // here), with its primary key.
    tables = (
      await owner.query<Table>(
        `SELECT c.relname::text AS name,
                (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
                   FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                    AND has_column_privilege('alianza_api', c.oid, a.attnum, 'SELECT')) AS readable,
                coalesce((SELECT array_agg(a.attname::text ORDER BY k.n)
                            FROM pg_index i
                            CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                           WHERE i.indrelid = c.oid AND i.indisprimary), '{}') AS key
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relrowsecurity
          ORDER BY 1`,
      )
    ).rows;
  }, 60_000);

  afterAll(() => Promise.all([owner.end(), app.end()]));

  it('shows each viewer, on every table read raw, exactly the rows the product rules allow', async () => {
    const mismatches: string[] = [];
    for (const table of tables)
      if (!ORACLE[table.name])
        mismatches.push(`${table.name}: no oracle rule (state who reads it)`);
    for (const name of Object.keys(ORACLE))
      if (!tables.some((x) => x.name === name))
        mismatches.push(`${name}: an oracle rule for a table not under row-level security`);

    // One snapshot for the owner's view and every viewer's: rows others write meanwhile (the
    // API's sweeps, other suites) change neither side.
    await owner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const snapshot: string = (await owner.query(`SELECT pg_export_snapshot() AS s`)).rows[0].s;
      const full = new Map<string, Row[]>();
      for (const table of tables)
        full.set(table.name, (await owner.query(`SELECT * FROM "${table.name}"`)).rows);
      const all = (name: string) => full.get(name) ?? [];

      // The scenario must give every table rows of its own, or the comparison proves little.
      const ours = new Set<string>([
        s.c1,
        s.c2,
        ...Object.values(s.orgs),
        ...Object.values(s.users).map((u) => u.id),
        mailId,
        resetId,
      ]);
      const scenarioRows = (rows: Row[]) =>
        rows.filter((r) =>
          ['collaboration_id', 'id', 'organization_id', 'user_id'].some((c) =>
            ours.has(r[c] as string),
          ),
        );
      for (const table of tables)
        if (scenarioRows(all(table.name)).length === 0 && !TRANSIENT.includes(table.name))
          mismatches.push(`${table.name}: the scenario made no row in it`);

      let compared = 0;
      for (const viewer of VIEWERS) {
        const claim = claimOf(viewer, s);
        const v = factsOf(viewer, s);
        // Not READ ONLY: entering a claim writes the transaction's facts (rolled back below).
        await app.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        try {
          await app.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
          if (claim) await app.query(ENTER_CLAIM_SQL, [sign(claim)]);
          const now: Date = (await app.query(`SELECT now() AS now`)).rows[0].now;
          for (const table of tables) {
            const rule = ORACLE[table.name];
            if (!rule) continue;
            await app.query('SAVEPOINT raw');
            let seen: Row[];
            try {
              seen = (await app.query(`SELECT ${table.readable} FROM "${table.name}"`)).rows;
              await app.query('RELEASE SAVEPOINT raw');
            } catch (error) {
              await app.query('ROLLBACK TO SAVEPOINT raw');
              mismatches.push(`${table.name} as ${viewer.name}: ${(error as Error).message}`);
              continue;
            }
            const x: Context = { v, all, now };
            const expected = new Set(
              all(table.name)
                .filter((r) => rule(r, x))
                .map((r) => keyOf(table, r)),
            );
            const got = new Set(seen.map((r) => keyOf(table, r)));
            const extra = [...got].filter((k) => !expected.has(k));
            const missing = [...expected].filter((k) => !got.has(k));
            const list = (ids: string[]) =>
              `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` (+${ids.length - 5})` : ''}`;
            if (extra.length > 0)
              mismatches.push(
                `${table.name} as ${viewer.name}: ${extra.length} extra: ${list(extra)}`,
              );
            if (missing.length > 0)
              mismatches.push(
                `${table.name} as ${viewer.name}: ${missing.length} missing: ${list(missing)}`,
              );
            compared += 1;
          }
        } finally {
          await app.query('ROLLBACK');
        }
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBe(tables.length * VIEWERS.length);
    } finally {
      await owner.query('COMMIT');
    }
  });

  it('answers each viewer, through the search functions, exactly the matches its row policies let it read', async () => {
    // The functions run as the owner and apply the read policy themselves (docs/adr/0038,
    // "Speed"): under every claim they must find what a search of the table itself finds.
    const SEARCHED = [
      {
        fn: 'search_item_hits',
        table: 'item_versions',
        raw: `SELECT i.id FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
               WHERE v.search @@ $1::tsquery`,
      },
      {
        fn: 'search_shared_hits',
        table: 'search_shared_texts',
        raw: `SELECT grant_id AS id FROM search_shared_texts WHERE search @@ $1::tsquery`,
      },
      {
        fn: 'search_audit_hits',
        table: 'audit_records',
        raw: `SELECT id FROM audit_records WHERE search @@ $1::tsquery`,
      },
    ];
    const mismatches: string[] = [];
    let found = 0;
    for (const { fn, table, raw } of SEARCHED) {
      // A query that every row of the table matches: one of each row's words, OR-ed.
      const query: string = (
        await owner.query(`SELECT string_agg(DISTINCT quote_literal(w), ' | ') AS q
             FROM "${table}", LATERAL (SELECT (tsvector_to_array(search))[1] AS w) x
            WHERE w IS NOT NULL`)
      ).rows[0].q;
      for (const viewer of VIEWERS) {
        const claim = claimOf(viewer, s);
        await app.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        try {
          if (claim) await app.query(ENTER_CLAIM_SQL, [sign(claim)]);
          const ids = async (sql: string) =>
            new Set((await app.query(sql, [query])).rows.map((r: Row) => r['id'] as string));
          const policy = await ids(raw);
          const answered = await ids(`SELECT id FROM public.${fn}($1::tsquery)`);
          const extra = [...answered].filter((id) => !policy.has(id));
          const missing = [...policy].filter((id) => !answered.has(id));
          if (extra.length || missing.length)
            mismatches.push(
              `${fn} as ${viewer.name}: ${extra.length} extra, ${missing.length} missing`,
            );
          found += answered.size;
        } finally {
          await app.query('ROLLBACK');
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(found).toBeGreaterThan(0);
  });

  it('gives the API role no attribute, no ownership and no role but alianza_api', async () => {
    const { rows } = await app.query(
      `SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid)
            + (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid)
            + (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid)
            + (SELECT count(*)::int FROM pg_type WHERE typowner = r.oid)
            + (SELECT count(*)::int FROM pg_database WHERE datdba = r.oid) AS owned,
              (SELECT array_agg(g.rolname::text) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                WHERE m.member = r.oid) AS member_of
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows).toEqual([
      {
        rolsuper: false,
        rolbypassrls: false,
        rolcreaterole: false,
        rolcreatedb: false,
        owned: 0,
        member_of: ['alianza_api'],
      },
    ]);
    const group = await app.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles WHERE rolname = 'alianza_api'`,
    );
    expect(group.rows).toEqual([
      {
        rolsuper: false,
        rolbypassrls: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolcanlogin: false,
      },
    ]);
    // What the API checks before it serves: nothing wrong with its role; much with the owner's.
    const problems = (client: Client) =>
      runtimeRoleProblems(async (sql) => (await client.query(sql)).rows);
    expect(await problems(app)).toEqual([]);
    // Its prepared statements keep one plan per connection (npm run db:roles sets it).
    expect((await app.query(`SELECT current_setting('plan_cache_mode') AS m`)).rows[0].m).toBe(
      'force_generic_plan',
    );
    expect(await problems(owner)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bypasses row-level security/),
        expect.stringMatching(/may create temporary tables/),
        expect.stringMatching(/may create objects in the schema public/),
      ]),
    );
  });

  it('has row-level security enabled and forced on every table but migrations, users, sessions, api_tokens', async () => {
    const { rows } = await app.query<{ name: string }>(
      `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
        ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(['api_tokens', 'migrations', 'sessions', 'users']);
    expect(tables.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses to turn policies or triggers off, rewrite the audit log, read the claim key or become the owner', async () => {
    const ownerRole = decodeURIComponent(
      new URL(process.env['ALIANZA_TEST_DATABASE_URL']!).username,
    );
    const attempts: Record<string, string> = {
      'ALTER TABLE grants DISABLE ROW LEVEL SECURITY': '',
      'ALTER TABLE grants NO FORCE ROW LEVEL SECURITY': '',
      'DROP POLICY grants_read ON grants': '',
      'ALTER TABLE audit_records DISABLE TRIGGER USER': '',
      "UPDATE audit_records SET action = 'rewritten'": '',
      'DELETE FROM audit_records': '',
      'TRUNCATE audit_records': '',
      'SELECT * FROM alianza_private.claim_key': '',
      'SELECT * FROM migrations': '',
      [`SET ROLE "${ownerRole}"`]: '',
    };
    // Under the facilitator's claim, who reads the whole audit log of C1.
    const claim = asUser('f1');
    for (const statement of Object.keys(attempts))
      attempts[statement] = await asApp(claim, () => sqlState(app.query(statement)));
    expect(attempts).toEqual(
      Object.fromEntries(Object.keys(attempts).map((k) => [k, INSUFFICIENT_PRIVILEGE])),
    );
    // The records are still there, readable.
    const records = await asApp(claim, () =>
      app.query(`SELECT count(*)::int AS n FROM audit_records WHERE collaboration_id = $1`, [s.c1]),
    );
    expect(records.rows[0].n).toBeGreaterThan(0);
  });

  it('refuses a forged claim, an expired one and one altered by a character', async () => {
    const claim = Claims.user(s.users.ownerA.id);
    const genuine = sign(claim);
    const [payload, mac] = genuine.split('.') as [string, string];
    // Another user's claim with one character of the user id changed.
    const last = payload.indexOf(';', 4) - 1;
    const altered = `${payload.slice(0, last)}${payload[last] === '0' ? '1' : '0'}${payload.slice(last + 1)}.${mac}`;
    const claims = {
      genuine,
      forged: signClaim(randomBytes(32), claim),
      expired: sign(claim, Date.now() - 16 * 60 * 1000),
      altered,
      'MAC altered': `${payload}.${mac.slice(0, -1)}${mac.endsWith('0') ? '1' : '0'}`,
    };
    const outcomes: Record<string, string> = {};
    for (const [name, c] of Object.entries(claims))
      outcomes[name] = await sqlState(asApp(c, () => app.query(`SELECT * FROM grants`)));
    expect(outcomes).toEqual({
      genuine: 'succeeded',
      forged: INSUFFICIENT_PRIVILEGE,
      expired: INSUFFICIENT_PRIVILEGE,
      altered: INSUFFICIENT_PRIVILEGE,
      'MAC altered': INSUFFICIENT_PRIVILEGE,
    });
  });

  it('reads every tenant table as empty without a claim', async () => {
    const counts = await asApp(null, async () => {
      const found: Record<string, number> = {};
      for (const table of tables)
        found[table.name] = (
          await app.query(`SELECT count(*)::int AS n FROM "${table.name}"`)
        ).rows[0].n;
      return found;
    });
    expect(counts).toEqual(Object.fromEntries(tables.map((x) => [x.name, 0])));
    // Nor do the functions that answer with facts about rows: nothing without a claim.
    const facts = await asApp(null, async () => ({
      head: (await app.query(`SELECT * FROM audit_chain_head($1)`, [s.c1])).rows,
      heads: (await app.query(`SELECT * FROM audit_chain_heads(NULL)`)).rows,
      mac: (await app.query(`SELECT audit_chain_mac($1, 1) AS mac`, [s.c1])).rows[0].mac,
      take: (await app.query(`SELECT audit_outbox_take($1, 10) AS t`, [s.c1])).rows[0].t,
      pending: (await app.query(`SELECT audit_outbox_pending() AS c`)).rows,
      overlaps: (await app.query(`SELECT * FROM alianza_rls.detect_overlaps($1, NULL)`, [s.c1]))
        .rows,
      notify: (
        await app.query(`SELECT * FROM alianza_rls.participant_member_users($1, $2)`, [
          s.c1,
          [s.orgs.A, s.orgs.B],
        ])
      ).rows,
    }));
    expect(facts).toEqual({
      head: [],
      heads: [],
      mac: null,
      take: null,
      pending: [],
      overlaps: [],
      notify: [],
    });
    // While the owner sees the scenario's rows.
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n FROM grants WHERE collaboration_id = $1`,
      [s.c1],
    );
    expect(rows[0].n).toBe(8);
  });

  it('lets a claim add audit entries to the chains it reaches, and nobody read, change or take them but the chainer', async () => {
    const entry = (collaborationId: string) =>
      app.query(
        `INSERT INTO audit_outbox (collaboration_id, action, actor_user_id, subject_type, subject_id, payload, created_at)
         VALUES ($1, 'grant.read', NULL, 'Participation', gen_random_uuid(), '{"secret": "payload"}', now())`,
        [collaborationId],
      );
    const attempt = (claim: string, work: () => Promise<unknown>) =>
      asApp(claim, () => sqlState(work()));
    const member = asUser('memberB');
    const outcomes = {
      ownChain: await attempt(member, () => entry(s.c1)),
      otherChain: await attempt(member, () => entry(s.c2)),
      read: await asApp(member, async () => {
        await entry(s.c1);
        return (await app.query(`SELECT count(*)::int AS n FROM audit_outbox`)).rows[0].n;
      }),
      change: await attempt(member, () => app.query(`UPDATE audit_outbox SET action = 'x'`)),
      remove: await attempt(member, () => app.query(`DELETE FROM audit_outbox`)),
      // Taking entries out answers only within a chain the claim reaches…
      takeOther: await asApp(
        member,
        async () => (await app.query(`SELECT audit_outbox_take($1, 10) AS t`, [s.c2])).rows[0].t,
      ),
      // … and the chains with entries waiting are the chainer's to list.
      pendingAsMember: await asApp(member, async () => {
        await entry(s.c1);
        return (await app.query(`SELECT audit_outbox_pending() AS c`)).rows.length;
      }),
    };
    expect(outcomes).toEqual({
      ownChain: 'succeeded',
      otherChain: INSUFFICIENT_PRIVILEGE,
      read: 0,
      change: INSUFFICIENT_PRIVILEGE,
      remove: INSUFFICIENT_PRIVILEGE,
      takeOther: null,
      pendingAsMember: 0,
    });
    // The chainer (under its job's claim) lists the chain and takes the entry, with the head.
    const chainer = sign(Claims.system('audit-chain'));
    const taken = await asApp(chainer, async () => {
      await entry(s.c1);
      const pending = (await app.query(`SELECT audit_outbox_pending() AS c`)).rows.map(
        (r: { c: string }) => r.c,
      );
      const batch = (await app.query(`SELECT audit_outbox_take($1, 10) AS t`, [s.c1])).rows[0].t;
      return { pending, batch };
    });
    expect(taken.pending).toContain(s.c1);
    expect(taken.batch.headSeq).toBeGreaterThan(0);
    expect(taken.batch.entries).toContainEqual(
      expect.objectContaining({ action: 'grant.read', payload: { secret: 'payload' } }),
    );
  });

  it('lets a user choose only their own email notifications, and the unsubscribe job only turn one off', async () => {
    const set = (user: string, kind: string, delivery: string) =>
      app.query(
        `INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
        [user, kind, delivery],
      );
    const attempt = (claim: string | null, work: () => Promise<unknown>) =>
      asApp(claim, () => sqlState(work()));
    const a = s.users.ownerA.id;
    const b = s.users.ownerB.id;
    const unsubscriber = sign(Claims.system('notification-unsubscribe'));
    const outcomes = {
      own: await attempt(asUser('ownerB'), () => set(b, 'plan.overdue', 'immediate')),
      other: await attempt(asUser('ownerB'), () => set(a, 'plan.overdue', 'in_app')),
      viewAs: await attempt(sign(Claims.viewAs(s.users.f1.id, s.orgs.B, s.c1)), () =>
        set(b, 'plan.overdue', 'in_app'),
      ),
      noClaim: await attempt(null, () => set(b, 'plan.overdue', 'in_app')),
      jobOff: await attempt(unsubscriber, () => set(b, 'plan.overdue', 'in_app')),
      // ownerA chose GRANT_RECEIVED immediately in the scenario: the job turns it off, no more.
      jobOffExisting: await attempt(unsubscriber, () => set(a, 'grant.received', 'in_app')),
      jobOn: await attempt(unsubscriber, () => set(b, 'plan.overdue', 'immediate')),
      jobOnExisting: await attempt(unsubscriber, () => set(a, 'grant.received', 'daily')),
      otherJob: await attempt(sign(Claims.system('notification-email')), () =>
        set(b, 'plan.overdue', 'in_app'),
      ),
      remove: await attempt(asUser('ownerA'), () =>
        app.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [a]),
      ),
    };
    expect(outcomes).toEqual({
      own: 'succeeded',
      other: INSUFFICIENT_PRIVILEGE,
      viewAs: INSUFFICIENT_PRIVILEGE,
      noClaim: INSUFFICIENT_PRIVILEGE,
      jobOff: 'succeeded',
      jobOffExisting: 'succeeded',
      jobOn: INSUFFICIENT_PRIVILEGE,
      jobOnExisting: INSUFFICIENT_PRIVILEGE,
      otherJob: INSUFFICIENT_PRIVILEGE,
      remove: INSUFFICIENT_PRIVILEGE,
    });
    // Who is told what, and the digests' waiting notifications: only with the right claim.
    const recipients = (claim: string | null) =>
      asApp(
        claim,
        async () =>
          (
            await app.query(
              `SELECT user_id, delivery FROM alianza_rls.notification_deliveries($1, $2, 'grant.received')`,
              [s.c1, [a, s.users.ownerE.id, s.users.f1.id]],
            )
          ).rows,
      );
    const digestUsers = (claim: string | null) =>
      asApp(
        claim,
        async () =>
          (
            await app.query(
              `SELECT user_id FROM alianza_rls.notification_digest_users(now() + interval '1 day', 1000)`,
            )
          ).rows,
      );
    // In C1 (which memberB takes part in): its people, never ownerE (not in C1).
    expect(
      (await recipients(asUser('memberB'))).sort((x, y) => x.user_id.localeCompare(y.user_id)),
    ).toEqual(
      [
        { user_id: a, delivery: 'immediate' },
        { user_id: s.users.f1.id, delivery: null },
      ].sort((x, y) => x.user_id.localeCompare(y.user_id)),
    );
    expect(await recipients(asUser('ownerE'))).toEqual([]);
    expect(await recipients(null)).toEqual([]);
    expect(await digestUsers(asUser('f1'))).toEqual([]);
    expect(await digestUsers(sign(Claims.system('notification-unsubscribe')))).toEqual([]);
    expect(await digestUsers(null)).toEqual([]);
    const take = (claim: string | null) =>
      asApp(
        claim,
        async () =>
          (
            await app.query(
              `SELECT id FROM alianza_rls.notification_email_take(NULL, now() + interval '1 day', 1000)`,
            )
          ).rows,
      );
    expect(await take(asUser('f1'))).toEqual([]);
    expect(await take(null)).toEqual([]);
    // The email job sees who waits for a digest (the scenario's daily notifications).
    expect(
      (await digestUsers(sign(Claims.system('notification-email')))).map((r) => r.user_id),
    ).toContain(s.users.memberB.id);
  });

  it("keeps a claim out of every statement's text, and its facts out of another transaction's reach", async () => {
    const victim = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
    await victim.connect();
    try {
      // The facilitator's request, idle inside its transaction, as a pooled connection waits.
      const claim = asUser('f1');
      const mac = claim.split('.')[1] as string;
      await victim.query('BEGIN');
      await victim.query(ENTER_CLAIM_SQL, [claim]);
      const nonce: string = (
        await victim.query(`SELECT current_setting('alianza.transaction') AS n`)
      ).rows[0].n;
      const facilitatorGrants = (await victim.query(`SELECT count(*)::int AS n FROM grants`))
        .rows[0].n;
      expect(facilitatorGrants).toBeGreaterThan(0);
      // Another session of the same role reads what pg_stat_activity shows of it: no claim.
      const activity = await asApp(asUser('memberB'), () =>
        app.query(`SELECT query FROM pg_stat_activity WHERE usename = current_user`),
      );
      expect(activity.rows.length).toBeGreaterThan(1);
      expect(activity.rows.filter((r) => String(r.query).includes(mac))).toEqual([]);
      // Even knowing the nonce of the facilitator's transaction, another backend gets nothing.
      const borrowed = await asApp(asUser('memberB'), async () => {
        await app.query(`SELECT set_config('alianza.transaction', $1, true)`, [nonce]);
        return (await app.query(`SELECT count(*)::int AS n FROM alianza_rls.facts`)).rows[0].n;
      });
      expect(borrowed).toBe(0);
      await victim.query('COMMIT');

      // On the facilitator's own backend, a later transaction that sets the old nonce by hand
      // (as an injected fragment of the next request would) finds no facts: each transaction
      // enters its claim under a fresh nonce, and this one entered B's.
      await victim.query('BEGIN');
      await victim.query(ENTER_CLAIM_SQL, [asUser('memberB')]);
      await victim.query(`SELECT set_config('alianza.transaction', $1, true)`, [nonce]);
      const replayed = (await victim.query(`SELECT count(*)::int AS n FROM grants`)).rows[0].n;
      await victim.query('ROLLBACK');
      expect(replayed).toBe(0);
    } finally {
      await victim.end();
    }
    // The facts are written by the database alone.
    const attempt = (sql: string) => asApp(asUser('memberB'), () => sqlState(app.query(sql)));
    const writes = {
      table: await attempt(`UPDATE alianza_private.transaction_facts SET member_orgs = '{}'`),
      view: await attempt(`UPDATE alianza_rls.facts SET member_orgs = '{}'`),
      derive: await attempt(`SELECT * FROM alianza_private.facts_of('{u,x,,}')`),
    };
    expect(writes).toEqual({
      table: INSUFFICIENT_PRIVILEGE,
      view: INSUFFICIENT_PRIVILEGE,
      derive: INSUFFICIENT_PRIVILEGE,
    });
  });

  it("lets the API role neither read password hashes nor write another user's account, session or token", async () => {
    const me = s.users.memberB.id;
    const other = s.users.ownerA.id;
    const attempt = (claim: string | null, sql: string, values: unknown[] = []) =>
      asApp(claim, () => sqlState(app.query(sql, values)));
    const claim = asUser('memberB');
    const session = `INSERT INTO sessions (user_id, token_hash, kind, expires_at)
                     VALUES ($1, md5(random()::text), 'bearer', now() + interval '1 day')`;
    const outcomes = {
      readHashes: await attempt(claim, `SELECT password_hash FROM users`),
      // A live token's hash enters its user's claim (ADR 0036): no claim may read one.
      readSessionHashes: await attempt(claim, `SELECT token_hash FROM sessions`),
      readTokenHashes: await attempt(claim, `SELECT token_hash FROM api_tokens`),
      sessionForOther: await attempt(claim, session, [other]),
      sessionWithoutClaim: await attempt(null, session, [me]),
      ownSession: await attempt(claim, session, [me]),
      moveSession: await attempt(claim, `UPDATE sessions SET user_id = $1 WHERE user_id = $2`, [
        me,
        other,
      ]),
      tokenForOther: await attempt(
        claim,
        `INSERT INTO api_tokens (user_id, name, token_hash, prefix, expires_at)
         VALUES ($1, 'x', md5(random()::text), 'alz_', now() + interval '1 day')`,
        [other],
      ),
      makeMeAdmin: await attempt(claim, `UPDATE users SET is_platform_admin = true WHERE id = $1`, [
        me,
      ]),
      makeMeFacilitator: await attempt(
        claim,
        `UPDATE users SET is_facilitator = true WHERE id = $1`,
        [me],
      ),
      signUpAsAdmin: await attempt(
        null,
        `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ('x@x.test', 'x', 'x', true)`,
      ),
      setOthersPassword: await attempt(
        claim,
        `UPDATE users SET password_hash = 'x' WHERE id = $1`,
        [other],
      ),
      setOwnName: await attempt(claim, `UPDATE users SET display_name = 'B' WHERE id = $1`, [me]),
      deleteSessions: await attempt(claim, `DELETE FROM sessions`),
      deleteUsers: await attempt(claim, `DELETE FROM users WHERE id = $1`, [me]),
    };
    expect(outcomes).toEqual({
      readHashes: INSUFFICIENT_PRIVILEGE,
      readSessionHashes: INSUFFICIENT_PRIVILEGE,
      readTokenHashes: INSUFFICIENT_PRIVILEGE,
      sessionForOther: INSUFFICIENT_PRIVILEGE,
      sessionWithoutClaim: INSUFFICIENT_PRIVILEGE,
      ownSession: 'succeeded',
      moveSession: INSUFFICIENT_PRIVILEGE,
      tokenForOther: INSUFFICIENT_PRIVILEGE,
      makeMeAdmin: INSUFFICIENT_PRIVILEGE,
      makeMeFacilitator: INSUFFICIENT_PRIVILEGE,
      signUpAsAdmin: INSUFFICIENT_PRIVILEGE,
      setOthersPassword: INSUFFICIENT_PRIVILEGE,
      setOwnName: 'succeeded',
      deleteSessions: INSUFFICIENT_PRIVILEGE,
      deleteUsers: INSUFFICIENT_PRIVILEGE,
    });
    // Nor giving one of its own to A, nor ending A's.
    expect(
      await attempt(claim, `UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [other]),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    expect(
      await attempt(claim, `UPDATE sessions SET user_id = $1 WHERE user_id = $2`, [other, me]),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    // Signing in reads one hash by its exact email, nothing to list.
    const found = await asApp(null, () =>
      app.query(`SELECT user_id FROM alianza_rls.login_credentials($1)`, [s.users.memberB.email]),
    );
    expect(found.rows).toEqual([{ user_id: me }]);
  });

  it("lets no claim read or touch another user's second factor, nor rewrite the security log", async () => {
    const e = s.users.ownerE.id; // has a second factor, recovery codes and a challenge
    const a = s.users.ownerA.id;
    const claim = asUser('ownerA');
    const attempt = (sql: string, values: unknown[] = []) =>
      asApp(claim, () => sqlState(app.query(sql, values)));
    const touched = (sql: string, values: unknown[] = []) =>
      asApp(claim, async () => (await app.query(sql, values)).rowCount);
    const outcomes = {
      readFactor: await touched(`SELECT * FROM user_second_factors WHERE user_id = $1`, [e]),
      readCodes: await touched(`SELECT * FROM user_recovery_codes WHERE user_id = $1`, [e]),
      readChallenges: await touched(`SELECT * FROM login_challenges WHERE user_id = $1`, [e]),
      readLog: await touched(`SELECT * FROM account_events WHERE user_id = $1`, [e]),
      dropFactor: await touched(`DELETE FROM user_second_factors WHERE user_id = $1`, [e]),
      spendCodes: await touched(
        `UPDATE user_recovery_codes SET used_at = now() WHERE user_id = $1`,
        [e],
      ),
      factorForOther: await attempt(
        `INSERT INTO user_second_factors (user_id, secret_ciphertext, confirmed_at) VALUES ($1, 'x', now())`,
        [e],
      ),
      codeForOther: await attempt(
        `INSERT INTO user_recovery_codes (user_id, code_hash) VALUES ($1, md5('x') || md5('y'))`,
        [e],
      ),
      challengeForOther: await attempt(
        `INSERT INTO login_challenges (user_id, token_hash, session_kind, expires_at)
         VALUES ($1, md5('x') || md5('y'), 'bearer', now() + interval '1 hour')`,
        [e],
      ),
      moveFactor: await attempt(`UPDATE user_second_factors SET user_id = $1`, [a]),
      eventOfOther: await attempt(
        `INSERT INTO account_events (user_id, actor_user_id, kind) VALUES ($1, $2, 'PASSWORD_CHANGED')`,
        [e, a],
      ),
      eventInOthersName: await attempt(
        `INSERT INTO account_events (user_id, actor_user_id, kind) VALUES ($1, $2, 'PASSWORD_CHANGED')`,
        [a, e],
      ),
      ownEvent: await attempt(
        `INSERT INTO account_events (user_id, actor_user_id, kind) VALUES ($1, $1, 'PASSWORD_CHANGED')`,
        [a],
      ),
      rewriteLog: await attempt(`UPDATE account_events SET kind = 'x'`),
      eraseLog: await attempt(`DELETE FROM account_events`),
    };
    expect(outcomes).toEqual({
      readFactor: 0,
      readCodes: 0,
      readChallenges: 0,
      readLog: 0,
      dropFactor: 0,
      spendCodes: 0,
      factorForOther: INSUFFICIENT_PRIVILEGE,
      codeForOther: INSUFFICIENT_PRIVILEGE,
      challengeForOther: INSUFFICIENT_PRIVILEGE,
      moveFactor: INSUFFICIENT_PRIVILEGE,
      eventOfOther: INSUFFICIENT_PRIVILEGE,
      eventInOthersName: INSUFFICIENT_PRIVILEGE,
      ownEvent: 'succeeded',
      rewriteLog: INSUFFICIENT_PRIVILEGE,
      eraseLog: INSUFFICIENT_PRIVILEGE,
    });
    // E's own claim reads them all; the administrator reads E's log, not E's factor.
    const own = await asApp(
      asUser('ownerE'),
      async () =>
        (
          await app.query(`SELECT (SELECT count(*)::int FROM user_second_factors) AS factors,
                                (SELECT count(*)::int FROM user_recovery_codes) AS codes,
                                (SELECT count(*)::int FROM login_challenges) AS challenges,
                                (SELECT count(*)::int FROM account_events) AS events`)
        ).rows[0],
    );
    // E's log: the address proven at sign-up (test/api/support/api.ts) and the factor turned on.
    expect(own).toEqual({ factors: 1, codes: 10, challenges: 1, events: 2 });
    const byAdmin = await asApp(
      asUser('admin'),
      async () =>
        (
          await app.query(
            `SELECT (SELECT count(*)::int FROM user_second_factors WHERE user_id = $1) AS factors,
                  (SELECT count(*)::int FROM account_events WHERE user_id = $1) AS events`,
            [e],
          )
        ).rows[0],
    );
    expect(byAdmin).toEqual({ factors: 0, events: 2 });
    // Whose a challenge is, by its token's hash only, before any claim.
    const unknown = await asApp(null, () =>
      app.query(`SELECT * FROM alianza_rls.login_challenge(md5('x') || md5('y'))`),
    );
    expect(unknown.rows).toEqual([]);
  });

  it('lets a user make and revoke only their own calendar feed, and never bring one back', async () => {
    const a = s.users.ownerA.id;
    const f = s.users.f1.id;
    const attempt = (user: UserKey, sql: string, values: unknown[] = []) =>
      asApp(asUser(user), () => sqlState(app.query(sql, values)));
    const revoked = async (user: UserKey, sql: string, values: unknown[] = []) =>
      asApp(asUser(user), async () => (await app.query(sql, values)).rowCount);
    const hash = randomBytes(32).toString('hex');
    const outcomes = {
      addOwn: await attempt(
        'ownerA',
        `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)`,
        [a, hash],
      ),
      addOther: await attempt(
        'ownerA',
        `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)`,
        [f, hash],
      ),
      addRevoked: await attempt(
        'ownerA',
        `INSERT INTO calendar_feeds (user_id, token_hash, revoked_at) VALUES ($1, $2, now())`,
        [a, hash],
      ),
      revokeOther: await revoked(
        'ownerA',
        `UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1`,
        [f],
      ),
      revokeOwn: await revoked(
        'ownerA',
        `UPDATE calendar_feeds SET revoked_at = now() WHERE revoked_at IS NULL`,
      ),
      bringBack: await attempt('ownerA', `UPDATE calendar_feeds SET revoked_at = NULL`),
      moveToOther: await attempt('ownerA', `UPDATE calendar_feeds SET user_id = $1`, [f]),
      erase: await attempt('ownerA', `DELETE FROM calendar_feeds`),
    };
    expect(outcomes).toEqual({
      addOwn: 'succeeded',
      addOther: INSUFFICIENT_PRIVILEGE,
      addRevoked: INSUFFICIENT_PRIVILEGE,
      revokeOther: 0,
      revokeOwn: 1,
      bringBack: INSUFFICIENT_PRIVILEGE,
      moveToOther: INSUFFICIENT_PRIVILEGE,
      erase: INSUFFICIENT_PRIVILEGE,
    });
  });

  it("lets only an endpoint's owners add or change a webhook, and no claim write a delivery but the sender", async () => {
    const attempt = (claim: string, sql: string, values: unknown[] = []) =>
      asApp(claim, () => sqlState(app.query(sql, values)));
    const changed = (claim: string, sql: string, values: unknown[] = []) =>
      asApp(claim, async () => (await app.query(sql, values)).rowCount);
    const ADD = `INSERT INTO webhook_endpoints (owner_kind, facilitated_collaboration_id, organization_id,
      url, event_kinds, secret_sealed, created_by) VALUES ($1, $2, $3, 'https://hooks.example.org/x', '{disclosure.approved}', 'x', $4)`;
    const [endpointA] = (
      await owner.query(
        `SELECT e.id, d.id AS delivery FROM webhook_endpoints e JOIN webhook_deliveries d ON d.endpoint_id = e.id
          WHERE e.organization_id = $1 LIMIT 1`,
        [s.orgs.A],
      )
    ).rows;
    const sender = sign(Claims.system('webhook-sender'));
    const a = s.users.ownerA.id;
    /** As the sender, in one rolled-back transaction: the delivery made `status`, then deleted. */
    const senderDeletes = (status: string) =>
      asApp(sender, async () => {
        await app.query(`UPDATE webhook_deliveries SET status = $2 WHERE id = $1`, [
          endpointA.delivery,
          status,
        ]);
        return (
          await app.query(`DELETE FROM webhook_deliveries WHERE id = $1`, [endpointA.delivery])
        ).rowCount;
      });
    const outcomes = {
      addOwnOrganization: await attempt(asUser('ownerA'), ADD, ['organization', null, s.orgs.A, a]),
      addOtherOrganization: await attempt(asUser('ownerA'), ADD, [
        'organization',
        null,
        s.orgs.B,
        a,
      ]),
      addAsMember: await attempt(asUser('memberB'), ADD, [
        'organization',
        null,
        s.orgs.B,
        s.users.memberB.id,
      ]),
      addFacilitated: await attempt(asUser('f1'), ADD, [
        'collaboration',
        s.c1,
        null,
        s.users.f1.id,
      ]),
      addNotFacilitated: await attempt(asUser('ownerA'), ADD, ['collaboration', s.c1, null, a]),
      addBoth: await attempt(asUser('ownerA'), ADD, ['organization', s.c1, s.orgs.A, a]),
      pauseOthers: await changed(
        asUser('ownerB'),
        `UPDATE webhook_endpoints SET status = 'paused' WHERE id = $1`,
        [endpointA.id],
      ),
      pauseOwn: await changed(
        asUser('ownerA'),
        `UPDATE webhook_endpoints SET status = 'paused' WHERE id = $1`,
        [endpointA.id],
      ),
      redirect: await attempt(
        asUser('ownerA'),
        `UPDATE webhook_endpoints SET url = 'https://evil.example.org/' WHERE id = $1`,
        [endpointA.id],
      ),
      deleteOthers: await changed(asUser('ownerB'), `DELETE FROM webhook_endpoints WHERE id = $1`, [
        endpointA.id,
      ]),
      addDelivery: await attempt(
        asUser('ownerA'),
        `INSERT INTO webhook_deliveries (collaboration_id, endpoint_id, event_id, event_kind, subject_id, payload)
         VALUES ($1, $2, gen_random_uuid(), 'disclosure.approved', gen_random_uuid(), '{}')`,
        [s.c1, endpointA.id],
      ),
      markOwnDelivery: await changed(
        asUser('ownerA'),
        `UPDATE webhook_deliveries SET status = 'failed'`,
      ),
      senderMarks: await changed(
        sender,
        `UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1`,
        [endpointA.delivery],
      ),
      // Only the sender deletes (WebhookDeliverySweep), and only succeeded deliveries.
      deleteOwnDelivery: await changed(asUser('ownerA'), `DELETE FROM webhook_deliveries`),
      senderDeletes_failed: await senderDeletes('failed'),
      senderDeletes_pending: await senderDeletes('pending'),
      senderDeletes_succeeded: await senderDeletes('succeeded'),
      replayOthers: await asApp(
        asUser('ownerB'),
        async () =>
          (
            await app.query(`SELECT alianza_rls.replay_webhook_delivery($1) AS id`, [
              endpointA.delivery,
            ])
          ).rows[0].id,
      ),
      replayOwn: await asApp(
        asUser('ownerA'),
        async () =>
          typeof (
            await app.query(`SELECT alianza_rls.replay_webhook_delivery($1) AS id`, [
              endpointA.delivery,
            ])
          ).rows[0].id,
      ),
      ownersAsOther: await asApp(
        asUser('ownerA'),
        async () =>
          (await app.query(`SELECT * FROM alianza_rls.webhook_owner_users($1)`, [endpointA.id]))
            .rowCount,
      ),
    };
    expect(outcomes).toEqual({
      addOwnOrganization: 'succeeded',
      addOtherOrganization: INSUFFICIENT_PRIVILEGE,
      addAsMember: INSUFFICIENT_PRIVILEGE,
      addFacilitated: 'succeeded',
      addNotFacilitated: INSUFFICIENT_PRIVILEGE,
      addBoth: INSUFFICIENT_PRIVILEGE,
      pauseOthers: 0,
      pauseOwn: 1,
      redirect: INSUFFICIENT_PRIVILEGE,
      deleteOthers: 0,
      addDelivery: INSUFFICIENT_PRIVILEGE,
      markOwnDelivery: 0,
      senderMarks: 1,
      deleteOwnDelivery: 0,
      senderDeletes_failed: 0,
      senderDeletes_pending: 0,
      senderDeletes_succeeded: 1,
      replayOthers: null,
      replayOwn: 'string',
      ownersAsOther: 0,
    });
  });

  it('lets no temporary table stand in for a table the policies read', async () => {
    // The API role may not create one, and every SECURITY DEFINER function searches pg_temp last.
    const temp = await asApp(asUser('memberB'), () =>
      sqlState(
        app.query(
          `CREATE TEMP TABLE organization_memberships (organization_id uuid, user_id uuid)`,
        ),
      ),
    );
    expect(temp).toBe(INSUFFICIENT_PRIVILEGE);
    const { rows } = await owner.query(
      `SELECT p.oid::regprocedure::text AS fn, array_to_string(p.proconfig, ',') AS config
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.prosecdef AND n.nspname IN ('public', 'alianza_rls', 'alianza_private')`,
    );
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.filter((r) => !/^search_path=.*pg_temp$/.test(r.config))).toEqual([]);
  });

  it('lets a recipient neither reassign nor extend a grant, nor touch one it no longer reads', async () => {
    const claim = asUser('memberB');
    // Whose a grant is: a column the API role may not update at all.
    const reassign = await asApp(claim, () =>
      sqlState(
        app.query(`UPDATE grants SET owner_organization_id = $1 WHERE id = $2`, [
          s.orgs.B,
          s.grants.AB,
        ]),
      ),
    );
    expect(reassign).toBe(INSUFFICIENT_PRIVILEGE);
    // A grant B received in force: readable, but the new row fails the write rule.
    const extend = await asApp(claim, () =>
      sqlState(app.query(`UPDATE grants SET valid_until = NULL WHERE id = $1`, [s.grants.AB])),
    );
    expect(extend).toBe(INSUFFICIENT_PRIVILEGE);
    // The expired grant to B is out of its reach: nothing to update.
    const revive = await asApp(claim, () =>
      app.query(`UPDATE grants SET valid_until = NULL WHERE id = $1 RETURNING id`, [s.grants.CB]),
    );
    expect(revive.rowCount).toBe(0);
  });

  it("shows B's owner only B's grants in force and the grants B gave", async () => {
    const ids = await asApp(asUser('ownerB'), async () =>
      (await app.query<{ id: string }>(`SELECT * FROM grants`)).rows.map((r) => r.id).sort(),
    );
    // Received: A's (in force); not C's (expired). Given: to A (twice: its item with a
    // document too), to W (revoked when W left), to C.
    expect(ids).toEqual(
      [s.grants.AB, s.grants.BA, s.grants.BW, s.grants.BC, s.documentGrant].sort(),
    );
  });
});
