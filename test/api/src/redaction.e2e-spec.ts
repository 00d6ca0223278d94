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
  let openArea: string;

  const item = async (body = BODY, area?: string) => {
    const created = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!, $b: String!) { createItem(participationId: $p, areaId: $a, input: {
         title: "Harina", body: $b, fields: [{ label: "Proveedor", type: TEXT, text: "Harinas Sur" },
           { label: "Precio", type: NUMBER, number: 0.62 }] }) { itemId } }`,
      { p: participationA, a: area ?? costs, b: body },
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
    const areas = await t.listOf<{ id: string; name: string }>(
      collaborationId,
      'areas',
      'id name',
      facilitator,
    );
    costs = areas.find((a) => a.name === 'Costes')!.id;
    openArea = areas.find((a) => a.name === 'Ideas de mercado')!.id;
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

  describe('the redaction assistant on the server', () => {
    const APPROVE = `mutation($id: ID!, $input: ApproveDisclosureInput) {
      approveDisclosure(requestId: $id, input: $input) { status acknowledgedHiddenValues { organizationId fieldKey fieldLabel places } } }`;
    const STATE = `query($id: ID!) { disclosureRequest(id: $id) { status grants { id }
      hiddenValueWarnings { organizationId fieldKey fieldLabel inBody { start end } inTitle inFieldKeys } } }`;

    it('never approves by itself a request whose text still shows a hidden value', async () => {
      const leaky = await t.ok(
        REQUEST,
        { i: await item(BODY, openArea), r: [orgB], red: { fieldKeys: ['proveedor'], spans: [] } },
        ownerA,
      );
      expect(leaky.requestDisclosure.status).toBe('PENDING');
      // The same item, the supplier hidden in the text too: approved at once (open area).
      const start = TEXT.indexOf('Harinas Sur');
      const clean = await t.ok(
        REQUEST,
        {
          i: await item(BODY, openArea),
          r: [orgB],
          red: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 11 }] },
        },
        ownerA,
      );
      expect(clean.requestDisclosure.status).toBe('APPROVED');
    });

    it('shows its findings on the request, refuses approval without confirmation and changes nothing', async () => {
      const requested = await t.ok(
        REQUEST,
        { i: await item(), r: [orgB], red: { fieldKeys: ['proveedor', 'precio'], spans: [] } },
        ownerA,
      );
      const id = requested.requestDisclosure.id;
      const before = await t.ok(STATE, { id }, facilitator);
      expect(before.disclosureRequest.hiddenValueWarnings).toEqual([
        {
          organizationId: orgB,
          fieldKey: 'proveedor',
          fieldLabel: 'Proveedor',
          inBody: [{ start: 22, end: 33 }],
          inTitle: false,
          inFieldKeys: [],
        },
        {
          organizationId: orgB,
          fieldKey: 'precio',
          fieldLabel: 'Precio',
          inBody: [{ start: 8, end: 12 }],
          inTitle: false,
          inFieldKeys: [],
        },
      ]);
      const refused = await t.gql(APPROVE, { id, input: {} }, facilitator);
      expect(refused.errors?.[0]).toMatchObject({
        message:
          'Hidden "Proveedor", "Precio" can still be read in the text, the title, another field or a shared file: hide it there too, or confirm with acknowledgeHiddenValueLeaks.',
        extensions: {
          code: 'BAD_USER_INPUT',
          details: {
            field: 'acknowledgeHiddenValueLeaks',
            fieldKeys: ['proveedor', 'precio'],
            organizationIds: [orgB],
          },
        },
      });
      const after = await t.ok(STATE, { id }, facilitator);
      expect(after.disclosureRequest).toMatchObject({ status: 'PENDING', grants: [] });
    });

    it('approves with the confirmation and records it with the decision and in the audit log', async () => {
      const requested = await t.ok(
        REQUEST,
        { i: await item(), r: [orgB], red: { fieldKeys: ['proveedor'], spans: [] } },
        ownerA,
      );
      const id = requested.requestDisclosure.id;
      const approved = await t.ok(
        APPROVE,
        { id, input: { acknowledgeHiddenValueLeaks: true } },
        facilitator,
      );
      const recorded = [
        { organizationId: orgB, fieldKey: 'proveedor', fieldLabel: 'Proveedor', places: 1 },
      ];
      expect(approved.approveDisclosure).toEqual({
        status: 'APPROVED',
        acknowledgedHiddenValues: recorded,
      });
      const log = await t.ok(
        `query($c: ID!) { auditLog(collaborationId: $c, action: DISCLOSURE_APPROVED, first: 50) { nodes { subjectId payload } } }`,
        { c: collaborationId },
        facilitator,
      );
      const entry = log.auditLog.nodes.find((n: { subjectId: string }) => n.subjectId === id);
      expect(JSON.parse(entry.payload).acknowledgedHiddenValues).toEqual(recorded);
    });

    it('needs no confirmation once the facilitator hides the value in the text for that recipient', async () => {
      const requested = await t.ok(
        REQUEST,
        { i: await item(), r: [orgB], red: { fieldKeys: ['proveedor'], spans: [] } },
        ownerA,
      );
      const start = TEXT.indexOf('Harinas Sur');
      const approved = await t.ok(
        APPROVE,
        {
          id: requested.requestDisclosure.id,
          input: {
            perRecipient: [
              {
                organizationId: orgB,
                redaction: { fieldKeys: [], spans: [{ start, end: start + 11 }] },
              },
            ],
          },
        },
        facilitator,
      );
      expect(approved.approveDisclosure).toEqual({
        status: 'APPROVED',
        acknowledgedHiddenValues: [],
      });
    });
  });
});
