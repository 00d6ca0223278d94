import { Api, TestUser } from '../support/api';
import { buildWorld, Role, World } from '../support/world';

/** An item's fields as the lists show them (the portal's and the console's). */
const ROW = `id ownerOrganizationId currentVersion createdAt updatedAt
  latest { id itemId version title body thirdPartyRule createdAt
    fields { key label type text number }
    files { id name mediaType kind bytes pages sha256 uploadedAt } }
  versions { id itemId version title createdAt }
  grants { id reference requestId itemId itemVersionId ownerOrganizationId recipientOrganizationId
    state validUntil revokedAt revokeReason createdAt
    redaction { fieldKeys spans { start end } files { fileId pages download } } }`;
const LIST = `query($c: ID!, $o: ID, $after: String) {
  items(collaborationId: $c, ownerOrganizationId: $o, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${ROW} } } }`;
const ONE = `query($id: ID!) { item(id: $id) { ${ROW} } }`;

interface Row {
  id: string;
  ownerOrganizationId: string;
  latest: { files: { id: string }[] };
  grants: { id: string; state: string; recipientOrganizationId: string }[];
}
interface ListPage {
  items: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Row[];
  };
}

/**
 * The item list reads its page and each row's versions, grants and files in one statement
 * (`ItemListRead`): every row shows exactly what the item's own reads (`item(id)`, through the
 * loaders) show the same caller, and nothing of an item the caller may not read, not even its
 * grants to the caller.
 */
describe('the item list, read with its rows', () => {
  const t = new Api();
  let w: World;
  let revokedGrant: string;
  let file: string;

  /** Every row of the list, page by page (pages of 2), with the total of each page. */
  const list = async (as: TestUser, owner?: string) => {
    const rows: Row[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    do {
      const page: ListPage = await t.ok<ListPage>(
        LIST,
        { c: w.collaborationId, o: owner, after },
        as,
      );
      rows.push(...page.items.nodes);
      totals.add(page.items.totalCount);
      after = page.items.pageInfo.hasNextPage ? page.items.pageInfo.endCursor : null;
    } while (after);
    return { rows, totals: [...totals] };
  };

  beforeAll(async () => {
    w = await buildWorld(t);
    // A's open item gets a second version with a document, and a grant to B, revoked.
    const upload = await t.http
      .post('/files')
      .set('authorization', `Bearer ${w.ownerA.token}`)
      .field('participationId', w.participationA)
      .attach('file', Buffer.from('a;b\ncoste;1\n'), 'costes.csv');
    expect(upload.status).toBe(201);
    file = (upload.body as { id: string }).id;
    await t.ok(
      `mutation($i: ID!, $f: [ID!]) { editItem(itemId: $i, input: { title: "Con documento", body: "Cuerpo", fileIds: $f }) { id } }`,
      { i: w.openItemA, f: [file] },
      w.ownerA,
    );
    const request = await t.ok<{
      requestDisclosure: { id: string; status: string; grants: { id: string }[] };
    }>(
      `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) {
         id status grants { id } } }`,
      { i: w.openItemA, r: [w.orgB] },
      w.ownerA,
    );
    // An open area, no overlap, nothing hidden: approved at once.
    expect(request.requestDisclosure.status).toBe('APPROVED');
    revokedGrant = request.requestDisclosure.grants[0]!.id;
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Ya no" }) { id } }`,
      { g: revokedGrant },
      w.ownerA,
    );
  });

  const ROLES_SEEN: Role[] = [
    'organizationOwner',
    'activeParticipant',
    'facilitator',
    'facilitatorOfAnotherCollaboration',
    'participantOfAnotherCollaboration',
    'memberOfOutsideOrganization',
    'userWithoutOrganization',
  ];

  it.each(ROLES_SEEN)('shows %s, on every row, what the item itself shows them', async (role) => {
    const as = w.users[role]!;
    const { rows, totals } = await list(as);
    expect(totals).toEqual([rows.length]);
    for (const row of rows) {
      const one = await t.ok<{ item: Row }>(ONE, { id: row.id }, as);
      expect(row).toEqual(one.item);
    }
  });

  it('lists only the items of organizations one belongs to, or those one facilitates', async () => {
    const owners = async (role: Role) =>
      new Set((await list(w.users[role]!)).rows.map((r) => r.ownerOrganizationId));
    expect(await owners('organizationOwner')).toEqual(new Set([w.orgA]));
    expect(await owners('activeParticipant')).toEqual(new Set([w.orgA]));
    expect(await owners('facilitator')).toEqual(new Set([w.orgA, w.orgB]));
    for (const role of [
      'facilitatorOfAnotherCollaboration',
      'participantOfAnotherCollaboration',
      'memberOfOutsideOrganization',
      'userWithoutOrganization',
    ] as const)
      expect(await list(w.users[role]!)).toEqual({ rows: [], totals: [0] });
  });

  it("keeps another party's items from a recipient, its grant to the recipient with them", async () => {
    // A holds a grant on B's item, and reads it as shared with it; B's item list stays B's.
    expect(await list(w.ownerA, w.orgB)).toEqual({ rows: [], totals: [0] });
    const ofB = await list(w.ownerB, w.orgB);
    expect(ofB.rows.flatMap((r) => r.grants.map((g) => g.id))).toContain(w.grantToA);
    // B, recipient of A's revoked grant, lists none of A's items.
    expect(await list(w.ownerB, w.orgA)).toEqual({ rows: [], totals: [0] });
  });

  it("shows the owner its revoked grants and its current version's files", async () => {
    const { rows } = await list(w.ownerA);
    const open = rows.find((r) => r.id === w.openItemA)!;
    expect(open.grants).toEqual([
      expect.objectContaining({
        id: revokedGrant,
        state: 'REVOKED',
        recipientOrganizationId: w.orgB,
      }),
    ]);
    expect(open.latest.files.map((f) => f.id)).toEqual([file]);
  });
});
