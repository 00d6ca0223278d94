import { Api } from '../../support/api';
import { Operation, outcome, SIGNED_IN } from '../../support/matrix';
import { World } from '../../support/world';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`;
/** Never reached in the matrix: no delivery there is meant to arrive. */
const URL = 'https://hooks.example.org/alianza';

/** An endpoint of organization A, made by its owner. */
async function endpointOfA(t: Api, w: World): Promise<string> {
  const created = await t.ok<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    CREATE,
    { input: { organizationId: w.orgA, url: URL, eventKinds: ['DISCLOSURE_APPROVED'] } },
    w.ownerA,
  );
  return created.createWebhookEndpoint.endpoint.id;
}

/** A delivery to a new endpoint of A: A's new item in the open area shared with B (approved at once). */
async function deliveryOfA(t: Api, w: World): Promise<string> {
  const endpointId = await endpointOfA(t, w);
  const { areas } = await t.ok<{ areas: { id: string; name: string }[] }>(
    `query($c: ID!) { areas(collaborationId: $c) { id name } }`,
    { c: w.collaborationId },
    w.ownerA,
  );
  const item = await t.ok<{ createItem: { itemId: string } }>(
    `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Aviso" }) { itemId } }`,
    { p: w.participationA, a: areas.find((a) => a.name === 'Ideas de mercado')!.id },
    w.ownerA,
  );
  await t.ok(
    `mutation($i: ID!, $to: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $to }) { status } }`,
    { i: item.createItem.itemId, to: [w.orgB] },
    w.ownerA,
  );
  const listed = await t.ok<{ webhookDeliveries: { nodes: { id: string }[] } }>(
    `query($e: ID!) { webhookDeliveries(endpointId: $e) { nodes { id } } }`,
    { e: endpointId },
    w.ownerA,
  );
  return listed.webhookDeliveries.nodes[0]!.id;
}

/**
 * The operations of webhooks in the authorization matrix: an endpoint of organization A is its
 * owner's (OA) alone; one of collaboration C is its facilitator's. Anyone else gets NOT_FOUND.
 */
export const WEBHOOKS_MATRIX: Record<string, Operation> = {
  webhookEndpoints: {
    // Everyone signed in lists their own (often none).
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(await t.gql(`{ webhookEndpoints { totalCount nodes { id } } }`, {}, as)),
  },
  createWebhookEndpoint: {
    // For A by its owner; for C by its facilitator.
    allowed: ['organizationOwner', 'facilitator'],
    run: async (t, w, as, role) =>
      outcome(
        await t.gql(
          CREATE,
          {
            input: {
              ...(role === 'facilitator'
                ? { collaborationId: w.collaborationId }
                : { organizationId: w.orgA }),
              url: URL,
              eventKinds: ['DISCLOSURE_APPROVED'],
            },
          },
          as,
        ),
      ),
  },
  webhookDeliveries: {
    allowed: ['organizationOwner'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($e: ID!) { webhookDeliveries(endpointId: $e) { totalCount } }`,
          { e: await endpointOfA(t, w) },
          as,
        ),
      ),
  },
  pauseWebhookEndpoint: {
    allowed: ['organizationOwner'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { pauseWebhookEndpoint(endpointId: $id) { status } }`,
          { id: await endpointOfA(t, w) },
          as,
        ),
        (d: any) => d.pauseWebhookEndpoint.status === 'PAUSED',
      ),
  },
  resumeWebhookEndpoint: {
    allowed: ['organizationOwner'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { resumeWebhookEndpoint(endpointId: $id) { status } }`,
          { id: await endpointOfA(t, w) },
          as,
        ),
        (d: any) => d.resumeWebhookEndpoint.status === 'ACTIVE',
      ),
  },
  deleteWebhookEndpoint: {
    allowed: ['organizationOwner'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { deleteWebhookEndpoint(endpointId: $id) }`,
          { id: await endpointOfA(t, w) },
          as,
        ),
      ),
  },
  replayWebhookDelivery: {
    allowed: ['organizationOwner'],
    // Shares A's items in C: a collaboration of its own.
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($d: ID!) { replayWebhookDelivery(input: { deliveryId: $d }) { id } }`,
          { d: await deliveryOfA(t, w) },
          as,
        ),
      ),
  },
};
