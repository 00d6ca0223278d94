import { Api, TestUser } from '../support/api';

const SEARCH = `query($q: String!, $c: ID, $first: Int, $after: String) {
  search(query: $q, collaborationId: $c, first: $first, after: $after) {
    nodes { kind id collaborationId collaborationTitle title rank
            titleHighlight { text match } highlight { text match }
            link { collaborationId kind targetId } }
    pageInfo { hasNextPage endCursor } totalCount } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  highlight: { text: string; match: boolean }[];
  titleHighlight: { text: string; match: boolean }[];
}

/**
 * Search (issue 17, docs/adr/0038): the story of the seeds — a mill shares its flour surplus
 * with a bakery, hiding its supplier in the text and in a field; the bakery asks about flour.
 * The bakery's search for "harina" finds the shared item and its question, and nothing it may
 * not read: not the mill's unshared item, not a redacted span, not a withheld field.
 */
describe('search', () => {
  const t = new Api();
  let facilitator: TestUser;
  let mill: TestUser;
  let bakery: TestUser;
  let outsider: TestUser;
  let collaborationId: string;
  let grantId: string;
  let sharedItemId: string;
  let privateItemId: string;
  let questionId: string;

  const search = async (q: string, as: TestUser, c: string | null = collaborationId) =>
    (await t.ok<{ search: { nodes: Hit[] } }>(SEARCH, { q, c }, as)).search.nodes;
  const kinds = (hits: Hit[]) => hits.map((h) => h.kind).sort();

  beforeAll(async () => {
    facilitator = await t.facilitator('search');
    collaborationId = await t.collaboration(facilitator, 'Pan de barrio');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    mill = await t.user('search-mill');
    bakery = await t.user('search-bakery');
    outsider = await t.user('search-outsider');
    const millOrg = await t.organization(mill, 'Molino');
    const bakeryOrg = await t.organization(bakery, 'Panadería');
    const outsiderOrg = await t.organization(outsider, 'Tercera');
    const millP = await t.invite(facilitator, collaborationId, millOrg);
    const bakeryP = await t.invite(facilitator, collaborationId, bakeryOrg);
    const outsiderP = await t.invite(facilitator, collaborationId, outsiderOrg);
    await t.acceptGroundRules(mill, millP, rules.id);
    await t.acceptGroundRules(bakery, bakeryP, rules.id);
    await t.acceptGroundRules(outsider, outsiderP, rules.id);
    const areas = await t.listOf<{ id: string; name: string }>(
      collaborationId,
      'areas',
      'id name',
      facilitator,
    );
    const costs = areas.find((a) => a.name === 'Costes')!.id;
    const create = async (title: string, body: string, fields: unknown[]) =>
      (
        await t.ok<{ createItem: { itemId: string } }>(
          `mutation($p: ID!, $a: ID!, $i: ItemContentInput!) { createItem(participationId: $p, areaId: $a, input: $i) { itemId } }`,
          { p: millP, a: costs, i: { title, body, fields } },
          mill,
        )
      ).createItem.itemId;
    const body = 'Ofrecemos 400 kg de harina ecológica; el proveedor es Molinos Zarzuela.';
    sharedItemId = await create('Excedente de harina', body, [
      { label: 'Proveedor', type: 'TEXT', text: 'Cooperativa Almendral' },
      { label: 'Variedad', type: 'TEXT', text: 'Espelta' },
    ]);
    privateItemId = await create(
      'Precios internos',
      'La harina de centeno sale a la tarifa Quijote.',
      [],
    );
    const start = body.indexOf('Molinos Zarzuela');
    const requested = await t.ok(
      `mutation($i: ID!, $r: [ID!], $red: RedactionInput) {
         requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r, redaction: $red }) { id } }`,
      {
        i: sharedItemId,
        r: [bakeryOrg],
        red: {
          fieldKeys: ['proveedor'],
          spans: [{ start, end: start + 'Molinos Zarzuela'.length }],
        },
      },
      mill,
    );
    const approved = await t.ok(
      `mutation($id: ID!) { approveDisclosure(requestId: $id) { status grants { id } } }`,
      { id: requested.requestDisclosure.id },
      facilitator,
    );
    grantId = approved.approveDisclosure.grants[0].id;
    questionId = (
      await t.ok(
        `mutation($c: ID!) { askQuestion(collaborationId: $c, input: { subject: "¿Quién vende harina?", body: "Buscamos harina ecológica para el obrador." }) { id } }`,
        { c: collaborationId },
        bakery,
      )
    ).askQuestion.id;
  });

  it('finds, for "harina", the shared item and the question, and nothing the bakery may not read', async () => {
    const hits = await search('harina', bakery);
    expect(kinds(hits)).toEqual(['QUESTION', 'SHARED_ITEM']);
    expect(hits.find((h) => h.kind === 'SHARED_ITEM')!.id).toBe(grantId);
    expect(hits.find((h) => h.kind === 'QUESTION')!.id).toBe(questionId);
    expect(hits.map((h) => h.id)).not.toContain(privateItemId);
    const shared = hits.find((h) => h.kind === 'SHARED_ITEM')!;
    expect(shared.titleHighlight).toEqual([
      { text: 'Excedente de ', match: false },
      { text: 'harina', match: true },
    ]);
    expect(shared.highlight.some((s) => s.match && /harina/i.test(s.text))).toBe(true);
    // The highlight is cut from what the bakery reads: the marker, never the hidden words.
    const text = shared.highlight.map((s) => s.text).join('');
    expect(text).not.toMatch(/Zarzuela|Almendral/);
  });

  it('matches no word that redaction hid, in the text or in a withheld field, nor an unshared item', async () => {
    for (const word of [
      'Zarzuela',
      'zarzuela molinos',
      'Almendral',
      'Cooperativa',
      'Quijote',
      'centeno',
    ])
      expect(await search(word, bakery, null)).toEqual([]);
    // The same words are there, for those who may read them.
    expect(kinds(await search('Zarzuela', mill))).toEqual(['ITEM']);
    expect(kinds(await search('Almendral', mill))).toEqual(['ITEM']);
    expect((await search('Quijote', mill)).map((h) => h.id)).toEqual([privateItemId]);
  });

  it('finds a visible field, ignores accents and folds Spanish word forms', async () => {
    for (const word of ['Espelta', 'ecologica', 'ECOLÓGICAS', 'harinas', 'obrador'])
      expect((await search(word, bakery)).length).toBeGreaterThan(0);
    expect(kinds(await search('espelta', bakery))).toEqual(['SHARED_ITEM']);
  });

  it('shows a third party nothing of the others', async () => {
    expect(await search('harina', outsider)).toEqual([]);
  });

  it('keeps the same promise by row-level security alone (the application filters off)', async () => {
    // A second API on the same database whose own read filters are off (test only): what a
    // search returns is then decided by the row policies of each table read.
    const unfiltered = new Api(process.env['ALIANZA_TEST_UNFILTERED_API_URL']);
    const find = async (q: string, as: TestUser) =>
      (await unfiltered.ok<{ search: { nodes: Hit[] } }>(SEARCH, { q, c: null }, as)).search.nodes;
    expect(kinds(await find('harina', bakery))).toEqual(['QUESTION', 'SHARED_ITEM']);
    for (const word of ['Zarzuela', 'Almendral', 'Quijote'])
      expect(await find(word, bakery)).toEqual([]);
    expect(await find('harina', outsider)).toEqual([]);
    expect(kinds(await find('Zarzuela', mill))).toEqual(['ITEM']);
  });

  it("gives the facilitator the collaboration's items, the question and the audit log", async () => {
    const hits = await search('harina', facilitator);
    // The items and the question, and the audit records that name them (the item's creation).
    expect(kinds(hits.filter((h) => h.kind !== 'AUDIT_RECORD'))).toEqual([
      'ITEM',
      'ITEM',
      'QUESTION',
    ]);
    expect(hits.filter((h) => h.kind === 'AUDIT_RECORD').length).toBeGreaterThan(0);
    const audit = await search('approved', facilitator);
    expect(audit.some((h) => h.kind === 'AUDIT_RECORD' && h.title === 'disclosure.approved')).toBe(
      true,
    );
    // The audit log is the facilitator's to search, not a participant's.
    expect((await search('approved', mill)).filter((h) => h.kind === 'AUDIT_RECORD')).toEqual([]);
  });

  it('pages through ranked hits with a cursor', async () => {
    const first = await t.ok(SEARCH, { q: 'harina', c: collaborationId, first: 1 }, mill);
    expect(first.search.nodes).toHaveLength(1);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    expect(first.search.totalCount).toBe(2);
    const next = await t.ok(
      SEARCH,
      { q: 'harina', c: collaborationId, first: 5, after: first.search.pageInfo.endCursor },
      mill,
    );
    expect(next.search.nodes).toHaveLength(1);
    expect(next.search.nodes.map((n: Hit) => n.id)).not.toContain(first.search.nodes[0].id);
    expect(next.search.pageInfo.hasNextPage).toBe(false);
  });

  it('pages after the cursor of any edge: the hits that follow it', async () => {
    const EDGES = `query($q: String!, $c: ID, $first: Int, $after: String) {
      search(query: $q, collaborationId: $c, first: $first, after: $after) {
        edges { cursor node { id } } pageInfo { startCursor endCursor hasPreviousPage } } }`;
    type EdgePage = {
      search: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: {
          startCursor: string | null;
          endCursor: string | null;
          hasPreviousPage: boolean;
        };
      };
    };
    const read = async (after: string | null) =>
      (await t.ok<EdgePage>(EDGES, { q: 'harina', c: collaborationId, first: 5, after }, mill))
        .search;
    const whole = await read(null);
    const ids = whole.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(2);
    expect(whole.pageInfo).toEqual({
      startCursor: whole.edges[0]!.cursor,
      endCursor: whole.edges[1]!.cursor,
      hasPreviousPage: false,
    });
    for (const [i, edge] of whole.edges.entries()) {
      expect((await read(edge.cursor)).edges.map((e) => e.node.id)).toEqual(ids.slice(i + 1));
    }
  });

  it('finds the shared item no more once its grant is revoked', async () => {
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "fin" }) { id } }`,
      { g: grantId },
      facilitator,
    );
    expect(kinds(await search('harina', bakery))).toEqual(['QUESTION']);
  });

  it('refuses an empty or too long query, naming the field, and a forged cursor', async () => {
    for (const q of ['', '   ', 'x'.repeat(201)]) {
      const res = await t.gql(SEARCH, { q }, bakery);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['details']).toEqual({ field: 'query' });
    }
    const forged = await t.gql(SEARCH, { q: 'harina', after: 'nope' }, bakery);
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'after' },
    });
    const anonymous = await t.gql(SEARCH, { q: 'harina' });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
