import { Api, TestUser } from '../support/api';

const BALANCES = `query($c: ID!) { ledgerBalances(collaborationId: $c) {
  organizations { organizationId given received net } pairs { giverOrganizationId receiverOrganizationId value }
  byType { contributionType value } byMonth { month value } } }`;

/** The give/receive ledger ("debe y haber"). */
describe('ledger', () => {
  const t = new Api();
  let facilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C', string> = {} as never;
  const participations: Record<'A' | 'B' | 'C', string> = {} as never;
  let c: string;
  let openArea: string;

  beforeAll(async () => {
    facilitator = await t.facilitator('ledger');
    c = await t.collaboration(facilitator, 'Debe y haber');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B', 'C'] as const) {
      owners[key] = await t.user(`ledger-${key}`);
      orgs[key] = await t.organization(owners[key], `Ledger ${key}`);
      participations[key] = await t.invite(facilitator, c, orgs[key]);
      await t.acceptGroundRules(owners[key], participations[key], rules.id);
    }
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', facilitator);
    openArea = areas.find((a) => a.name === 'Ideas de mercado')!.id;
  });

  it('lets the facilitator set the scale and what a disclosure in an area is worth', async () => {
    const SET = `mutation($c: ID!, $input: LedgerSettingsInput!) { setLedgerSettings(collaborationId: $c, input: $input) { valuationScale currency areaValues { areaId value } } }`;
    const byParticipant = await t.gql(SET, { c, input: { valuationScale: 'POINTS' } }, owners.A);
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const noCurrency = await t.gql(SET, { c, input: { valuationScale: 'MONEY' } }, facilitator);
    expect(noCurrency.errors?.[0]).toMatchObject({
      message: 'A money scale needs its currency.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const set = await t.ok(
      SET,
      {
        c,
        input: {
          valuationScale: 'MONEY',
          currency: 'eur',
          areaValues: [{ areaId: openArea, value: '5.25' }],
        },
      },
      facilitator,
    );
    expect(set.setLedgerSettings).toEqual({
      valuationScale: 'MONEY',
      currency: 'EUR',
      areaValues: [{ areaId: openArea, value: '5.25' }],
    });
  });

  it('records a declared contribution as pending until its receiver confirms it', async () => {
    const DECLARE = `mutation($c: ID!, $input: DeclareContributionInput!) { declareContribution(collaborationId: $c, input: $input) { id status value receiverOrganizationId } }`;
    const declared = await t.ok(
      DECLARE,
      {
        c,
        input: {
          receiverOrganizationIds: [orgs.B],
          contributionType: 'RECOMMENDATION',
          description: 'Presentación al distribuidor',
          value: '10.10',
          occurredOn: '2026-11-02',
        },
      },
      owners.A,
    );
    const entry = declared.declareContribution[0];
    expect(entry).toMatchObject({
      status: 'PENDING',
      value: '10.10',
      receiverOrganizationId: orgs.B,
    });
    expect((await t.ok(BALANCES, { c }, owners.A)).ledgerBalances.organizations).toEqual([]); // pending does not count

    const CONFIRM = `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { status } }`;
    expect((await t.gql(CONFIRM, { e: entry.id }, owners.A)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    ); // the giver
    expect((await t.gql(CONFIRM, { e: entry.id }, owners.C)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    ); // a bystander
    expect((await t.ok(CONFIRM, { e: entry.id }, owners.B)).confirmLedgerEntry.status).toBe(
      'CONFIRMED',
    );
    expect((await t.gql(CONFIRM, { e: entry.id }, owners.B)).errors?.[0]?.extensions.code).toBe(
      'CONFLICT',
    );

    const bad = await t.gql(
      DECLARE,
      {
        c,
        input: {
          receiverOrganizationIds: [orgs.B],
          contributionType: 'MONEY',
          description: 'x',
          value: '1.005',
          occurredOn: '2026-11-02',
        },
      },
      owners.A,
    );
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const toSelf = await t.gql(
      DECLARE,
      {
        c,
        input: {
          receiverOrganizationIds: [orgs.A],
          contributionType: 'CARE',
          description: 'x',
          value: '1',
          occurredOn: '2026-11-02',
        },
      },
      owners.A,
    );
    expect(toSelf.errors?.[0]?.message).toBe('An organization does not give to itself.');
  });

  it('adds an approved disclosure to the ledger at the area’s value', async () => {
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Idea" }) { itemId } }`,
      { p: participations.C, a: openArea },
      owners.C,
    );
    await t.ok(
      `mutation($i: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: ALL_ACTIVE }) { status } }`,
      { i: item.createItem.itemId },
      owners.C,
    );
    const entries = await t.ok(
      `query($c: ID!) { ledgerEntries(collaborationId: $c, organizationId: "${orgs.C}") { nodes { source status value contributionType receiverOrganizationId } } }`,
      { c },
      owners.A,
    );
    expect(
      entries.ledgerEntries.nodes
        .map((n: { receiverOrganizationId: string }) => n.receiverOrganizationId)
        .sort(),
    ).toEqual([orgs.A, orgs.B].sort());
    for (const n of entries.ledgerEntries.nodes) {
      expect(n).toMatchObject({
        source: 'DISCLOSURE',
        status: 'CONFIRMED',
        value: '5.25',
        contributionType: 'INFORMATION',
      });
    }
  });

  it('lets a receiver dispute, and the facilitator settle against the giver', async () => {
    const declared = await t.ok(
      `mutation($c: ID!, $input: DeclareContributionInput!) { declareContribution(collaborationId: $c, input: $input) { id } }`,
      {
        c,
        input: {
          receiverOrganizationIds: [orgs.A],
          contributionType: 'LABOUR',
          description: 'Reparto',
          value: '99',
          occurredOn: '2026-10-15',
        },
      },
      owners.C,
    );
    const id = declared.declareContribution[0].id;
    const noReason = await t.gql(
      `mutation($e: ID!) { disputeLedgerEntry(entryId: $e, input: { reason: "" }) { id } }`,
      { e: id },
      owners.A,
    );
    expect(noReason.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    await t.ok(
      `mutation($e: ID!) { disputeLedgerEntry(entryId: $e, input: { reason: "Nunca ocurrió" }) { status } }`,
      { e: id },
      owners.A,
    );
    const SETTLE = `mutation($e: ID!) { settleLedgerDispute(entryId: $e, input: { uphold: false, reason: "Sin pruebas" }) { status settleReason } }`;
    expect((await t.gql(SETTLE, { e: id }, owners.B)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.ok(SETTLE, { e: id }, facilitator)).settleLedgerDispute).toEqual({
      status: 'REJECTED',
      settleReason: 'Sin pruebas',
    });
  });

  it('balances given, received and net per organization, per pair, type and month — exact decimals', async () => {
    const { ledgerBalances } = await t.ok(BALANCES, { c }, owners.B);
    const byOrg = Object.fromEntries(
      ledgerBalances.organizations.map((o: { organizationId: string }) => [o.organizationId, o]),
    );
    // A: gave 10.10 to B, received 5.25 from C. B: received 10.10 + 5.25. C: gave 2 × 5.25. The disputed 99 does not count.
    expect(byOrg[orgs.A]).toMatchObject({ given: '10.10', received: '5.25', net: '4.85' });
    expect(byOrg[orgs.B]).toMatchObject({ given: '0', received: '15.35', net: '-15.35' });
    expect(byOrg[orgs.C]).toMatchObject({ given: '10.50', received: '0', net: '10.50' });
    expect(ledgerBalances.pairs).toHaveLength(3);
    expect(ledgerBalances.byType).toEqual(
      expect.arrayContaining([
        { contributionType: 'RECOMMENDATION', value: '10.10' },
        { contributionType: 'INFORMATION', value: '10.50' },
      ]),
    );
    expect(ledgerBalances.byMonth.map((m: { month: string }) => m.month)).toContain('2026-11');
    const outsider = await t.gql(BALANCES, { c }, await t.user('ledger-outsider'));
    expect(outsider.data?.ledgerBalances?.organizations ?? []).toEqual([]);
  });

  it('freezes the scale once the ledger has entries, and says so', async () => {
    const res = await t.gql(
      `mutation($c: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: POINTS }) { valuationScale } }`,
      { c },
      facilitator,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const settings = await t.ok<{ ledgerSettings: { scaleLocked: boolean } }>(
      `query($c: ID!) { ledgerSettings(collaborationId: $c) { scaleLocked } }`,
      { c },
      facilitator,
    );
    expect(settings.ledgerSettings.scaleLocked).toBe(true);
  });
});

describe('a disclosure in an area without a value', () => {
  const t = new Api();

  it('adds no entry of zero, and leaves the scale free to change', async () => {
    const facilitator = await t.facilitator('ledger-unvalued');
    const c = await t.collaboration(facilitator, 'Sin valor');
    const rules = await t.publishGroundRules(facilitator, c);
    const owners: TestUser[] = [];
    const parts: string[] = [];
    for (const key of ['A', 'B']) {
      const owner = await t.user(`unvalued-${key}`);
      const org = await t.organization(owner, `Unvalued ${key}`);
      const p = await t.invite(facilitator, c, org);
      await t.acceptGroundRules(owner, p, rules.id);
      owners.push(owner);
      parts.push(p);
    }
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', facilitator);
    const open = areas.find((a) => a.name === 'Ideas de mercado')!.id;
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Idea sin valor" }) { itemId } }`,
      { p: parts[0], a: open },
      owners[0],
    );
    const requested = await t.ok<{ requestDisclosure: { status: string } }>(
      `mutation($i: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: ALL_ACTIVE }) { status } }`,
      { i: item.createItem.itemId },
      owners[0],
    );
    expect(requested.requestDisclosure.status).toBe('APPROVED');
    const entries = await t.ok<{ ledgerEntries: { totalCount: number } }>(
      `query($c: ID!) { ledgerEntries(collaborationId: $c) { totalCount } }`,
      { c },
      facilitator,
    );
    expect(entries.ledgerEntries.totalCount).toBe(0);
    const changed = await t.ok(
      `mutation($c: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: MONEY, currency: "EUR" }) { valuationScale currency } }`,
      { c },
      facilitator,
    );
    expect(changed).toEqual({ setLedgerSettings: { valuationScale: 'MONEY', currency: 'EUR' } });
    const settings = await t.ok<{ ledgerSettings: { scaleLocked: boolean } }>(
      `query($c: ID!) { ledgerSettings(collaborationId: $c) { scaleLocked } }`,
      { c },
      facilitator,
    );
    expect(settings.ledgerSettings.scaleLocked).toBe(false);
  });
});

describe('reciprocity: give first, then receive', () => {
  const t = new Api();

  it('stops auto-approving for an organization that only receives, warns the facilitator, and needs a reason', async () => {
    const facilitator = await t.facilitator('reciprocity');
    const c = await t.collaboration(facilitator, 'Reciprocidad');
    const rules = await t.publishGroundRules(facilitator, c);
    const owners: TestUser[] = [];
    const orgs: string[] = [];
    const parts: string[] = [];
    for (const key of ['A', 'B', 'C']) {
      const owner = await t.user(`recip-${key}`);
      const org = await t.organization(owner, `Recip ${key}`);
      const p = await t.invite(facilitator, c, org);
      await t.acceptGroundRules(owner, p, rules.id);
      owners.push(owner);
      orgs.push(org);
      parts.push(p);
    }
    const [, , C] = orgs;
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', facilitator);
    const open = areas.find((a) => a.name === 'Ideas de mercado')!.id;
    await t.ok(
      `mutation($c: ID!, $input: LedgerSettingsInput!) { setLedgerSettings(collaborationId: $c, input: $input) { reciprocityThreshold } }`,
      {
        c,
        input: {
          valuationScale: 'POINTS',
          areaValues: [{ areaId: open, value: '4' }],
          reciprocityThreshold: '5',
        },
      },
      facilitator,
    );
    const shareToC = async (owner: TestUser, participation: string, title: string) => {
      const item = await t.ok<{ createItem: { itemId: string } }>(
        `mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t }) { itemId } }`,
        { p: participation, a: open, t: title },
        owner,
      );
      return t.ok<{
        requestDisclosure: {
          id: string;
          status: string;
          flags: {
            reciprocity: { organizationId: string; gap: string }[] | null;
            reciprocityPolicy: boolean;
          };
        };
      }>(
        `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id status flags { reciprocity { organizationId gap } reciprocityPolicy } } }`,
        { i: item.createItem.itemId, r: [C] },
        owner,
      );
    };
    // C only receives: 4, then 8 points (over the threshold of 5 from then on).
    expect((await shareToC(owners[0]!, parts[0]!, 'One')).requestDisclosure.status).toBe(
      'APPROVED',
    );
    expect((await shareToC(owners[1]!, parts[1]!, 'Two')).requestDisclosure.status).toBe(
      'APPROVED',
    );
    const third = (await shareToC(owners[0]!, parts[0]!, 'Three')).requestDisclosure;
    expect(third.status).toBe('PENDING'); // no longer auto-approved
    // The owner learns that the policy holds the request for the facilitator, not the balances.
    expect(third.flags).toEqual({ reciprocity: null, reciprocityPolicy: true });

    const queue = await t.ok(
      `query($r: ID!) { disclosureRequest(id: $r) { flags { reciprocity { organizationId given received gap } reciprocityPolicy } } }`,
      { r: third.id },
      facilitator,
    );
    expect(queue.disclosureRequest.flags).toEqual({
      reciprocity: [{ organizationId: C, given: '0', received: '8.00', gap: '8.00' }],
      reciprocityPolicy: true,
    });
    const APPROVE = `mutation($r: ID!, $input: ApproveDisclosureInput) { approveDisclosure(requestId: $r, input: $input) { status } }`;
    const noReason = await t.gql(APPROVE, { r: third.id }, facilitator);
    expect(noReason.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        details: { field: 'reciprocityReason', organizationIds: [C] },
      },
    });
    await t.ok(
      APPROVE,
      { r: third.id, input: { reciprocityReason: 'C gives next month: agreed' } },
      facilitator,
    );
    const decided = await t.ok(
      `query($r: ID!) { disclosureRequest(id: $r) { status flags { reciprocity { organizationId } reciprocityPolicy } } }`,
      { r: third.id },
      owners[0]!,
    );
    expect(decided.disclosureRequest).toEqual({
      status: 'APPROVED',
      flags: { reciprocity: null, reciprocityPolicy: false },
    });
    const log = await t.ok(
      `query($c: ID!, $s: ID!) { auditLog(collaborationId: $c, subjectId: $s, action: DISCLOSURE_APPROVED) { nodes { payload } } }`,
      { c, s: third.id },
      facilitator,
    );
    expect(JSON.parse(log.auditLog.nodes[0].payload)).toMatchObject({
      reciprocityReason: 'C gives next month: agreed',
      reciprocityWarnings: [{ organizationId: C, gap: '8.00' }],
    });
    // The owner reads the approval of its request too, without anyone's balance.
    const ownLog = await t.ok(
      `query($c: ID!, $s: ID!) { auditLog(collaborationId: $c, subjectId: $s, action: DISCLOSURE_APPROVED) { nodes { payload } } }`,
      { c, s: third.id },
      owners[0]!,
    );
    expect(ownLog.auditLog.nodes).toHaveLength(1);
    const approval = JSON.parse(ownLog.auditLog.nodes[0].payload);
    expect(approval).toHaveProperty('acknowledgedOverlapIds');
    expect(approval).not.toHaveProperty('reciprocityWarnings');
    expect(approval).not.toHaveProperty('reciprocityReason');
  });
});

describe('pledges', () => {
  const t = new Api();

  it('commits to a contribution, shows it overdue, and is fulfilled only by fitting confirmed entries', async () => {
    const facilitator = await t.facilitator('pledges');
    const c = await t.collaboration(facilitator, 'Promesas');
    const rules = await t.publishGroundRules(facilitator, c);
    const [ownerA, ownerB] = [await t.user('pledge-a'), await t.user('pledge-b')];
    const [orgA, orgB] = [
      await t.organization(ownerA, 'Pledge A'),
      await t.organization(ownerB, 'Pledge B'),
    ];
    for (const [owner, org] of [
      [ownerA, orgA],
      [ownerB, orgB],
    ] as const) {
      await t.acceptGroundRules(owner, await t.invite(facilitator, c, org), rules.id);
    }
    const PLEDGE = `mutation($c: ID!, $input: PledgeInput!) { makePledge(collaborationId: $c, input: $input) { id status overdue } }`;
    const late = await t.ok(
      PLEDGE,
      {
        c,
        input: {
          receiverOrganizationId: orgB,
          contributionType: 'EDUCATION',
          description: 'Taller de costes',
          dueOn: '2026-01-31',
        },
      },
      ownerA,
    );
    expect(late.makePledge).toMatchObject({ status: 'OPEN', overdue: true });
    expect(
      (
        await t.gql(
          PLEDGE,
          { c, input: { contributionType: 'CARE', description: 'x', dueOn: '2099-01-01' } },
          facilitator,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');

    const declare = async (as: TestUser, receiver: string) =>
      (
        await t.ok(
          `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: EDUCATION, description: "Taller", value: "3", occurredOn: "2026-11-20" }) { id } }`,
          { c, r: [receiver] },
          as,
        )
      ).declareContribution[0].id;
    const pending = await declare(ownerA, orgB);
    const FULFIL = `mutation($p: ID!, $e: [ID!]!) { fulfilPledge(pledgeId: $p, input: { entryIds: $e }) { status overdue fulfilledByEntryIds } }`;
    expect(
      (await t.gql(FULFIL, { p: late.makePledge.id, e: [pending] }, ownerA)).errors?.[0]?.extensions
        .code,
    ).toBe('BAD_USER_INPUT'); // not confirmed yet
    await t.ok(
      `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
      { e: pending },
      ownerB,
    );
    const wrongWay = await declare(ownerB, orgA);
    await t.ok(
      `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
      { e: wrongWay },
      ownerA,
    );
    expect(
      (await t.gql(FULFIL, { p: late.makePledge.id, e: [wrongWay] }, ownerA)).errors?.[0]
        ?.extensions.code,
    ).toBe('BAD_USER_INPUT'); // B gave it
    expect(
      (await t.gql(FULFIL, { p: late.makePledge.id, e: [pending] }, ownerB)).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN'); // not B's pledge
    expect(
      (await t.ok(FULFIL, { p: late.makePledge.id, e: [pending] }, ownerA)).fulfilPledge,
    ).toEqual({ status: 'FULFILLED', overdue: false, fulfilledByEntryIds: [pending] });
    expect(
      (await t.gql(FULFIL, { p: late.makePledge.id, e: [pending] }, ownerA)).errors?.[0]?.extensions
        .code,
    ).toBe('CONFLICT');
    const list = await t.listOf(c, 'pledges', 'status', ownerB);
    expect(list).toEqual([{ status: 'FULFILLED' }]);
  });
});
