import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Api, TestUser } from '../support/api';

/** What the receiver got: one request. */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  answered: number;
}

/**
 * A real HTTP receiver on a free port: each path answers as told (a status, or a list of statuses
 * for the first requests, then 200), and every request is kept.
 */
class Receiver {
  readonly received: Received[] = [];
  private readonly plans = new Map<string, number[] | number>();
  private server?: Server;
  url = '';

  answer(path: string, plan: number[] | number): void {
    this.plans.set(path, plan);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const plan = this.plans.get(path) ?? 200;
        const status = Array.isArray(plan) ? (plan.shift() ?? 200) : plan;
        this.received.push({
          path,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
          answered: status,
        });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'nope');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async waitFor(what: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!what()) {
      if (Date.now() > deadline)
        throw new Error('The receiver did not get what was expected in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** What a receiver does to check a delivery (the docs show the same): HMAC-SHA256 of "<t>.<body>". */
function signedBy(secret: string, r: Received): boolean {
  const header = String(r.headers['alianza-signature'] ?? '');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const [, t, v1] = match;
  const expected = createHmac('sha256', secret).update(`${t}.${r.body}`).digest('hex');
  return expected === v1 && Math.abs(Date.now() / 1000 - Number(t)) < 300;
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
  secret endpoint { id ownerKind collaborationId organizationId url eventKinds status } } }`;
const DELIVERIES = `query($e: ID!) { webhookDeliveries(endpointId: $e, first: 50) { totalCount
  nodes { id eventId eventKind status attempts lastStatusCode lastError replayOf nextAttemptAt deliveredAt } } }`;
const REPLAY = `mutation($d: ID!) { replayWebhookDelivery(input: { deliveryId: $d }) { id eventId replayOf status } }`;

describe('webhooks', () => {
  const t = new Api();
  const receiver = new Receiver();
  let facilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C', string> = {} as never;
  const participations: Record<'A' | 'B' | 'C', string> = {} as never;
  let c: string;
  let openArea: string;
  const endpoints: Record<string, { id: string; secret: string }> = {};

  const register = async (
    as: TestUser,
    path: string,
    owner: { collaborationId: string } | { organizationId: string },
  ) => {
    const data = await t.ok(
      CREATE,
      { input: { ...owner, url: `${receiver.url}${path}`, eventKinds: ['DISCLOSURE_APPROVED'] } },
      as,
    );
    endpoints[path] = {
      id: data.createWebhookEndpoint.endpoint.id,
      secret: data.createWebhookEndpoint.secret,
    };
    return data.createWebhookEndpoint;
  };

  /** An item of `key`'s shared with the named organizations (approved at once in the open area). */
  const share = async (key: 'A' | 'B' | 'C', title: string, to: string[]) => {
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $title: String!) { createItem(participationId: $p, areaId: $a, input: { title: $title }) { itemId } }`,
      { p: participations[key], a: openArea, title },
      owners[key],
    );
    const requested = await t.ok(
      `mutation($i: ID!, $to: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $to }) { id status } }`,
      { i: item.createItem.itemId, to },
      owners[key],
    );
    expect(requested.requestDisclosure.status).toBe('APPROVED');
    return { requestId: requested.requestDisclosure.id as string, approvedAt: Date.now() };
  };

  const payloadsAt = (path: string) => receiver.at(path).map((r) => JSON.parse(r.body));

  beforeAll(async () => {
    await receiver.start();
    facilitator = await t.facilitator('webhooks');
    c = await t.collaboration(facilitator, 'Avisos por webhook');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B', 'C'] as const) {
      owners[key] = await t.user(`webhooks-${key}`);
      orgs[key] = await t.organization(owners[key], `Webhooks ${key}`);
      participations[key] = await t.invite(facilitator, c, orgs[key]);
      await t.acceptGroundRules(owners[key], participations[key], rules.id);
    }
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', facilitator);
    openArea = areas.find((a) => a.name === 'Ideas de mercado')!.id;
  });

  afterAll(() => receiver.stop());

  it('refuses a bad endpoint, naming the field', async () => {
    const input = { organizationId: '', url: '', eventKinds: ['DISCLOSURE_APPROVED'] };
    const http = await t.gql(
      CREATE,
      { input: { ...input, organizationId: orgs.A, url: 'ftp://example.org/x' } },
      owners.A,
    );
    expect(http.errors?.[0]).toMatchObject({
      message: 'url must start with https://',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const kind = await t.gql(
      CREATE,
      {
        input: { ...input, organizationId: orgs.A, url: `${receiver.url}/x`, eventKinds: ['nope'] },
      },
      owners.A,
    );
    expect(kind.errors?.[0]?.message).toContain('eventKinds');
    const both = await t.gql(
      CREATE,
      { input: { ...input, organizationId: orgs.A, collaborationId: c, url: `${receiver.url}/x` } },
      owners.A,
    );
    expect(both.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // Not an owner of B, not a facilitator of C: as if they did not exist.
    const notOwner = await t.gql(
      CREATE,
      { input: { ...input, organizationId: orgs.B, url: `${receiver.url}/x` } },
      owners.A,
    );
    expect(notOwner.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const notFacilitator = await t.gql(
      CREATE,
      {
        input: {
          organizationId: null,
          collaborationId: c,
          url: `${receiver.url}/x`,
          eventKinds: ['DISCLOSURE_APPROVED'],
        },
      },
      owners.A,
    );
    expect(notFacilitator.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('delivers a signed disclosure.approved within seconds, to those it concerns only', async () => {
    const fac = await register(facilitator, '/facilitator', { collaborationId: c });
    expect(fac.endpoint).toMatchObject({
      ownerKind: 'COLLABORATION',
      collaborationId: c,
      status: 'ACTIVE',
    });
    expect(fac.secret).toMatch(/^whsec_/);
    await register(owners.A, '/a', { organizationId: orgs.A });
    await register(owners.B, '/b', { organizationId: orgs.B });
    await register(owners.C, '/c', { organizationId: orgs.C });

    const { requestId, approvedAt } = await share('A', 'Idea secreta de A', [orgs.B]);
    await receiver.waitFor(() =>
      ['/facilitator', '/a', '/b'].every((p) => receiver.at(p).length > 0),
    );
    for (const path of ['/facilitator', '/a', '/b']) {
      const [got] = receiver.at(path);
      expect(got!.at - approvedAt).toBeLessThan(5000);
      expect(signedBy(endpoints[path]!.secret, got!)).toBe(true);
      expect(signedBy(endpoints['/c']!.secret, got!)).toBe(false);
      expect(got!.headers['alianza-event-kind']).toBe('disclosure.approved');
      expect(got!.body).not.toContain('Idea secreta');
    }
    const [toFacilitator] = payloadsAt('/facilitator');
    expect(toFacilitator).toMatchObject({
      kind: 'disclosure.approved',
      collaborationId: c,
      subject: { type: 'disclosure_request', id: requestId },
      data: { requestId, ownerOrganizationId: orgs.A },
    });
    expect(toFacilitator.data.grantIds).toHaveLength(1);
    expect(receiver.at('/facilitator')[0]!.headers['alianza-event-id']).toBe(toFacilitator.id);
    expect(payloadsAt('/a')[0]).toMatchObject({ data: { requestId, ownerOrganizationId: orgs.A } });
    // The recipient learns of its own grant, not of the request behind it.
    expect(payloadsAt('/b')[0].data).toEqual({
      recipientOrganizationId: orgs.B,
      grantIds: toFacilitator.data.grantIds,
    });
    // C is neither the owner nor a recipient: nothing, even a moment later.
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.at('/c')).toHaveLength(0);

    const listed = await t.ok(DELIVERIES, { e: endpoints['/a']!.id }, owners.A);
    expect(listed.webhookDeliveries.totalCount).toBe(1);
    expect(listed.webhookDeliveries.nodes[0]).toMatchObject({
      eventKind: 'disclosure.approved',
      status: 'SUCCEEDED',
      attempts: 1,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
  });

  it('replays a delivery with the same event id', async () => {
    const before = receiver.at('/a').length;
    const [original] = (await t.ok(DELIVERIES, { e: endpoints['/a']!.id }, owners.A))
      .webhookDeliveries.nodes;
    const replayed = await t.ok(REPLAY, { d: original.id }, owners.A);
    expect(replayed.replayWebhookDelivery).toMatchObject({
      eventId: original.eventId,
      replayOf: original.id,
    });
    await receiver.waitFor(() => receiver.at('/a').length > before);
    const again = receiver.at('/a')[before]!;
    expect(again.headers['alianza-event-id']).toBe(original.eventId);
    expect(again.headers['alianza-delivery-id']).toBe(replayed.replayWebhookDelivery.id);
    expect(again.body).toBe(receiver.at('/a')[0]!.body);
    expect(signedBy(endpoints['/a']!.secret, again)).toBe(true);
  });

  it('keeps the order of deliveries about one subject: a later one waits for the earlier', async () => {
    receiver.answer('/ordered', [500, 500]);
    await register(owners.C, '/ordered', { organizationId: orgs.C });
    await share('C', 'Orden', [orgs.A]);
    const endpointId = endpoints['/ordered']!.id;
    await receiver.waitFor(() => receiver.at('/ordered').length > 0);
    const first: { id: string } = (await t.ok(DELIVERIES, { e: endpointId }, owners.C))
      .webhookDeliveries.nodes[0];
    const replay = (await t.ok(REPLAY, { d: first.id }, owners.C)).replayWebhookDelivery;
    await receiver.waitFor(() =>
      receiver.at('/ordered').some((r) => r.headers['alianza-delivery-id'] === replay.id),
    );
    const ids = receiver.at('/ordered').map((r) => [r.headers['alianza-delivery-id'], r.answered]);
    // Three attempts of the first (500, 500, 200), and only then the replay.
    expect(ids).toEqual([
      [first.id, 500],
      [first.id, 500],
      [first.id, 200],
      [replay.id, 200],
    ]);
    const endpoint = (
      await t.ok(`{ webhookEndpoints { nodes { id status consecutiveFailures } } }`, {}, owners.C)
    ).webhookEndpoints.nodes.find((e: { id: string }) => e.id === endpointId);
    expect(endpoint).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0 });
  });

  it('retries a failing endpoint, then gives up, pauses it and tells its owner; resume sends again', async () => {
    receiver.answer('/failing', 500);
    const failing = await register(owners.B, '/failing', { organizationId: orgs.B });
    const { approvedAt } = await share('B', 'Falla', [orgs.C]);
    await receiver.waitFor(() => receiver.at('/failing').length >= 3);
    const endpointId = failing.endpoint.id;
    const pausedEndpoint = async () =>
      (
        await t.ok(
          `{ webhookEndpoints { totalCount nodes { id status pausedAt consecutiveFailures } } }`,
          {},
          owners.B,
        )
      ).webhookEndpoints.nodes.find((e: { id: string }) => e.id === endpointId);
    const deadline = Date.now() + 5000;
    while ((await pausedEndpoint()).status !== 'PAUSED' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await pausedEndpoint()).toMatchObject({ status: 'PAUSED', consecutiveFailures: 3 });
    const attempts = receiver.at('/failing');
    expect(attempts).toHaveLength(3);
    // Backoff: the attempts are spread out, not sent in a burst.
    expect(attempts[2]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    expect(attempts[0]!.at - approvedAt).toBeLessThan(5000);
    const [delivery] = (await t.ok(DELIVERIES, { e: endpointId }, owners.B)).webhookDeliveries
      .nodes;
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 500 });
    expect(delivery.lastError).toContain('HTTP 500');

    const notices = await t.ok(
      `{ notifications(first: 50) { nodes { kind payload } } }`,
      {},
      owners.B,
    );
    expect(notices.notifications.nodes).toContainEqual(
      expect.objectContaining({ kind: 'WEBHOOK_PAUSED' }),
    );

    // Paused: a replay waits; resumed, it goes out.
    receiver.answer('/failing', 200);
    await t.ok(REPLAY, { d: delivery.id }, owners.B);
    await new Promise((r) => setTimeout(r, 600));
    expect(receiver.at('/failing')).toHaveLength(3);
    const resumed = await t.ok(
      `mutation($id: ID!) { resumeWebhookEndpoint(id: $id) { status consecutiveFailures } }`,
      { id: endpointId },
      owners.B,
    );
    expect(resumed.resumeWebhookEndpoint).toEqual({ status: 'ACTIVE', consecutiveFailures: 0 });
    await receiver.waitFor(() => receiver.at('/failing').length === 4);
    expect(receiver.at('/failing')[3]!.answered).toBe(200);
  });

  it('hides another party’s endpoints and deliveries (NOT_FOUND)', async () => {
    const mine = await t.ok(`{ webhookEndpoints { totalCount nodes { id } } }`, {}, owners.C);
    const ids = mine.webhookEndpoints.nodes.map((n: { id: string }) => n.id);
    expect(ids).not.toContain(endpoints['/a']!.id);
    expect(ids).not.toContain(endpoints['/facilitator']!.id);
    expect(mine.webhookEndpoints.totalCount).toBe(ids.length);
    const theirs = await t.gql(DELIVERIES, { e: endpoints['/a']!.id }, owners.C);
    expect(theirs.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const [delivery] = (await t.ok(DELIVERIES, { e: endpoints['/a']!.id }, owners.A))
      .webhookDeliveries.nodes;
    for (const outsider of [owners.C, facilitator]) {
      const replay = await t.gql(REPLAY, { d: delivery.id }, outsider);
      expect(replay.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    for (const op of ['pauseWebhookEndpoint', 'resumeWebhookEndpoint', 'deleteWebhookEndpoint']) {
      const res = await t.gql(
        `mutation($id: ID!) { ${op}(id: $id) ${op === 'deleteWebhookEndpoint' ? '' : '{ id }'} }`,
        { id: endpoints['/a']!.id },
        owners.C,
      );
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    // The owner deletes it: gone from the list, nothing more is delivered there.
    expect(
      (
        await t.ok(
          `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
          { id: endpoints['/a']!.id },
          owners.A,
        )
      ).deleteWebhookEndpoint,
    ).toBe(true);
    const after = await t.gql(DELIVERIES, { e: endpoints['/a']!.id }, owners.A);
    expect(after.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
