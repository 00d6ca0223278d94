import { Api, TestUser } from '../support/api';

const BODY = 'Pagamos 0,62 EUR/kg a **Harinas Sur** cada mes';
/** The same body as a reader sees it: what spans count (docs/adr/0013). */
const TEXT = 'Pagamos 0,62 EUR/kg a Harinas Sur cada mes';
const MARKER = '[█ redacted]';

const REQUEST = `mutation($i: ID!, $r: [ID!], $red: RedactionInput) {
  requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r, redaction: $red }) {
    id status previews { organizationId content { body } } } }`;
const SHARED = `query($c: ID) { sharedWithMe(collaborationId: $c, first: 50) { nodes { itemId content { body fields { key } } } } }`;

describe('redaction on what people read', () => {
  const t = new Api();
  let facilitator: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgB: string;
  let collaborationId: string;
  let participationA: string;
  let costs: string;

  const item = async (body = BODY) => {
    const created = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $b: String!) { createItem(participationId: $p, areaId: $a, input: {
         title: "Harina", body: $b, fields: [{ label: "Proveedor", type: TEXT, text: "Harinas Sur" },
           { label: "Precio", type: NUMBER, number: 0.62 }] }) { itemId } }`,
      { p: participationA, a: costs, b: body },
      ownerA,
    );
    return created.createItem.itemId;
  };
  const sharedBody = async (itemId: string) => {
    const shared = await t.ok(SHARED, { c: collaborationId }, ownerB);
    return shared.sharedWithMe.nodes.find((n: { itemId: string }) => n.itemId === itemId)?.content;
  };

  beforeAll(async () => {
    facilitator = await t.facilitator('redact');
    collaborationId = await t.collaboration(facilitator, 'Redacción');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    ownerA = await t.user('redact-A');
    ownerB = await t.user('redact-B');
    const orgA = await t.organization(ownerA, 'Panadería');
    orgB = await t.organization(ownerB, 'Molino');
    participationA = await t.invite(facilitator, collaborationId, orgA);
    const participationB = await t.invite(facilitator, collaborationId, orgB);
    await t.acceptGroundRules(ownerA, participationA, rules.id);
    await t.acceptGroundRules(ownerB, participationB, rules.id);
    const areas = await t.ok<{ areas: { id: string; name: string }[] }>(
      `query($c: ID!) { areas(collaborationId: $c) { id name } }`,
      { c: collaborationId },
      facilitator,
    );
    costs = areas.areas.find((a) => a.name === 'Costes')!.id;
  });

  it('hides a passage of the text as read: the recipient gets no stray markup', async () => {
    const itemId = await item();
    const start = TEXT.indexOf('Harinas Sur');
    const requested = await t.ok(
      REQUEST,
      {
        i: itemId,
        r: [orgB],
        red: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 16 }] },
      },
      ownerA,
    );
    // The owner's preview is the server's redaction too.
    expect(requested.requestDisclosure.previews[0].content.body).toBe(
      `Pagamos 0,62 EUR/kg a ${MARKER} mes`,
    );
    await t.ok(
      `mutation($id: ID!) { approveDisclosure(requestId: $id) { status } }`,
      { id: requested.requestDisclosure.id },
      facilitator,
    );
    expect(await sharedBody(itemId)).toEqual({
      body: `Pagamos 0,62 EUR/kg a ${MARKER} mes`,
      fields: [{ key: 'precio' }],
    });
  });

  it('refuses a span past the end of the text as read, naming the field, and stores nothing', async () => {
    const itemId = await item();
    const res = await t.gql(
      REQUEST,
      { i: itemId, r: [orgB], red: { fieldKeys: [], spans: [{ start: 30, end: BODY.length }] } },
      ownerA,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: `A redacted span must lie within the text (0 to ${TEXT.length}) and not be empty.`,
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'redaction.spans' } },
    });
    const requests = await t.ok(
      `query($c: ID!, $i: ID) { disclosureRequests(collaborationId: $c, itemId: $i) { totalCount } }`,
      { c: collaborationId, i: itemId },
      ownerA,
    );
    expect(requests.disclosureRequests.totalCount).toBe(0);
  });
});
