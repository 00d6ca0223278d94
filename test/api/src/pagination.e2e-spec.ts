import { randomUUID } from 'node:crypto';
import { Api, TestUser } from '../support/api';

/** One paginated list of the schema: how to ask for it, as whom, and the key of its nodes. */
interface PagedList {
  /** `$first: Int!` and `$after: String` are added; the field's other arguments are given here. */
  args: string;
  variables: () => Record<string, unknown>;
  as: () => TestUser;
  /** The field that identifies a node (default `id`); a path such as `grant.id` reads a sub-field. */
  key?: string;
  /** Every node this file made for the list; all must come back. */
  made: () => string[];
  /** Page size: small, so that the list takes several pages. */
  first: number;
}

interface Page {
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * How a list that is a field of another type is reached, by that type: `Collaboration.areas` is
 * asked as `collaboration(id: $c) { areas(…) }`, `User.apiTokens` as `me { apiTokens(…) }`.
 */
const PARENTS: Record<string, { open: string; pick: (data: Record<string, unknown>) => unknown }> =
  {
    Query: { open: '', pick: (data) => data['page'] },
    Collaboration: {
      open: 'collaboration(id: $c)',
      pick: (data) => (data['collaboration'] as Record<string, unknown>)['page'],
    },
    User: { open: 'me', pick: (data) => (data['me'] as Record<string, unknown>)['page'] },
  };

/** The parent type and the field's own name: `Query` for a root field. */
const partsOf = (field: string): [string, string] => {
  const [type, name] = field.includes('.') ? field.split('.') : ['Query', field];
  return [type!, name!];
};

/** The selection of a node's key: `id`, or `grant { id }` for `grant.id`. */
const selectionOf = (key: string): string =>
  key.split('.').reduceRight((inner, name) => (inner ? `${name} { ${inner} }` : name), '');

/** The value of a node's key. */
const keyOf = (node: Record<string, unknown>, key: string): string =>
  key
    .split('.')
    .reduce<unknown>((value, name) => (value as Record<string, unknown>)[name], node) as string;

/** A query of `field` (root or nested) whose page is aliased `page`, around `body`. */
const wrapped = (field: string, args: string, body: string): string => {
  const [type, name] = partsOf(field);
  const parent = PARENTS[type];
  if (!parent) throw new Error(`No way to reach ${field}: add its type to PARENTS`);
  const page = `page: ${name}(${args}) { ${body} }`;
  return parent.open ? `${parent.open} { ${page} }` : page;
};

/** The page a query of `field` answered. */
const pageIn = <P>(field: string, data: Record<string, unknown>): P =>
  PARENTS[partsOf(field)[0]]!.pick(data) as P;

const TAG = randomUUID().slice(0, 8);
/** The audit log of one collaboration holds exactly this many records. */
const AUDIT_RECORDS = 500;

/** Every list with `first`/`after` arguments, paged past its first page with real data. */
describe('pagination of every paginated list', () => {
  const t = new Api();
  let admin: TestUser;
  let facilitator: TestUser;
  /** A user whose account security log holds exactly a few records. */
  let eventful: TestUser;
  /** A user signed in several times: that many live sessions. */
  let traveller: TestUser;
  let auditFacilitator: TestUser;
  /** A user with a few reporting API tokens. */
  let tokenHolder: TestUser;
  const owners: TestUser[] = [];
  const orgs: string[] = [];
  const made: Record<string, string[]> = {};
  let c: string;
  let auditCollaboration: string;

  const keep = (list: string, id: string) => {
    (made[list] ??= []).push(id);
    return id;
  };

  /** A list of collaboration `c`, asked by `as`, expected to hold what this file kept as `kept`. */
  const inC = (as: () => TestUser, kept: string, more: Partial<PagedList> = {}): PagedList => ({
    args: 'collaborationId: $c',
    variables: () => ({ c }),
    as,
    made: () => made[kept] ?? [],
    first: 2,
    ...more,
  });
  /** A list that is a field of collaboration `c` (`Collaboration.<name>`). */
  const ofC = (as: () => TestUser, kept: string, more: Partial<PagedList> = {}): PagedList =>
    inC(as, kept, { args: '', ...more });
  const bySearch = (made: () => string[]): PagedList => ({
    args: 'search: $s',
    variables: () => ({ s: TAG }),
    as: () => admin,
    made,
    first: 2,
  });

  const LISTS: Record<string, PagedList> = {
    auditLog: inC(() => auditFacilitator, 'auditLog', {
      variables: () => ({ c: auditCollaboration }),
      first: 7,
    }),
    collaborations: inC(() => facilitator, 'collaborations', { args: '', variables: () => ({}) }),
    disclosureRequests: inC(() => facilitator, 'disclosureRequests'),
    items: inC(() => owners[0]!, 'items'),
    ledgerEntries: inC(() => facilitator, 'ledgerEntries'),
    // B was told of each item shared with it.
    notifications: inC(() => owners[1]!, 'none', { args: '', variables: () => ({}) }),
    organizations: bySearch(() => orgs),
    participations: inC(() => facilitator, 'participations'),
    publications: inC(() => facilitator, 'publications'),
    publishedAnswers: inC(() => owners[2]!, 'publishedAnswers'),
    questions: inC(() => facilitator, 'questions'),
    sharedWithMe: inC(() => owners[1]!, 'grants', { key: 'grantId' }),
    sharedWithOrganization: inC(() => facilitator, 'grants', {
      args: 'collaborationId: $c, organizationId: $o',
      variables: () => ({ c, o: orgs[1] }),
      key: 'grantId',
    }),
    users: bySearch(() => owners.map((o) => o.id)),
    myAccountEvents: {
      args: '',
      variables: () => ({}),
      as: () => eventful,
      made: () => [],
      first: 2,
    },
    accountEvents: {
      args: 'userId: $u',
      variables: () => ({ u: eventful.id }),
      as: () => admin,
      made: () => [],
      first: 2,
    },
    mySessions: {
      args: '',
      variables: () => ({}),
      as: () => traveller,
      made: () => made['sessions'] ?? [],
      first: 2,
    },
    webhookEndpoints: {
      args: '',
      variables: () => ({}),
      as: () => facilitator,
      made: () => made['webhookEndpoints'] ?? [],
      first: 2,
    },
    // One delivery of the first endpoint per approval below.
    webhookDeliveries: {
      args: 'endpointId: $e',
      variables: () => ({ e: made['webhookEndpoints']![0] }),
      as: () => facilitator,
      made: () => [],
      first: 2,
    },
    'Collaboration.areas': ofC(() => facilitator, 'areas'),
    'Collaboration.overlaps': ofC(() => facilitator, 'overlaps'),
    'Collaboration.benchmarkRounds': ofC(() => facilitator, 'benchmarkRounds'),
    'Collaboration.pledges': ofC(() => facilitator, 'pledges'),
    'Collaboration.evaluations': ofC(() => facilitator, 'evaluations'),
    // Computed from declared activity: four organizations declared the same market.
    'Collaboration.detectedOverlaps': ofC(() => facilitator, 'none'),
    'Collaboration.activityOptions': ofC(() => facilitator, 'activityOptions'),
    'Collaboration.invitations': ofC(() => facilitator, 'invitations'),
    // A's grants to B cross the overlap of A and B declared after them.
    'Collaboration.grantsNeedingReview': ofC(() => facilitator, 'grants', { key: 'grant.id' }),
    'User.apiTokens': {
      args: '',
      variables: () => ({}),
      as: () => tokenHolder,
      made: () => made['apiTokens'] ?? [],
      first: 2,
    },
  };

  /**
   * Lists paged in their own suites, where what they hold stays put: here, every suite's API
   * adds to them while this one pages.
   */
  const PAGED_ELSEWHERE: Record<string, string> = {
    mailQueue: 'the mail queue of every process on the test database: paged in mail.e2e-spec',
    'ItemFile.accesses': 'who opened a shared file: paged in file-grants.e2e-spec',
    search: 'the ranked hits of a search: paged by cursor in search.e2e-spec',
  };

  /** The session a token stands for. */
  const currentSession = async (as: Pick<TestUser, 'token'>) => {
    const { mySessions } = await t.ok<{
      mySessions: { nodes: { id: string; current: boolean }[] };
    }>(`{ mySessions(first: 100) { nodes { id current } } }`, {}, as);
    return mySessions.nodes.find((s) => s.current)!;
  };

  /** The query of a list around `body`, with the variables its arguments use. */
  const queryAround = (field: string, list: PagedList, body: string) => {
    const declared = Object.keys(list.variables())
      .map((name) => `$${name}: ${name === 's' ? 'String' : 'ID!'}`)
      .join(', ');
    const args = [list.args, 'first: $first, after: $after'].filter(Boolean).join(', ');
    return `query($first: Int!, $after: String${declared ? `, ${declared}` : ''}) {
      ${wrapped(field, args, body)} }`;
  };

  /** The query of a list's page: its total, page info and the keys of its nodes. */
  const queryOf = (field: string, list: PagedList) =>
    queryAround(
      field,
      list,
      `totalCount pageInfo { hasNextPage endCursor } nodes { ${selectionOf(list.key ?? 'id')} }`,
    );

  /** Follows `endCursor` until `hasNextPage` is false; checks each page on the way. */
  const pageAll = async (field: string, list: PagedList, first = list.first) => {
    const query = queryOf(field, list);
    const key = list.key ?? 'id';
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    let pages = 0;
    for (;;) {
      const page: Page = pageIn<Page>(
        field,
        await t.ok<Record<string, unknown>>(
          query,
          { ...list.variables(), first, after },
          list.as(),
        ),
      );
      pages += 1;
      if (totalCount < 0) totalCount = page.totalCount;
      expect(page.totalCount).toBe(totalCount);
      seen.push(...page.nodes.map((n) => keyOf(n, key)));
      if (!page.pageInfo.hasNextPage) {
        expect(page.nodes.length).toBeLessThanOrEqual(first);
        break;
      }
      expect(page.nodes).toHaveLength(first);
      expect(page.pageInfo.endCursor).toEqual(expect.any(String));
      after = page.pageInfo.endCursor;
      if (pages > 1000) throw new Error(`${field} never ends`);
    }
    return { seen, totalCount, pages };
  };

  beforeAll(async () => {
    admin = await t.admin();
    // Five password changes: five records in the user's account security log.
    eventful = await t.user(`pages-${TAG}-events`);
    let password = eventful.password;
    for (let i = 0; i < 5; i += 1) {
      const next = `a passphrase of the pages ${i}`;
      await t.ok(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
        { input: { currentPassword: password, newPassword: next } },
        eventful,
      );
      password = next;
    }
    traveller = await t.user(`pages-${TAG}-sessions`);
    keep('sessions', (await currentSession(traveller)).id);
    // Sessions opened together share their creation time: the cursor must break the tie.
    const others = await Promise.all([1, 2, 3, 4].map(() => t.session(traveller.email)));
    for (const other of others) keep('sessions', (await currentSession(other)).id);
    facilitator = await t.facilitator(`pages-${TAG}`);
    c = await t.collaboration(facilitator, 'Páginas');
    keep('collaborations', c);
    for (let i = 1; i <= 4; i += 1)
      keep('collaborations', await t.collaboration(facilitator, `Páginas ${i}`));
    const rules = await t.publishGroundRules(facilitator, c);
    for (let i = 0; i < 5; i += 1) {
      const owner = await t.user(`pages-${TAG}-${i}`);
      owners.push(owner);
      orgs.push(await t.organization(owner, `Pages ${TAG} ${i}`));
      const participation = keep('participations', await t.invite(facilitator, c, orgs[i]!));
      if (i < 4) await t.acceptGroundRules(owner, participation, rules.id);
    }
    await t.ok(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: ACTIVE }) { id } }`,
      { id: c },
      facilitator,
    );
    const { collaboration } = await t.ok<{
      collaboration: { areas: { nodes: { id: string; sensitivity: string }[] } };
    }>(
      `query($c: ID!) { collaboration(id: $c) { areas(first: 100) { nodes { id sensitivity } } } }`,
      { c },
      facilitator,
    );
    for (const area of collaboration.areas.nodes) keep('areas', area.id);
    const openArea = collaboration.areas.nodes.find((a) => a.sensitivity === 'OPEN')!.id;
    const ownerA = owners[0]!;

    // The facilitator's webhook endpoints, there before the approvals that give them deliveries.
    for (let i = 0; i < 5; i += 1) {
      const { createWebhookEndpoint } = await t.ok<{
        createWebhookEndpoint: { endpoint: { id: string } };
      }>(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`,
        {
          input: {
            collaborationId: c,
            url: `https://127.0.0.1:9/pages/${i}`,
            eventKinds: ['DISCLOSURE_APPROVED'],
          },
        },
        facilitator,
      );
      keep('webhookEndpoints', createWebhookEndpoint.endpoint.id);
    }

    // Items of A in an open area, each shared with B at once: items, requests, grants, B's notices.
    for (let i = 0; i < 5; i += 1) {
      const { createItem } = await t.ok<{ createItem: { itemId: string } }>(
        `mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: "Texto" }) { itemId } }`,
        { p: made['participations']![0], a: openArea, t: `Idea ${i}` },
        ownerA,
      );
      keep('items', createItem.itemId);
      const { requestDisclosure } = await t.ok<{
        requestDisclosure: { id: string; status: string; grants: { id: string }[] };
      }>(
        `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id status grants { id } } }`,
        { i: createItem.itemId, r: [orgs[1]] },
        ownerA,
      );
      expect(requestDisclosure.status).toBe('APPROVED');
      keep('disclosureRequests', requestDisclosure.id);
      keep('grants', requestDisclosure.grants[0]!.id);
    }

    for (let i = 0; i < 5; i += 1) {
      const { publish } = await t.ok<{ publish: { id: string } }>(
        `mutation($c: ID!, $t: String!) { publish(collaborationId: $c, input: { title: $t, body: "Agregado", audienceKind: ALL_ACTIVE }) { id } }`,
        { c, t: `Resumen ${i}` },
        facilitator,
      );
      keep('publications', publish.id);
    }

    for (let i = 0; i < 5; i += 1) {
      const { askQuestion } = await t.ok<{ askQuestion: { id: string } }>(
        `mutation($c: ID!, $input: AskQuestionInput!) { askQuestion(collaborationId: $c, input: $input) { id } }`,
        { c, input: { subject: `Pregunta ${i}`, body: '¿Podemos hablar de precios?' } },
        ownerA,
      );
      keep('questions', askQuestion.id);
      await t.ok(
        `mutation($id: ID!) { answerQuestion(questionId: $id, input: { answer: "Solo agregados." }) { id } }`,
        { id: askQuestion.id },
        facilitator,
      );
      const { publishQuestion } = await t.ok<{
        publishQuestion: { publication: { id: string } };
      }>(
        `mutation($id: ID!) { publishQuestion(questionId: $id, input: { question: "¿Precios?", answer: "Solo agregados." }) { publication { id } } }`,
        { id: askQuestion.id },
        facilitator,
      );
      keep('publishedAnswers', publishQuestion.publication.id);
    }

    // Entries declared together share their creation time: the cursor must break the tie.
    await t.ok(
      `mutation($c: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: POINTS }) { valuationScale } }`,
      { c },
      facilitator,
    );
    for (const receivers of [orgs.slice(1, 4), orgs.slice(1, 3)]) {
      const { declareContribution } = await t.ok<{ declareContribution: { id: string }[] }>(
        `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: {
          receiverOrganizationIds: $r, contributionType: RECOMMENDATION, description: "Presentación",
          value: "3", occurredOn: "2026-11-02" }) { id } }`,
        { c, r: receivers },
        ownerA,
      );
      for (const entry of declareContribution) keep('ledgerEntries', entry.id);
    }

    // Overlaps of the open area, declared after its items were shared: A's grants to B cross the
    // first one, so they are the grants to review.
    for (const other of orgs.slice(1, 4)) {
      const { declareOverlap } = await t.ok<{ declareOverlap: { id: string } }>(
        `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o }) { id } }`,
        { a: openArea, o: [orgs[0], other] },
        facilitator,
      );
      keep('overlaps', declareOverlap.id);
    }

    // A market list of the open area, and four organizations that all declared its first market.
    const { setActivityOptions } = await t.ok<{ setActivityOptions: { id: string }[] }>(
      `mutation($a: ID!, $l: [String!]!) { setActivityOptions(areaId: $a, input: { dimension: MARKET, labels: $l }) { id } }`,
      { a: openArea, l: ['Norte', 'Sur', 'Este', 'Oeste', 'Centro'] },
      facilitator,
    );
    for (const option of setActivityOptions) keep('activityOptions', option.id);
    for (const owner of owners.slice(0, 4))
      await t.ok(
        `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId } }`,
        { a: openArea, o: [setActivityOptions[0]!.id] },
        owner,
      );

    for (let i = 0; i < 3; i += 1) {
      const { createBenchmarkRound } = await t.ok<{ createBenchmarkRound: { id: string } }>(
        `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) { createBenchmarkRound(collaborationId: $c, input: $input) { id } }`,
        {
          c,
          input: {
            metricName: `Métrica ${i}`,
            k: 3,
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
            participantOrganizationIds: orgs.slice(0, 3),
          },
        },
        facilitator,
      );
      keep('benchmarkRounds', createBenchmarkRound.id);
    }

    // Pledges due the same day: the cursor must break the tie.
    for (let i = 0; i < 3; i += 1) {
      const { makePledge } = await t.ok<{ makePledge: { id: string } }>(
        `mutation($c: ID!, $input: PledgeInput!) { makePledge(collaborationId: $c, input: $input) { id } }`,
        {
          c,
          input: {
            receiverOrganizationId: orgs[1],
            contributionType: 'EDUCATION',
            description: `Taller ${i}`,
            dueOn: '2027-03-31',
          },
        },
        ownerA,
      );
      keep('pledges', makePledge.id);
    }

    for (let i = 0; i < 3; i += 1) {
      const { inviteByEmail } = await t.ok<{ inviteByEmail: { id: string } }>(
        `mutation($c: ID!, $e: String!) { inviteByEmail(collaborationId: $c, input: { email: $e, organizationName: "Nueva" }) { id } }`,
        { c, e: `pages-${TAG}-invited-${i}@example.com` },
        facilitator,
      );
      keep('invitations', inviteByEmail.id);
    }

    tokenHolder = await t.user(`pages-${TAG}-tokens`);
    for (let i = 0; i < 3; i += 1) {
      const { createApiToken } = await t.ok<{ createApiToken: { token: { id: string } } }>(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
        {
          input: {
            name: `Informe ${i}`,
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        tokenHolder,
      );
      keep('apiTokens', createApiToken.token.id);
    }

    // Closing: each active organization and the facilitator evaluate.
    await t.ok(
      `mutation($id: ID!) { changeCollaborationStatus(id: $id, status: CLOSING) { id } }`,
      { id: c },
      facilitator,
    );
    for (const author of [...owners.slice(0, 4), facilitator]) {
      const { submitEvaluation } = await t.ok<{ submitEvaluation: { id: string } }>(
        `mutation($c: ID!, $input: EvaluationInput!) { submitEvaluation(collaborationId: $c, input: $input) { id } }`,
        { c, input: author === facilitator ? { assessment: 'Bien' } : {} },
        author,
      );
      keep('evaluations', submitEvaluation.id);
    }

    // One collaboration whose audit log holds exactly AUDIT_RECORDS records.
    auditFacilitator = await t.facilitator(`audit-${TAG}`);
    auditCollaboration = await t.collaboration(auditFacilitator, 'Quinientos registros');
    const auditAreas = await t.ok<{ collaboration: { areas: { nodes: { id: string }[] } } }>(
      `query($c: ID!) { collaboration(id: $c) { areas(first: 1) { nodes { id } } } }`,
      { c: auditCollaboration },
      auditFacilitator,
    );
    const auditArea = auditAreas.collaboration.areas.nodes[0]!.id;
    const count = async () =>
      (
        await t.ok<{ auditLog: { totalCount: number } }>(
          `query($c: ID!) { auditLog(collaborationId: $c, first: 1) { totalCount } }`,
          { c: auditCollaboration },
          auditFacilitator,
        )
      ).auditLog.totalCount;
    for (let n = await count(); n < AUDIT_RECORDS; n += 1) {
      await t.ok(
        `mutation($id: ID!, $d: String!) { updateArea(areaId: $id, input: { description: $d }) { id } }`,
        { id: auditArea, d: `Descripción ${n}` },
        auditFacilitator,
      );
    }
    expect(await count()).toBe(AUDIT_RECORDS);
  }, 180_000);

  it('covers every field of the schema that takes `first` and `after`', async () => {
    const { __schema } = await t.ok<{
      __schema: {
        types: { name: string; fields: { name: string; args: { name: string }[] }[] | null }[];
      };
    }>(`{ __schema { types { name fields { name args { name } } } } }`, {}, admin);
    const paginated = __schema.types.flatMap((type) =>
      (type.fields ?? [])
        .filter((f) => ['first', 'after'].every((a) => f.args.some((arg) => arg.name === a)))
        .map((f) => `${type.name}.${f.name}`),
    );
    expect(paginated.sort()).toEqual(
      [...Object.keys(LISTS), ...Object.keys(PAGED_ELSEWHERE)]
        .map((field) => (field.includes('.') ? field : `Query.${field}`))
        .sort(),
    );
  });

  it.each(Object.keys(LISTS))(
    'pages %s to its end: no duplicate, no gap, stable order',
    async (field) => {
      const list = LISTS[field]!;
      const paged = await pageAll(field, list);
      expect(paged.pages).toBeGreaterThan(1);
      expect(new Set(paged.seen).size).toBe(paged.seen.length);
      expect(paged.seen).toHaveLength(paged.totalCount);
      expect(paged.seen).toEqual(expect.arrayContaining(list.made()));
      // The same order as one large page, and as a second walk.
      const whole = await pageAll(field, list, 100);
      expect(paged.seen.slice(0, 100)).toEqual(whole.seen.slice(0, 100));
      expect((await pageAll(field, list)).seen).toEqual(paged.seen);
    },
  );

  it.each(Object.keys(LISTS))(
    'pages %s after the cursor of any edge: the nodes that follow it (Relay connection)',
    async (field) => {
      const list = LISTS[field]!;
      const key = list.key ?? 'id';
      const selection = selectionOf(key);
      const query = queryAround(
        field,
        list,
        `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          nodes { ${selection} } edges { cursor node { ${selection} } }`,
      );
      interface EdgePage {
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
        nodes: Record<string, unknown>[];
        edges: { cursor: string; node: Record<string, unknown> }[];
      }
      const read = async (first: number, after: string | null) =>
        pageIn<EdgePage>(
          field,
          await t.ok<Record<string, unknown>>(
            query,
            { ...list.variables(), first, after },
            list.as(),
          ),
        );
      const whole = await read(100, null);
      const ids = whole.nodes.map((n) => keyOf(n, key));
      expect(ids.length).toBeGreaterThan(2);
      expect(whole.edges.map((e) => keyOf(e.node, key))).toEqual(ids);
      expect(whole.pageInfo).toMatchObject({
        hasPreviousPage: false,
        startCursor: whole.edges[0]!.cursor,
        endCursor: whole.edges.at(-1)!.cursor,
      });
      for (const [i, edge] of whole.edges.entries()) {
        const next = (await read(2, edge.cursor)).nodes.map((n) => keyOf(n, key));
        const following = ids.slice(i + 1, i + 3);
        // Past the large page (a list of more than 100) only its part is known here.
        expect(whole.pageInfo.hasNextPage ? next.slice(0, following.length) : next).toEqual(
          following,
        );
      }
    },
  );

  it('pages the audit log of 500 records from the newest to the oldest', async () => {
    const { seen, totalCount } = await pageAll('auditLog', {
      ...LISTS['auditLog']!,
      key: 'seq',
    });
    expect(totalCount).toBe(AUDIT_RECORDS);
    expect(seen.map(Number)).toEqual(
      Array.from({ length: AUDIT_RECORDS }, (_, i) => AUDIT_RECORDS - i),
    );
  });

  /** The deprecated root lists and the connection that replaces each (docs/api.md). */
  const DEPRECATED_ROOTS: Record<string, { root: string; key?: string }> = {
    'Collaboration.areas': { root: 'areas' },
    'Collaboration.overlaps': { root: 'overlaps' },
    'Collaboration.benchmarkRounds': { root: 'benchmarkRounds' },
    'Collaboration.pledges': { root: 'pledges' },
    'Collaboration.evaluations': { root: 'evaluations' },
    'Collaboration.detectedOverlaps': { root: 'detectedOverlaps' },
    'Collaboration.activityOptions': { root: 'activityOptions' },
    'Collaboration.invitations': { root: 'collaborationInvitations' },
    'Collaboration.grantsNeedingReview': { root: 'grantsNeedingReview', key: 'grant.id' },
  };

  it.each(Object.keys(DEPRECATED_ROOTS))(
    'answers each party the same %s as the deprecated root list, which still works',
    async (field) => {
      const { root, key = 'id' } = DEPRECATED_ROOTS[field]!;
      const name = partsOf(field)[1];
      const selection = selectionOf(key);
      const outsider = await t.user(`pages-${TAG}-outsider-${name}`);
      // The facilitator, active participants, an invited one that never accepted, and a stranger.
      for (const as of [facilitator, owners[0]!, owners[1]!, owners[4]!, outsider]) {
        const viaRoot = await t.gql<Record<string, Record<string, unknown>[]>>(
          `query($c: ID!) { list: ${root}(collaborationId: $c) { ${selection} } }`,
          { c },
          as,
        );
        const viaParent = await t.gql<{
          collaboration: Record<string, { nodes: Record<string, unknown>[] }> | null;
        }>(
          `query($c: ID!) { collaboration(id: $c) { ${name}(first: 100) { nodes { ${selection} } } } }`,
          { c },
          as,
        );
        const label = `${field} as ${as.email}`;
        const rootIds = viaRoot.errors
          ? viaRoot.errors[0]!.extensions['code']
          : viaRoot.data!['list']!.map((n) => keyOf(n, key)).sort();
        const hidden = (await t.gql(`query($c: ID!) { collaboration(id: $c) { id } }`, { c }, as))
          .errors?.[0]?.extensions['code'];
        if (hidden) {
          // Whoever may not see the collaboration cannot reach the list through it, and got
          // nothing from the root list either (an empty list or a refusal).
          expect([label, hidden, viaParent.errors?.[0]?.extensions['code']]).toEqual([
            label,
            'NOT_FOUND',
            'NOT_FOUND',
          ]);
          expect([label, rootIds]).toEqual([label, Array.isArray(rootIds) ? [] : rootIds]);
          continue;
        }
        // Refused at the root (a list it may read nothing of): empty in the collaboration, which
        // a refusal would take with it.
        expect([label, viaParent.errors]).toEqual([label, undefined]);
        const nestedIds = viaParent
          .data!.collaboration![name]!.nodes.map((n) => keyOf(n, key))
          .sort();
        expect([label, nestedIds]).toEqual([label, Array.isArray(rootIds) ? rootIds : []]);
      }
    },
  );

  it("answers a user's API tokens to that user only, as the deprecated root list did", async () => {
    const { apiTokens } = await t.ok<{ apiTokens: { id: string }[] }>(
      `{ apiTokens { id } }`,
      {},
      tokenHolder,
    );
    const { me } = await t.ok<{ me: { apiTokens: { nodes: { id: string }[] } } }>(
      `{ me { apiTokens(first: 100) { nodes { id } } } }`,
      {},
      tokenHolder,
    );
    expect(me.apiTokens.nodes.map((n) => n.id)).toEqual(apiTokens.map((n) => n.id));
    expect(me.apiTokens.nodes.map((n) => n.id).sort()).toEqual([...made['apiTokens']!].sort());
    // A platform administrator sees the user, not their tokens.
    const other = await t.gql(
      `query($s: String!) { users(search: $s, first: 5) { nodes { id apiTokens(first: 5) { totalCount } } } }`,
      { s: `pages-${TAG}-tokens` },
      admin,
    );
    expect(other.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
    // Through a reporting token (which may read `me`): refused, as the root list is.
    const { createApiToken } = await t.ok<{ createApiToken: { secret: string } }>(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
      { input: { name: 'Lector', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      eventful,
    );
    const viaToken = await t.gql(
      `{ me { id apiTokens(first: 5) { totalCount } } }`,
      {},
      { token: createApiToken.secret },
    );
    expect(viaToken.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
  });

  it('lists archived areas unless asked for those that take new items', async () => {
    const fresh = await t.collaboration(facilitator, 'Áreas archivadas');
    const all = await t.listOf<{ id: string }>(fresh, 'areas', 'id', facilitator);
    await t.ok(
      `mutation($id: ID!) { setAreaArchived(id: $id, archived: true) { id } }`,
      { id: all[0]!.id },
      facilitator,
    );
    expect(await t.listOf(fresh, 'areas', 'id', facilitator)).toEqual(all);
    expect(await t.listOf(fresh, 'areas', 'id', facilitator, 'includeArchived: false')).toEqual(
      all.slice(1),
    );
  });

  it('refuses a cursor it did not hand out, naming the field', async () => {
    const res = await t.gql(
      queryOf('auditLog', LISTS['auditLog']!),
      { c: auditCollaboration, first: 5, after: 'not-a-cursor' },
      auditFacilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'after' } },
    });
  });
});
