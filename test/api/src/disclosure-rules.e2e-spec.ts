import { Client } from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Api, TestUser } from '../support/api';

/** Publications, rule-change review, expiries in the audit log, notifications (also live). */
describe('disclosure: publications, reviews, expiries, notifications', () => {
  const t = new Api();
  let facilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C', string> = {} as never;
  const participations: Record<'A' | 'B' | 'C', string> = {} as never;
  let collaborationId: string;
  let openArea: string;
  let restrictedArea: string;

  const share = async (
    owner: TestUser,
    participation: string,
    area: string,
    recipients: string[],
    title = 'Item',
  ) => {
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: "Body" }) { itemId } }`,
      { p: participation, a: area, t: title },
      owner,
    );
    const request = await t.ok<{
      requestDisclosure: {
        id: string;
        status: string;
        grants: { id: string; recipientOrganizationId: string }[];
      };
    }>(
      `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) {
         id status grants { id recipientOrganizationId } } }`,
      { i: item.createItem.itemId, r: recipients },
      owner,
    );
    return request.requestDisclosure;
  };

  beforeAll(async () => {
    facilitator = await t.facilitator('rules');
    collaborationId = await t.collaboration(facilitator, 'Reglas');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    for (const key of ['A', 'B', 'C'] as const) {
      owners[key] = await t.user(`rules-${key}`);
      orgs[key] = await t.organization(owners[key], `Rules ${key}`);
      participations[key] = await t.invite(facilitator, collaborationId, orgs[key]);
      await t.acceptGroundRules(owners[key], participations[key], rules.id);
    }
    const areas = await t.listOf<{ id: string; name: string }>(
      collaborationId,
      'areas',
      'id name',
      facilitator,
    );
    openArea = areas.find((a) => a.name === 'Ideas de mercado')!.id;
    const restricted = await t.ok<{ createArea: { id: string } }>(
      `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "Clientes", sensitivity: RESTRICTED }) { id } }`,
      { c: collaborationId },
      facilitator,
    );
    restrictedArea = restricted.createArea.id;
  });

  it('publishes an aggregate of a restricted area to chosen participants, naming no source', async () => {
    await t.ok(
      `mutation($c: ID!, $input: PublishInput!) { publish(collaborationId: $c, input: $input) { id } }`,
      {
        c: collaborationId,
        input: {
          title: 'Resumen de clientes',
          body: 'Tres de cada cuatro clientes compran en ambos.',
          areaId: restrictedArea,
          audienceKind: 'NAMED',
          recipientOrganizationIds: [orgs.A, orgs.B],
        },
      },
      facilitator,
    );
    const PUBLICATIONS = `query($c: ID!) { publications(collaborationId: $c) { totalCount nodes { title body areaId } } }`;
    expect((await t.ok(PUBLICATIONS, { c: collaborationId }, owners.A)).publications.nodes).toEqual(
      [
        {
          title: 'Resumen de clientes',
          body: 'Tres de cada cuatro clientes compran en ambos.',
          areaId: restrictedArea,
        },
      ],
    );
    expect(
      (await t.ok(PUBLICATIONS, { c: collaborationId }, owners.C)).publications.totalCount,
    ).toBe(0);
    expect(
      (await t.ok(PUBLICATIONS, { c: collaborationId }, facilitator)).publications.totalCount,
    ).toBe(1);
    const byParticipant = await t.gql(
      `mutation($c: ID!) { publish(collaborationId: $c, input: { title: "x", body: "y" }) { id } }`,
      { c: collaborationId },
      owners.A,
    );
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lists grants that a stricter area no longer allows; they can be kept with a reason or revoked', async () => {
    const area = await t.ok<{ createArea: { id: string } }>(
      `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "Abierta", sensitivity: OPEN }) { id } }`,
      { c: collaborationId },
      facilitator,
    );
    const request = await share(
      owners.A,
      participations.A,
      area.createArea.id,
      [orgs.B, orgs.C],
      'Auto',
    );
    expect(request.status).toBe('APPROVED');
    const REVIEW = `query($c: ID!) { collaboration(id: $c) { grantsNeedingReview(first: 100) { nodes { reasons grant { id recipientOrganizationId } } } } }`;
    expect(
      (await t.ok(REVIEW, { c: collaborationId }, facilitator)).collaboration.grantsNeedingReview
        .nodes,
    ).toEqual([]);

    await t.ok(
      `mutation($a: ID!) { updateArea(areaId: $a, input: { sensitivity: MODERATED }) { id } }`,
      { a: area.createArea.id },
      facilitator,
    );
    const review = (await t.ok(REVIEW, { c: collaborationId }, facilitator)).collaboration
      .grantsNeedingReview.nodes;
    expect(review).toHaveLength(2);
    expect(review.every((r: { reasons: string[] }) => r.reasons.join() === 'AREA_MODERATED')).toBe(
      true,
    );

    const [first, second] = review;
    await t.ok(
      `mutation($g: ID!) { keepGrant(grantId: $g, input: { message: "Agreed in the kickoff meeting" }) { id } }`,
      { g: first.grant.id },
      facilitator,
    );
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g) { state } }`,
      { g: second.grant.id },
      facilitator,
    );
    expect(
      (await t.ok(REVIEW, { c: collaborationId }, facilitator)).collaboration.grantsNeedingReview
        .nodes,
    ).toEqual([]);

    // A new overlap between A and the kept grant's recipient puts it under review again.
    await t.ok(
      `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o }) { id } }`,
      { a: area.createArea.id, o: [orgs.A, first.grant.recipientOrganizationId] },
      facilitator,
    );
    const again = (await t.ok(REVIEW, { c: collaborationId }, facilitator)).collaboration
      .grantsNeedingReview.nodes;
    expect(
      again.map((r: { grant: { id: string }; reasons: string[] }) => [r.grant.id, r.reasons]),
    ).toEqual([[first.grant.id, ['OVERLAP']]]);
    const log = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, action: GRANT_KEPT) { nodes { subjectId payload } } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(log.auditLog.nodes).toEqual([
      {
        subjectId: first.grant.id,
        payload: expect.stringContaining('Agreed in the kickoff meeting'),
      },
    ]);
    // A participant reviews nothing: the collaboration's list is empty to it.
    expect(
      (await t.ok(REVIEW, { c: collaborationId }, owners.A)).collaboration.grantsNeedingReview
        .nodes,
    ).toEqual([]);
  });

  it('writes each expiry to the audit log once it happens', async () => {
    const request = await share(owners.B, participations.B, openArea, [orgs.C], 'Expiring');
    const grantId = request.grants[0]!.id;
    const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
    await db.connect();
    await db.query(`UPDATE grants SET valid_until = now() - interval '1 second' WHERE id = $1`, [
      grantId,
    ]);
    await db.end();
    const EXPIRED = `query($c: ID!, $s: ID!) { auditLog(collaborationId: $c, action: GRANT_EXPIRED, subjectId: $s) { totalCount } }`;
    let recorded = 0;
    for (let i = 0; i < 50 && recorded === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      recorded = (await t.ok(EXPIRED, { c: collaborationId, s: grantId }, facilitator)).auditLog
        .totalCount;
    }
    expect(recorded).toBe(1);
    const shared = await t.ok(
      `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { title } } }`,
      { c: collaborationId },
      owners.C,
    );
    expect(shared.sharedWithMe.nodes.map((n: { title: string }) => n.title)).not.toContain(
      'Expiring',
    );
  });

  it('notifies the facilitator of pending requests and the audience of new grants; read and unread', async () => {
    const moderated = await t.ok<{ createArea: { id: string } }>(
      `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "Moderada", sensitivity: MODERATED }) { id } }`,
      { c: collaborationId },
      facilitator,
    );
    const request = await share(
      owners.C,
      participations.C,
      moderated.createArea.id,
      [orgs.A],
      'Notified',
    );
    const NOTIFICATIONS = `{ unreadNotificationCount notifications(unreadOnly: true) { nodes { id kind title subject payload } } }`;
    const forFacilitator = await t.ok(NOTIFICATIONS, {}, facilitator);
    expect(forFacilitator.notifications.nodes[0]).toMatchObject({
      kind: 'DISCLOSURE_PENDING',
      title: 'New disclosure request: "Notified"',
      subject: 'Notified',
    });
    expect(JSON.parse(forFacilitator.notifications.nodes[0].payload)).toMatchObject({
      requestId: request.id,
    });

    await t.ok(
      `mutation($r: ID!) { approveDisclosure(requestId: $r) { id } }`,
      { r: request.id },
      facilitator,
    );
    const forA = await t.ok(NOTIFICATIONS, {}, owners.A);
    expect(forA.notifications.nodes.map((n: { kind: string }) => n.kind)).toContain(
      'GRANT_RECEIVED',
    );
    const forC = await t.ok(NOTIFICATIONS, {}, owners.C);
    expect(forC.notifications.nodes.map((n: { kind: string }) => n.kind)).toContain(
      'DISCLOSURE_DECIDED',
    );

    const marked = await t.ok(`mutation { markNotificationsRead }`, {}, owners.A);
    expect(marked.markNotificationsRead).toBe(forA.unreadNotificationCount);
    expect((await t.ok(NOTIFICATIONS, {}, owners.A)).unreadNotificationCount).toBe(0);
    // Nobody reads another's notifications, even by id.
    const otherIds = forC.notifications.nodes.map((n: { id: string }) => n.id);
    expect(
      (
        await t.ok(
          `mutation($ids: [ID!]) { markNotificationsRead(input: { notificationIds: $ids }) }`,
          { ids: otherIds },
          owners.A,
        )
      ).markNotificationsRead,
    ).toBe(0);
  });

  it('delivers notifications live over graphql-ws, to their user only, and refuses bad tokens', async () => {
    const url = process.env.ALIANZA_TEST_API_URL!.replace(/^http/, 'ws') + '/graphql';
    const subscribe = (token: string) => {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
      });
      const received: { kind: string; title: string; subject: string | null }[] = [];
      const errors: unknown[] = [];
      const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      client.subscribe<{
        notificationAdded: { kind: string; title: string; subject: string | null };
      }>(
        { query: 'subscription { notificationAdded { kind title subject } }' },
        {
          next: (value) => value.data && received.push(value.data.notificationAdded),
          error: (e) => errors.push(e),
          complete: () => undefined,
        },
      );
      return { client, received, errors, ready };
    };
    const forA = subscribe(owners.A.token);
    const forB = subscribe(owners.B.token);
    await Promise.all([forA.ready, forB.ready]);
    await new Promise((r) => setTimeout(r, 200)); // let the subscriptions register
    await share(owners.C, participations.C, openArea, [orgs.A], 'Live');
    for (let i = 0; i < 50 && forA.received.length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(forA.received).toEqual([
      { kind: 'GRANT_RECEIVED', title: 'Shared with you: "Live"', subject: 'Live' },
    ]);
    expect(forB.received).toEqual([]);
    await forA.client.dispose();
    await forB.client.dispose();

    const refused = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer alz_forged' },
      retryAttempts: 0,
      lazy: false,
    });
    const closed = await new Promise<number>((resolve) =>
      refused.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    expect(closed).toBe(4403);
    await refused.dispose();

    // No anonymous sockets: refused at connection_init, before any subscription.
    const anonymous = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
    });
    const anonymousClosed = await new Promise<number>((resolve) =>
      anonymous.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    expect(anonymousClosed).toBe(4403);
    await anonymous.dispose();
  });
});

describe('disclosure: leaving a collaboration', () => {
  const t = new Api();

  it('revokes what the leaving organization was given; invited again, it sees nothing of it', async () => {
    const facilitator = await t.facilitator('leave');
    const collaborationId = await t.collaboration(facilitator, 'Salida');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    const [ownerA, ownerB] = [await t.user('leave-a'), await t.user('leave-b')];
    const [orgA, orgB] = [
      await t.organization(ownerA, 'Leave A'),
      await t.organization(ownerB, 'Leave B'),
    ];
    const pA = await t.invite(facilitator, collaborationId, orgA);
    const pB = await t.invite(facilitator, collaborationId, orgB);
    await t.acceptGroundRules(ownerA, pA, rules.id);
    await t.acceptGroundRules(ownerB, pB, rules.id);
    const areas = await t.listOf<{ id: string; sensitivity: string }>(
      collaborationId,
      'areas',
      'id sensitivity',
      facilitator,
    );
    const open = areas.find((a) => a.sensitivity === 'OPEN')!.id;
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Given" }) { itemId } }`,
      { p: pA, a: open },
      ownerA,
    );
    await t.ok(
      `mutation($i: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: ALL_ACTIVE }) { status } }`,
      { i: item.createItem.itemId },
      ownerA,
    );
    const SHARED = `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { title } } }`;
    expect((await t.ok(SHARED, { c: collaborationId }, ownerB)).sharedWithMe.nodes).toEqual([
      { title: 'Given' },
    ]);

    await t.ok(
      `mutation($p: ID!) { withdrawParticipation(participationId: $p, input: { reason: "Done" }) { status } }`,
      { p: pB },
      ownerB,
    );
    await t.invite(facilitator, collaborationId, orgB);
    await t.acceptGroundRules(ownerB, pB, rules.id);
    expect((await t.ok(SHARED, { c: collaborationId }, ownerB)).sharedWithMe.nodes).toEqual([]);
    const grants = await t.ok(
      `query($i: ID!) { item(id: $i) { grants { state revokeReason } } }`,
      { i: item.createItem.itemId },
      ownerA,
    );
    expect(grants.item.grants).toEqual([
      { state: 'REVOKED', revokeReason: 'The recipient stopped taking part in the collaboration.' },
    ]);
  });
});
