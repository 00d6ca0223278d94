import { randomUUID } from 'node:crypto';
import { Api, TestUser } from '../support/api';

/**
 * Who reads each text a facilitator or a company writes (docs/adr/0014-who-reads-each-text.md).
 * Every text of one world carries its own marker; then each caller asks for everything it may
 * ask for — every query of the schema, with every field selected a few levels deep, for every
 * id of the world, and the CSV reports — and the markers found in the answers must be exactly
 * the texts that caller may read. A text no allowed reader finds fails too: the path is real.
 */
const TAG = randomUUID().replace(/-/g, '').slice(0, 10);
const mark = (text: string) => `TXT${text}${TAG}`;

type Actor =
  | 'facilitator'
  | 'ownerA'
  | 'ownerB'
  | 'ownerD'
  | 'invitedI'
  | 'otherParticipant'
  | 'otherFacilitator'
  | 'admin';

const PARTIES: Actor[] = ['ownerA', 'ownerB', 'ownerD'];
const IN_C: Actor[] = ['facilitator', ...PARTIES, 'invitedI'];

/**
 * The promise of each screen, as who may read the text. A: the owner of the item, the asker,
 * the giver; B: the recipient, the receiver, the other party of the overlap; D: another active
 * party; I: invited, not yet taking part.
 */
const READERS: Record<string, Actor[]> = {
  // Collaboration and its ground rules: everyone invited or taking part.
  collaborationObjective: IN_C,
  groundRules: IN_C,
  thirdPartyRules: IN_C,
  invitationMessage: ['facilitator', 'invitedI'],
  // E was invited and declined, with a reason: the facilitator (and E) read it.
  declineReason: ['facilitator'],
  // A's profile: the facilitators (its own, and those looking for organizations to invite),
  // the active parties it works with, and the platform admin; not a party only invited.
  mission: ['facilitator', ...PARTIES, 'otherFacilitator', 'admin'],
  // Areas and activity option lists: the facilitator and the active parties.
  areaDescription: ['facilitator', ...PARTIES],
  activityOption: ['facilitator', ...PARTIES],
  // What a party seeks and offers: the facilitator and the active parties.
  offer: ['facilitator', ...PARTIES],
  // Overlap A–B: the facilitator's note is its own; the shared text reaches A and B only.
  overlapNote: ['facilitator'],
  overlapSharedNote: ['facilitator', 'ownerA', 'ownerB'],
  // Detected overlaps and their dismissal: the facilitator only.
  dismissReason: ['facilitator'],
  // A's customer list: A only (the facilitator sees counts, never the file).
  customerFile: ['ownerA'],
  // A's item, shared with B by an approved grant.
  itemTitle: ['facilitator', 'ownerA', 'ownerB'],
  itemBody: ['facilitator', 'ownerA', 'ownerB'],
  // A's item kept to itself: the facilitator reviews, nobody else.
  unsharedBody: ['facilitator', 'ownerA'],
  requestNote: ['facilitator', 'ownerA'],
  decisionMessage: ['facilitator', 'ownerA'],
  revokeReason: ['facilitator', 'ownerA', 'ownerB'],
  // A publication to A only.
  publicationTitle: ['facilitator', 'ownerA'],
  publicationBody: ['facilitator', 'ownerA'],
  // Plan: a confidential resource of A; a task of A, blocked.
  confidentialResource: ['facilitator', 'ownerA'],
  milestoneDescription: ['facilitator', ...PARTIES],
  taskDescription: ['facilitator', ...PARTIES],
  blockedReason: ['facilitator', ...PARTIES],
  progress: ['facilitator', ...PARTIES],
  // Ledger: A gave to B; B disputes; the facilitator settles. A pledges to B and cancels. The
  // ledger is common to every active party (ADR 0007), and its screens now say so.
  contribution: ['facilitator', ...PARTIES],
  disputeReason: ['facilitator', ...PARTIES],
  settleReason: ['facilitator', ...PARTIES],
  pledge: ['facilitator', ...PARTIES],
  cancelReason: ['facilitator', ...PARTIES],
  // A's private question and its answer; the anonymised version is for every active party.
  questionSubject: ['facilitator', 'ownerA'],
  questionBody: ['facilitator', 'ownerA'],
  answer: ['facilitator', 'ownerA'],
  publishedQuestion: ['facilitator', ...PARTIES],
  publishedAnswer: ['facilitator', ...PARTIES],
  // A's evaluation while closing, and its comment on B: the facilitator and A only.
  assessment: ['facilitator', 'ownerA'],
  peerComment: ['facilitator', 'ownerA'],
  // A's reporting token: its owner only.
  tokenName: ['ownerA'],
};

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const required = (ref: TypeRef) => ref.kind === 'NON_NULL';

describe('who reads each text', () => {
  const t = new Api();
  const users = {} as Record<Actor, TestUser>;
  const ids: Record<string, string[]> = {};
  let c = '';
  const keep = (typeName: string, id: string) => {
    (ids[typeName] ??= []).push(id);
    return id;
  };

  const gqlOk = <T = any>(query: string, variables: Record<string, unknown>, as: TestUser) =>
    t.ok<T>(query, variables, as);

  beforeAll(async () => {
    const facilitator = await t.facilitator('texts-F');
    users.facilitator = facilitator;
    users.otherFacilitator = await t.facilitator('texts-F2');
    users.admin = await t.admin();
    for (const actor of ['ownerA', 'ownerB', 'ownerD', 'invitedI', 'otherParticipant'] as const)
      users[actor] = await t.user(`texts-${actor}`);
    const org = {} as Record<'A' | 'B' | 'D' | 'I' | 'X', string>;
    for (const [key, actor] of [
      ['A', 'ownerA'],
      ['B', 'ownerB'],
      ['D', 'ownerD'],
      ['I', 'invitedI'],
      ['X', 'otherParticipant'],
    ] as const)
      // Named to come first in the admin's list of organizations (by name; its only path to a
      // profile), whatever the suites running beside this one have created in the database.
      org[key] = keep('Organization', await t.organization(users[actor], `000 Texts ${key}`));

    const { createCollaboration } = await gqlOk(
      `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`,
      {
        input: {
          title: 'Textos',
          objective: mark('collaborationObjective'),
          description: 'Quién lee cada texto',
        },
      },
      facilitator,
    );
    c = keep('Collaboration', createCollaboration.id);
    const { publishGroundRules: rules } = await gqlOk(
      `mutation($c: ID!, $input: PublishGroundRulesInput!) { publishGroundRules(collaborationId: $c, input: $input) { id } }`,
      { c, input: { body: mark('groundRules'), thirdPartyRules: mark('thirdPartyRules') } },
      facilitator,
    );
    const participation = {} as Record<'A' | 'B' | 'D' | 'I', string>;
    for (const key of ['A', 'B', 'D', 'I'] as const) {
      const { inviteOrganization } = await gqlOk(
        `mutation($c: ID!, $input: InviteOrganizationInput!) { inviteOrganization(collaborationId: $c, input: $input) { id } }`,
        {
          c,
          input: {
            organizationId: org[key],
            message: key === 'I' ? mark('invitationMessage') : 'Bienvenida',
          },
        },
        facilitator,
      );
      participation[key] = inviteOrganization.id;
    }
    await gqlOk(
      `mutation($id: ID!, $m: String!) { updateOrganization(organizationId: $id, input: { mission: $m }) { id } }`,
      { id: org.A, m: mark('mission') },
      users.ownerA,
    );
    const ownerE = await t.user('texts-ownerE');
    const invitedE = await t.invite(facilitator, c, await t.organization(ownerE, 'Texts E'));
    await gqlOk(
      `mutation($p: ID!, $r: String!) { declineInvitation(participationId: $p, input: { reason: $r }) { id } }`,
      { p: invitedE, r: mark('declineReason') },
      ownerE,
    );
    await t.acceptGroundRules(users.ownerA, participation.A, rules.id);
    await t.acceptGroundRules(users.ownerB, participation.B, rules.id);
    await t.acceptGroundRules(users.ownerD, participation.D, rules.id);
    await gqlOk(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: ACTIVE }) { id } }`,
      { id: c },
      facilitator,
    );
    // Another collaboration, with its own facilitator and participant.
    const other = keep('Collaboration', await t.collaboration(users.otherFacilitator, 'Otra'));
    const otherRules = await t.publishGroundRules(users.otherFacilitator, other);
    await t.acceptGroundRules(
      users.otherParticipant,
      await t.invite(users.otherFacilitator, other, org.X),
      otherRules.id,
    );

    await gqlOk(
      `mutation($p: ID!, $d: String!) { addParticipationEntry(participationId: $p, input: { direction: OFFER, contributionType: INFORMATION, description: $d }) { id } }`,
      { p: participation.A, d: mark('offer') },
      users.ownerA,
    );

    // A moderated area with the overlap A–B.
    const { createArea } = await gqlOk(
      `mutation($c: ID!, $d: String!) { createArea(collaborationId: $c, input: { name: "Costes compartidos", description: $d, sensitivity: MODERATED }) { id } }`,
      { c, d: mark('areaDescription') },
      facilitator,
    );
    const area = createArea.id as string;
    const { declareOverlap } = await gqlOk(
      `mutation($a: ID!, $o: [ID!]!, $n: String!, $s: String!) { declareOverlap(areaId: $a, input: { organizationIds: $o, note: $n, sharedNote: $s }) { id } }`,
      { a: area, o: [org.A, org.B], n: mark('overlapNote'), s: mark('overlapSharedNote') },
      facilitator,
    );

    // Activity: an option list; A and D declare the same market; the facilitator dismisses it.
    const { setActivityOptions } = await gqlOk(
      `mutation($a: ID!, $l: [String!]!) { setActivityOptions(areaId: $a, input: { dimension: MARKET, labels: $l }) { id } }`,
      { a: area, l: [mark('activityOption')] },
      facilitator,
    );
    for (const actor of ['ownerA', 'ownerD'] as const)
      await gqlOk(
        `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId } }`,
        { a: area, o: [setActivityOptions[0].id] },
        users[actor],
      );
    await gqlOk(
      `mutation($a: ID!, $f: String!) { uploadCustomerList(areaId: $a, input: { fileName: $f, content: "B12345678" }) { id } }`,
      { a: area, f: `${mark('customerFile')}.csv` },
      users.ownerA,
    );
    await gqlOk(
      `mutation($input: DismissDetectedOverlapInput!) { dismissDetectedOverlap(input: $input) { status } }`,
      { input: { areaId: area, organizationIds: [org.A, org.D], reason: mark('dismissReason') } },
      facilitator,
    );

    // A's item shared with B (approved with a message, then revoked with a reason), and an item
    // A keeps to itself.
    const createItem = async (title: string, body: string) =>
      keep(
        'Item',
        (
          await gqlOk(
            `mutation($p: ID!, $a: ID!, $t: String!, $b: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: $b }) { itemId } }`,
            { p: participation.A, a: area, t: title, b: body },
            users.ownerA,
          )
        ).createItem.itemId,
      );
    const item = await createItem(mark('itemTitle'), mark('itemBody'));
    await createItem('Notas internas', mark('unsharedBody'));
    const { requestDisclosure } = await gqlOk(
      `mutation($i: ID!, $r: [ID!], $n: String!) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r, note: $n }) { id } }`,
      { i: item, r: [org.B], n: mark('requestNote') },
      users.ownerA,
    );
    keep('DisclosureRequest', requestDisclosure.id);
    const { approveDisclosure } = await gqlOk(
      `mutation($r: ID!, $o: [ID!]!, $m: String!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: $o, message: $m }) { grants { id } } }`,
      { r: requestDisclosure.id, o: [declareOverlap.id], m: mark('decisionMessage') },
      facilitator,
    );
    // A second grant of the same version stays valid, so that B reads the item.
    const { requestDisclosure: again } = await gqlOk(
      `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
      { i: item, r: [org.B] },
      users.ownerA,
    );
    keep('DisclosureRequest', again.id);
    await gqlOk(
      `mutation($g: ID!, $r: String!) { revokeGrant(grantId: $g, input: { reason: $r }) { id } }`,
      { g: approveDisclosure.grants[0].id, r: mark('revokeReason') },
      facilitator,
    );
    await gqlOk(
      `mutation($r: ID!, $o: [ID!]!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: $o }) { id } }`,
      { r: again.id, o: [declareOverlap.id] },
      facilitator,
    );

    await gqlOk(
      `mutation($c: ID!, $o: [ID!], $t: String!, $b: String!) { publish(collaborationId: $c, input: { title: $t, body: $b, audienceKind: NAMED, recipientOrganizationIds: $o }) { id } }`,
      { c, o: [org.A], t: mark('publicationTitle'), b: mark('publicationBody') },
      facilitator,
    );

    // Plan.
    const { createMilestone } = await gqlOk(
      `mutation($c: ID!, $d: String!) { createMilestone(collaborationId: $c, input: { title: "Hito", description: $d }) { id } }`,
      { c, d: mark('milestoneDescription') },
      facilitator,
    );
    await gqlOk(
      `mutation($m: ID!, $input: ResourceInput!) { addResource(milestoneId: $m, input: $input) { id } }`,
      {
        m: createMilestone.id,
        input: {
          kind: 'AVAILABLE',
          description: mark('confidentialResource'),
          confidential: true,
          providerOrganizationId: org.A,
        },
      },
      facilitator,
    );
    const { createTask } = await gqlOk(
      `mutation($m: ID!, $o: ID!, $d: String!) { createTask(milestoneId: $m, input: { title: "Tarea", description: $d, responsibleOrganizationId: $o }) { id } }`,
      { m: createMilestone.id, o: org.A, d: mark('taskDescription') },
      facilitator,
    );
    await gqlOk(
      `mutation($id: ID!, $r: String!) { setTaskStatus(taskId: $id, input: { status: BLOCKED, blockedReason: $r }) { id } }`,
      { id: createTask.id, r: mark('blockedReason') },
      users.ownerA,
    );
    await gqlOk(
      `mutation($input: ProgressInput!) { postProgress(input: $input) { id } }`,
      { input: { milestoneId: createMilestone.id, taskId: createTask.id, text: mark('progress') } },
      users.ownerA,
    );

    // Ledger.
    await gqlOk(
      `mutation($c: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: POINTS }) { valuationScale } }`,
      { c },
      facilitator,
    );
    const { declareContribution } = await gqlOk(
      `mutation($c: ID!, $r: [ID!]!, $d: String!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: SUPPLY, description: $d, value: "2", occurredOn: "2026-11-02" }) { id } }`,
      { c, r: [org.B], d: mark('contribution') },
      users.ownerA,
    );
    const entry = declareContribution[0].id;
    await gqlOk(
      `mutation($e: ID!, $r: String!) { disputeLedgerEntry(entryId: $e, input: { reason: $r }) { id } }`,
      { e: entry, r: mark('disputeReason') },
      users.ownerB,
    );
    await gqlOk(
      `mutation($e: ID!, $r: String!) { settleLedgerDispute(entryId: $e, input: { uphold: true, reason: $r }) { id } }`,
      { e: entry, r: mark('settleReason') },
      facilitator,
    );
    const { makePledge } = await gqlOk(
      `mutation($c: ID!, $r: ID, $d: String!) { makePledge(collaborationId: $c, input: { receiverOrganizationId: $r, contributionType: CARE, description: $d, dueOn: "2099-01-01" }) { id } }`,
      { c, r: org.B, d: mark('pledge') },
      users.ownerA,
    );
    await gqlOk(
      `mutation($p: ID!, $r: String!) { cancelPledge(pledgeId: $p, input: { reason: $r }) { id } }`,
      { p: makePledge.id, r: mark('cancelReason') },
      users.ownerA,
    );

    // A private question, answered, and published anonymised.
    const { askQuestion } = await gqlOk(
      `mutation($c: ID!, $s: String!, $b: String!) { askQuestion(collaborationId: $c, input: { subject: $s, body: $b }) { id } }`,
      { c, s: mark('questionSubject'), b: mark('questionBody') },
      users.ownerA,
    );
    keep('Question', askQuestion.id);
    await gqlOk(
      `mutation($id: ID!, $a: String!) { answerQuestion(questionId: $id, input: { answer: $a }) { id } }`,
      { id: askQuestion.id, a: mark('answer') },
      facilitator,
    );
    await gqlOk(
      `mutation($id: ID!, $q: String!, $a: String!) { publishQuestion(questionId: $id, input: { question: $q, answer: $a }) { id } }`,
      { id: askQuestion.id, q: mark('publishedQuestion'), a: mark('publishedAnswer') },
      facilitator,
    );

    await gqlOk(
      `mutation($n: String!, $e: DateTime!) { createApiToken(input: { name: $n, expiresAt: $e }) { token { id } } }`,
      { n: mark('tokenName'), e: new Date(Date.now() + 86_400_000).toISOString() },
      users.ownerA,
    );

    // Last, as it closes the collaboration's exchanges: A evaluates, with a comment on B.
    await gqlOk(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: CLOSING }) { id } }`,
      { id: c },
      facilitator,
    );
    await gqlOk(
      `mutation($c: ID!, $input: EvaluationInput!) { submitEvaluation(collaborationId: $c, input: $input) { id } }`,
      {
        c,
        input: {
          assessment: mark('assessment'),
          peerRatings: [{ organizationId: org.B, rating: 4, comment: mark('peerComment') }],
        },
      },
      users.ownerA,
    );
  }, 120_000);

  /** Every query of the schema, each field selected `depth` levels deep, with the world's ids. */
  async function everyQuery(): Promise<{ query: string; variables: Record<string, unknown> }[]> {
    const { __schema } = await t.ok<{
      __schema: { queryType: { name: string }; types: TypeInfo[] };
    }>(
      `{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name type { ${TYPE_REF} }
         args { name defaultValue type { ${TYPE_REF} } } } } } }`,
    );
    const types = new Map(__schema.types.map((type) => [type.name, type]));
    const select = (typeName: string, depth: number): string | null => {
      const type = types.get(typeName);
      if (!type?.fields) return null;
      const parts = type.fields
        .filter((f) => !f.args.some((a) => required(a.type) && a.defaultValue === null))
        .map((f) => {
          const inner = named(f.type);
          if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') return f.name;
          if (depth === 0) return null;
          const sub = select(inner.name!, depth - 1);
          return sub ? `${f.name} ${sub}` : null;
        })
        .filter(Boolean);
      return parts.length ? `{ ${parts.join(' ')} }` : null;
    };
    const values: Record<string, (returnType: string) => string[]> = {
      collaborationId: () => [c],
      organizationId: () => ids['Organization']!,
      id: (returnType) => ids[returnType] ?? [],
    };
    const calls: { query: string; variables: Record<string, unknown> }[] = [];
    for (const field of types.get(__schema.queryType.name)!.fields!) {
      const returnType = named(field.type).name!;
      const selection = select(returnType, 4) ?? '';
      const needed = field.args.filter(
        (a) => values[a.name] || (required(a.type) && a.defaultValue === null),
      );
      // One call per combination of the ids the arguments take.
      let combos: Record<string, unknown>[] = [{}];
      for (const arg of needed) {
        const options = values[arg.name]?.(returnType) ?? [];
        if (options.length === 0 && required(arg.type)) combos = [];
        else if (options.length > 0)
          combos = combos.flatMap((combo) => options.map((v) => ({ ...combo, [arg.name]: v })));
      }
      const declared = needed
        .filter((a) => values[a.name])
        .map((a) => `$${a.name}: ${required(a.type) ? 'ID!' : 'ID'}`);
      const args = needed.filter((a) => values[a.name]).map((a) => `${a.name}: $${a.name}`);
      const query = `query${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${
        args.length ? `(${args.join(', ')})` : ''
      } ${selection} }`;
      for (const variables of combos) calls.push({ query, variables });
    }
    return calls;
  }

  /** The markers in everything `actor` can read. */
  async function readBy(
    actor: Actor,
    calls: { query: string; variables: Record<string, unknown> }[],
  ): Promise<Set<string>> {
    const user = users[actor];
    const texts: string[] = [];
    for (const call of calls) {
      const res = await t.gql(call.query, call.variables, user);
      texts.push(JSON.stringify(res.data ?? null));
      // An answer may carry a text in its error details too.
      texts.push(JSON.stringify(res.errors ?? []));
    }
    for (const path of [
      `/reports/collaborations/${c}.csv`,
      '/reports/portfolio.csv',
      ...ids['Organization']!.map((o) => `/reports/organizations/${o}.csv`),
    ]) {
      const res = await t.http.get(path).set('authorization', `Bearer ${user.token}`);
      texts.push(res.text);
    }
    const all = texts.join('\n');
    return new Set(Object.keys(READERS).filter((key) => all.includes(mark(key))));
  }

  it('lets each caller read exactly the texts its screens promise, through every path', async () => {
    const calls = await everyQuery();
    expect(calls.length).toBeGreaterThan(40);
    const seen: Record<string, Actor[]> = Object.fromEntries(
      Object.keys(READERS).map((key) => [key, [] as Actor[]]),
    );
    for (const actor of Object.keys(users) as Actor[]) {
      for (const key of await readBy(actor, calls)) seen[key]!.push(actor);
    }
    const sort = (table: Record<string, Actor[]>) =>
      Object.fromEntries(Object.entries(table).map(([key, actors]) => [key, [...actors].sort()]));
    expect(sort(seen)).toEqual(sort(READERS));
  });
});
