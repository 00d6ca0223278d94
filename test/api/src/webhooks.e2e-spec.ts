import { loadConfig } from '@alianza/api-core';
import {
  Claims,
  claimSigner,
  dataSourceOptions,
  Db,
  ENTER_CLAIM_SQL,
  readClaimKey,
  signClaim,
} from '@alianza/db';
import { WebhookDeliverySweep } from '@alianza/webhooks';
import { Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
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
      `mutation($id: ID!) { resumeWebhookEndpoint(endpointId: $id) { status consecutiveFailures } }`,
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
        `mutation($id: ID!) { ${op}(endpointId: $id) ${op === 'deleteWebhookEndpoint' ? '' : '{ id }'} }`,
        { id: endpoints['/a']!.id },
        owners.C,
      );
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    // The owner deletes it: gone from the list, nothing more is delivered there.
    expect(
      (
        await t.ok(
          `mutation($id: ID!) { deleteWebhookEndpoint(endpointId: $id) }`,
          { id: endpoints['/a']!.id },
          owners.A,
        )
      ).deleteWebhookEndpoint,
    ).toBe(true);
    const after = await t.gql(DELIVERIES, { e: endpoints['/a']!.id }, owners.A);
    expect(after.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

/**
 * The other event kinds (ADR 0049): each written in its change's transaction, each audience
 * told only the ids it already reads; endpoint changes in the audit log; old deliveries swept.
 */
describe('webhooks: more event kinds, the audit log and the retention sweep', () => {
  const t = new Api();
  const receiver = new Receiver();
  let facilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C' | 'D', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C' | 'D', string> = {} as never;
  const participations: Record<'A' | 'B' | 'C' | 'D', string> = {} as never;
  let c: string;
  let rulesId: string;
  let openArea: string;
  const endpoints: Record<string, { id: string; secret: string }> = {};
  const ORGANIZATION_KINDS = [
    'DISCLOSURE_APPROVED',
    'GRANT_REVOKED',
    'LEDGER_ENTRY_CONFIRMED',
    'PARTICIPATION_ACCEPTED',
  ];

  const register = async (
    as: TestUser,
    path: string,
    owner: { collaborationId: string } | { organizationId: string },
    eventKinds: string[],
  ) => {
    const data = await t.ok(
      CREATE,
      { input: { ...owner, url: `${receiver.url}${path}`, eventKinds } },
      as,
    );
    endpoints[path] = {
      id: data.createWebhookEndpoint.endpoint.id,
      secret: data.createWebhookEndpoint.secret,
    };
    return data.createWebhookEndpoint;
  };

  /** The payloads of one kind a path received, in order. */
  const of = (path: string, kind: string) =>
    receiver
      .at(path)
      .filter((r) => r.headers['alianza-event-kind'] === kind)
      .map((r) => JSON.parse(r.body));

  /** Waits until every path has one more payload of `kind` than in `before`, and a moment more. */
  const settle = async (kind: string, paths: string[], before: Record<string, number>) => {
    await receiver.waitFor(() => paths.every((p) => of(p, kind).length > (before[p] ?? 0)));
    await new Promise((r) => setTimeout(r, 500));
  };

  const counts = (kind: string) =>
    Object.fromEntries(['/fac', '/a', '/b', '/c', '/d'].map((p) => [p, of(p, kind).length]));

  beforeAll(async () => {
    await receiver.start();
    facilitator = await t.facilitator('webhooks-kinds');
    c = await t.collaboration(facilitator, 'Más avisos por webhook');
    rulesId = (await t.publishGroundRules(facilitator, c)).id;
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      owners[key] = await t.user(`webhooks-kinds-${key}`);
      orgs[key] = await t.organization(owners[key], `Webhooks kinds ${key}`);
      participations[key] = await t.invite(facilitator, c, orgs[key]);
      if (key !== 'D') await t.acceptGroundRules(owners[key], participations[key], rulesId);
    }
    const areas = await t.ok<{ areas: { id: string; name: string }[] }>(
      `query($c: ID!) { areas(collaborationId: $c) { id name } }`,
      { c },
      facilitator,
    );
    openArea = areas.areas.find((a) => a.name === 'Ideas de mercado')!.id;
    await register(facilitator, '/fac', { collaborationId: c }, [
      'DISCLOSURE_REQUESTED',
      ...ORGANIZATION_KINDS,
    ]);
    for (const key of ['A', 'B', 'C', 'D'] as const)
      await register(owners[key], `/${key.toLowerCase()}`, { organizationId: orgs[key] }, [
        ...ORGANIZATION_KINDS,
      ]);
  });

  afterAll(() => receiver.stop());

  it('keeps disclosure.requested for the collaboration’s endpoints', async () => {
    const res = await t.gql(
      CREATE,
      {
        input: {
          organizationId: orgs.A,
          url: `${receiver.url}/nope`,
          eventKinds: ['DISCLOSURE_REQUESTED'],
        },
      },
      owners.A,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toContain('disclosure.requested');
  });

  it('tells the facilitators and the organization that joined: participation.accepted', async () => {
    const before = counts('participation.accepted');
    await t.acceptGroundRules(owners.D, participations.D, rulesId);
    await settle('participation.accepted', ['/fac', '/d'], before);
    const expected = { participationId: participations.D, organizationId: orgs.D };
    expect(of('/fac', 'participation.accepted').at(-1)).toMatchObject({
      kind: 'participation.accepted',
      collaborationId: c,
      subject: { type: 'participation', id: participations.D },
      data: expected,
    });
    expect(of('/d', 'participation.accepted').at(-1)!.data).toEqual(expected);
    for (const other of ['/a', '/b', '/c'])
      expect(of(other, 'participation.accepted')).toHaveLength(before[other]!);
    const got = receiver.at('/d').at(-1)!;
    expect(signedBy(endpoints['/d']!.secret, got)).toBe(true);
  });

  let grantId: string;
  let requestId: string;

  it('tells the facilitators only of a disclosure.requested; each the approval it may see', async () => {
    const before = counts('disclosure.approved');
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $title: String!) { createItem(participationId: $p, areaId: $a, input: { title: $title }) { itemId } }`,
      { p: participations.A, a: openArea, title: 'Plan secreto de A' },
      owners.A,
    );
    const requested = await t.ok(
      `mutation($i: ID!, $to: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $to }) { id status } }`,
      { i: item.createItem.itemId, to: [orgs.B] },
      owners.A,
    );
    requestId = requested.requestDisclosure.id;
    await settle('disclosure.approved', ['/fac', '/a', '/b'], before);
    const [asked] = of('/fac', 'disclosure.requested');
    expect(asked).toMatchObject({
      kind: 'disclosure.requested',
      subject: { type: 'disclosure_request', id: requestId },
      data: {
        requestId,
        itemId: item.createItem.itemId,
        ownerOrganizationId: orgs.A,
        recipientOrganizationIds: [orgs.B],
      },
    });
    // Requested before approved, about the same subject: in that order.
    const kinds = receiver.at('/fac').map((r) => r.headers['alianza-event-kind']);
    expect(kinds.indexOf('disclosure.requested')).toBeLessThan(
      kinds.indexOf('disclosure.approved'),
    );
    for (const path of ['/a', '/b', '/c', '/d'])
      expect(of(path, 'disclosure.requested')).toHaveLength(0);
    for (const path of ['/c', '/d'])
      expect(of(path, 'disclosure.approved')).toHaveLength(before[path]!);
    grantId = of('/b', 'disclosure.approved').at(-1)!.data.grantIds[0];
    for (const path of ['/fac', '/a', '/b', '/c', '/d'])
      expect(receiver.at(path).every((r) => !r.body.includes('Plan secreto'))).toBe(true);
  });

  it('tells of a grant.revoked: the owner and the facilitators all of it, the recipient its grant', async () => {
    const before = counts('grant.revoked');
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Ya no" }) { id } }`,
      { g: grantId },
      facilitator,
    );
    await settle('grant.revoked', ['/fac', '/a', '/b'], before);
    const full = {
      grantId,
      requestId,
      ownerOrganizationId: orgs.A,
      recipientOrganizationId: orgs.B,
    };
    expect(of('/fac', 'grant.revoked').at(-1)).toMatchObject({
      subject: { type: 'grant', id: grantId },
      data: full,
    });
    expect(of('/a', 'grant.revoked').at(-1)!.data).toMatchObject(full);
    expect(of('/b', 'grant.revoked').at(-1)!.data).toEqual({
      grantId,
      recipientOrganizationId: orgs.B,
    });
    for (const path of ['/c', '/d']) expect(of(path, 'grant.revoked')).toHaveLength(before[path]!);
  });

  it('tells the facilitators, the giver and the receiver of a ledger.entry_confirmed', async () => {
    const declared = await t.ok(
      `mutation($c: ID!, $input: DeclareContributionInput!) { declareContribution(collaborationId: $c, input: $input) { id } }`,
      {
        c,
        input: {
          giverOrganizationId: orgs.C,
          receiverOrganizationIds: [orgs.D],
          contributionType: 'EDUCATION',
          description: 'Formación confidencial',
          value: '120.00',
          occurredOn: '2026-11-02',
        },
      },
      owners.C,
    );
    const entryId: string = declared.declareContribution[0].id;
    const before = counts('ledger.entry_confirmed');
    await t.ok(
      `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id status } }`,
      { e: entryId },
      owners.D,
    );
    await settle('ledger.entry_confirmed', ['/fac', '/c', '/d'], before);
    const data = { entryId, giverOrganizationId: orgs.C, receiverOrganizationId: orgs.D };
    for (const path of ['/fac', '/c', '/d']) {
      const payload = of(path, 'ledger.entry_confirmed').at(-1)!;
      expect(payload).toMatchObject({ subject: { type: 'ledger_entry', id: entryId }, data });
      expect(JSON.stringify(payload)).not.toContain('confidencial');
      expect(JSON.stringify(payload)).not.toContain('120.00');
    }
    for (const path of ['/a', '/b'])
      expect(of(path, 'ledger.entry_confirmed')).toHaveLength(before[path]!);
  });

  it('lists the endpoints of one collaboration or organization, each with its last delivery', async () => {
    const LIST = `query($c: ID, $o: ID) { webhookEndpoints(collaborationId: $c, organizationId: $o) {
      totalCount nodes { id lastDelivery { id eventKind status lastStatusCode } } } }`;
    const ofCollaboration = (await t.ok(LIST, { c }, facilitator)).webhookEndpoints;
    expect(ofCollaboration.nodes.map((n: { id: string }) => n.id)).toEqual([endpoints['/fac']!.id]);
    const [latest] = (await t.ok(DELIVERIES, { e: endpoints['/fac']!.id }, facilitator))
      .webhookDeliveries.nodes;
    expect(ofCollaboration.nodes[0].lastDelivery).toEqual({
      id: latest.id,
      eventKind: latest.eventKind,
      status: 'SUCCEEDED',
      lastStatusCode: 200,
    });
    // Another's collaboration or organization: nothing (never an error).
    expect((await t.ok(LIST, { c }, owners.A)).webhookEndpoints.totalCount).toBe(0);
    expect((await t.ok(LIST, { o: orgs.A }, owners.B)).webhookEndpoints.totalCount).toBe(0);
    const ofA = (await t.ok(LIST, { o: orgs.A }, owners.A)).webhookEndpoints;
    expect(ofA.nodes.map((n: { id: string }) => n.id)).toEqual([endpoints['/a']!.id]);
    expect(ofA.nodes[0].lastDelivery.eventKind).toBe('grant.revoked');
    // Several endpoints' last deliveries in one request: each its own.
    const all = (
      await t.ok(`{ webhookEndpoints { nodes { id lastDelivery { endpointId } } } }`, {}, owners.D)
    ).webhookEndpoints.nodes as { id: string; lastDelivery: { endpointId: string } | null }[];
    for (const node of all)
      if (node.lastDelivery) expect(node.lastDelivery.endpointId).toBe(node.id);
  });

  it('records endpoint changes in the audit log: the collaboration’s, and its organizations’', async () => {
    const endpointId = endpoints['/a']!.id;
    for (const op of ['pauseWebhookEndpoint', 'resumeWebhookEndpoint'])
      await t.ok(`mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: endpointId }, owners.A);
    const [delivery] = (await t.ok(DELIVERIES, { e: endpointId }, owners.A)).webhookDeliveries
      .nodes;
    const replayed = (await t.ok(REPLAY, { d: delivery.id }, owners.A)).replayWebhookDelivery;
    const facEndpoint = endpoints['/fac']!.id;
    await t.ok(
      `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
      { id: facEndpoint },
      facilitator,
    );

    const LOG = `query($c: ID!, $s: ID!) { auditLog(collaborationId: $c, subjectId: $s, first: 50) {
      nodes { action actorUserId subjectId organizationId payload } } }`;
    const actionsOf = async (subjectId: string, as: TestUser) =>
      (await t.ok(LOG, { c, s: subjectId }, as)).auditLog.nodes as {
        action: string;
        actorUserId: string | null;
        organizationId: string | null;
        payload: string;
      }[];
    const eventually = async (subjectId: string, as: TestUser, count: number) => {
      const deadline = Date.now() + 5000;
      let nodes = await actionsOf(subjectId, as);
      while (nodes.length < count && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        nodes = await actionsOf(subjectId, as);
      }
      return nodes;
    };
    const organizationLog = await eventually(endpointId, facilitator, 3);
    expect(organizationLog.map((n) => n.action).sort()).toEqual([
      'WEBHOOK_ENDPOINT_CREATED',
      'WEBHOOK_ENDPOINT_PAUSED',
      'WEBHOOK_ENDPOINT_RESUMED',
    ]);
    for (const record of organizationLog) {
      expect(record).toMatchObject({ actorUserId: owners.A.id, organizationId: orgs.A });
      const payload = JSON.parse(record.payload);
      // The address without its path: a receiver's token may be there.
      expect(payload).toMatchObject({ ownerKind: 'organization', origin: receiver.url });
      expect(record.payload).not.toContain('/a');
    }
    // The organization's owner reads its own records too.
    expect(await eventually(endpointId, owners.A, 3)).toHaveLength(3);
    const [replay] = await eventually(replayed.id, facilitator, 1);
    expect(replay).toMatchObject({ action: 'WEBHOOK_DELIVERY_REPLAYED', organizationId: orgs.A });
    expect(JSON.parse(replay!.payload)).toMatchObject({ endpointId, replayOf: delivery.id });
    const collaborationLog = await eventually(facEndpoint, facilitator, 2);
    expect(collaborationLog.map((n) => n.action).sort()).toEqual([
      'WEBHOOK_ENDPOINT_CREATED',
      'WEBHOOK_ENDPOINT_DELETED',
    ]);
    expect(collaborationLog[0]).toMatchObject({
      actorUserId: facilitator.id,
      organizationId: null,
    });
  });

  it('deletes succeeded deliveries past WEBHOOKS_DELIVERY_RETENTION_DAYS, and keeps the rest', async () => {
    Logger.overrideLogger(false);
    const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
    await owner.connect();
    const ds = await new DataSource(
      dataSourceOptions(process.env['ALIANZA_TEST_APP_DATABASE_URL']!, 'webhooks-spec'),
    ).initialize();
    try {
      const key = await readClaimKey(process.env['ALIANZA_TEST_DATABASE_URL']!);
      const db = new Db(ds, claimSigner(key));
      const sweepOf = (days: string) =>
        new WebhookDeliverySweep(
          db,
          loadConfig({
            NODE_ENV: 'test',
            EXPIRY_SWEEP_SECONDS: '0',
            WEBHOOKS_DELIVERY_RETENTION_DAYS: days,
          }),
        );
      const { rows } = await owner.query<{ id: string }>(
        `SELECT id FROM webhook_deliveries WHERE collaboration_id = $1 AND status = 'succeeded'
          ORDER BY sequence LIMIT 4`,
        [c],
      );
      expect(rows).toHaveLength(4);
      const [oldSucceeded, oldFailed, oldPending, recentSucceeded] = rows.map((r) => r.id);
      // Older than this test's 7 days, younger than the running API's own 30.
      const age = (id: string | undefined, days: number, status: string) =>
        owner.query(
          `UPDATE webhook_deliveries SET status = $3, created_at = now() - make_interval(days => $2),
             next_attempt_at = now() + interval '1 day' WHERE id = $1`,
          [id, days, status],
        );
      await age(oldSucceeded, 8, 'succeeded');
      await age(oldFailed, 20, 'failed');
      await age(oldPending, 20, 'pending');
      await age(recentSucceeded, 6, 'succeeded');
      expect(await sweepOf('0').sweep()).toBe(0);
      expect(await sweepOf('7').sweep()).toBe(1);
      const left = await owner.query<{ id: string }>(
        `SELECT id FROM webhook_deliveries WHERE id = ANY ($1::uuid[])`,
        [[oldSucceeded, oldFailed, oldPending, recentSucceeded]],
      );
      expect(left.rows.map((r) => r.id).sort()).toEqual(
        [oldFailed, oldPending, recentSucceeded].sort(),
      );
      // No request deletes a delivery, not even its endpoint's owner, who reads it.
      const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
      await app.connect();
      try {
        await app.query('BEGIN');
        const [{ organization_id: org }] = (
          await owner.query<{ organization_id: string }>(
            `SELECT e.organization_id FROM webhook_deliveries d
               JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = $1`,
            [recentSucceeded],
          )
        ).rows as [{ organization_id: string }];
        const endpointOwner = (Object.keys(orgs) as (keyof typeof orgs)[]).find(
          (k) => orgs[k] === org,
        )!;
        await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(owners[endpointOwner].id))]);
        const seen = await app.query(`SELECT id FROM webhook_deliveries WHERE id = $1`, [
          recentSucceeded,
        ]);
        expect(seen.rowCount).toBe(1);
        const deleted = await app.query(`DELETE FROM webhook_deliveries WHERE id = $1`, [
          recentSucceeded,
        ]);
        expect(deleted.rowCount).toBe(0);
        await app.query('ROLLBACK');
      } finally {
        await app.end();
      }
    } finally {
      await ds.destroy();
      await owner.end();
    }
  });
});
