import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';

type Key = 'A' | 'B' | 'D';

const OPTION = `id areaId dimension label position`;
const DETECTED = `query($c: ID!, $a: ID) { collaboration(id: $c) { detectedOverlaps(first: 100, areaId: $a) {
  nodes { id kind areaId organizationIds markets { label } segments { label } products { label }
  sharedCustomers status changedSinceReview overlapId review { decision reason } } } } }`;
const MINE = `query($c: ID!, $o: ID) { myActivity(collaborationId: $c, organizationId: $o) {
  organizationId declarations { areaId optionIds }
  customerLists { id areaId organizationId fileName accepted duplicates rejected } } }`;
const SET_OPTIONS = `mutation($a: ID!, $input: ActivityOptionsInput!) { setActivityOptions(areaId: $a, input: $input) { ${OPTION} } }`;
const DECLARE = `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId optionIds } }`;
const UPLOAD = `mutation($a: ID!, $input: CustomerListInput!) { uploadCustomerList(areaId: $a, input: $input) {
  id areaId organizationId fileName accepted duplicates rejected } }`;
const REMOVE_LIST = `mutation($a: ID!) { removeCustomerList(areaId: $a) { id } }`;
const DECLARE_DETECTED = `mutation($input: DeclareDetectedOverlapInput!) { declareDetectedOverlap(input: $input) {
  status overlapId changedSinceReview review { decision } } }`;
const DISMISS_DETECTED = `mutation($input: DismissDetectedOverlapInput!) { dismissDetectedOverlap(input: $input) {
  status changedSinceReview review { decision reason } } }`;

/** Identifiers unique to this file, so the scan of the database cannot match other data. */
const TAG = randomUUID().slice(0, 6);
const DOMAIN = `acme-${TAG}.es`;
const MAIL_DOMAIN = `hornos-${TAG}.es`;
const digits = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
/** Tax ids: `B-1234.5678` is written by A, `b12345678` by B. */
const [N1, N2, N3, N4] = [digits(), digits(), digits(), digits()];

interface Detected {
  id: string;
  kind: 'PAIR' | 'GROUP';
  organizationIds: string[];
  markets: { label: string }[];
  segments: { label: string }[];
  products: { label: string }[];
  sharedCustomers: number | null;
  status: string;
  changedSinceReview: boolean;
  overlapId: string | null;
  review: { decision: string; reason: string | null } | null;
}

/** Declared activity, customer lists as keyed hashes, and overlap detection for the facilitator. */
describe('activity: declarations, customer lists, detected overlaps', () => {
  const t = new Api();
  let facilitator: TestUser;
  let outsider: TestUser;
  let invitedOwner: TestUser;
  const owners = {} as Record<Key, TestUser>;
  const orgs = {} as Record<Key, string>;
  const participations = {} as Record<Key, string>;
  let c: string;
  let otherArea: string;
  let area: string;
  let quietArea: string;
  const option: Record<string, string> = {};

  const sorted = (...ids: string[]) => [...ids].sort();
  const detected = async (areaId = area): Promise<Detected[]> =>
    (
      await t.ok<{ collaboration: { detectedOverlaps: { nodes: Detected[] } } }>(
        DETECTED,
        { c, a: areaId },
        facilitator,
      )
    ).collaboration.detectedOverlaps.nodes;
  const find = (list: Detected[], ...keys: Key[]) =>
    list.find((d) => d.organizationIds.join() === sorted(...keys.map((k) => orgs[k])).join());
  const labels = (options: { label: string }[]) => options.map((o) => o.label);

  beforeAll(async () => {
    facilitator = await t.facilitator('activity');
    c = await t.collaboration(facilitator, 'Actividad declarada');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B', 'D'] as const) {
      owners[key] = await t.user(`activity-${key}`);
      orgs[key] = await t.organization(owners[key], `Activity ${key}`);
      participations[key] = await t.invite(facilitator, c, orgs[key]);
      await t.acceptGroundRules(owners[key], participations[key], rules.id);
    }
    invitedOwner = await t.user('activity-invited');
    await t.invite(facilitator, c, await t.organization(invitedOwner, 'Activity invited'));
    outsider = await t.user('activity-outsider');
    await t.organization(outsider, 'Activity outsider');
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', facilitator);
    area = areas.find((a) => a.name === 'Ideas de mercado')!.id;
    quietArea = areas.find((a) => a.name === 'Enfoque')!.id;

    const otherFacilitator = await t.facilitator('activity-other');
    const other = await t.collaboration(otherFacilitator, 'Otra');
    otherArea = (await t.listOf<{ id: string }>(other, 'areas', 'id', otherFacilitator))[0]!.id;
  });

  it('lets only the facilitator set the option lists, which active participants read', async () => {
    const input = { dimension: 'MARKET', labels: ['Andalucía', 'Madrid'] };
    const byParticipant = await t.gql(SET_OPTIONS, { a: area, input }, owners.A);
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const repeated = await t.gql(
      SET_OPTIONS,
      { a: area, input: { dimension: 'MARKET', labels: ['Madrid', ' madrid '] } },
      facilitator,
    );
    expect(repeated.errors?.[0]).toMatchObject({
      message: 'Each option appears once: "madrid" is repeated.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const elsewhere = await t.gql(SET_OPTIONS, { a: otherArea, input }, facilitator);
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const lists: [string, string[]][] = [
      ['MARKET', ['Andalucía', '  Madrid ', 'Cataluña']],
      ['SEGMENT', ['Hostelería', 'Particulares']],
      ['PRODUCT', ['Pan de masa madre', 'Bollería']],
    ];
    for (const [dimension, names] of lists) {
      const set = await t.ok<{ setActivityOptions: { id: string; label: string }[] }>(
        SET_OPTIONS,
        { a: area, input: { dimension, labels: names } },
        facilitator,
      );
      for (const o of set.setActivityOptions) option[o.label] = o.id;
    }
    expect(Object.keys(option)).toEqual([
      'Andalucía',
      'Madrid',
      'Cataluña',
      'Hostelería',
      'Particulares',
      'Pan de masa madre',
      'Bollería',
    ]);
    const quiet = await t.ok<{ setActivityOptions: { id: string; label: string }[] }>(
      SET_OPTIONS,
      { a: quietArea, input: { dimension: 'PRODUCT', labels: ['Catering'] } },
      facilitator,
    );
    option['Catering'] = quiet.setActivityOptions[0]!.id;

    const read = await t.listOf<{ label: string; dimension: string; areaId: string }>(
      c,
      'activityOptions',
      OPTION,
      owners.B,
      `areaId: "${area}"`,
    );
    expect(read.map((o) => `${o.dimension}:${o.label}`)).toEqual([
      'MARKET:Andalucía',
      'MARKET:Madrid',
      'MARKET:Cataluña',
      'SEGMENT:Hostelería',
      'SEGMENT:Particulares',
      'PRODUCT:Pan de masa madre',
      'PRODUCT:Bollería',
    ]);
    for (const as of [invitedOwner, outsider]) {
      const refused = await t.gql(
        `query($c: ID!) { collaboration(id: $c) { activityOptions(first: 1) { totalCount } } }`,
        { c },
        as,
      );
      // Hidden collaboration, or one whose options it may not read yet: nothing.
      expect(
        String(
          refused.errors?.[0]?.extensions.code ??
            refused.data?.collaboration.activityOptions.totalCount,
        ),
      ).toMatch(/^(NOT_FOUND|0)$/);
    }
  });

  it('keeps each declaration to its organization; the facilitator sees only what is shared', async () => {
    const declare = (key: Key, names: string[]) =>
      t.ok(DECLARE, { a: area, o: names.map((n) => option[n]) }, owners[key]);
    await declare('A', ['Andalucía', 'Madrid', 'Hostelería', 'Pan de masa madre']);
    await declare('B', ['Andalucía', 'Hostelería', 'Bollería']);
    await declare('D', ['Andalucía', 'Madrid']);

    const mine = await t.ok<{ myActivity: { organizationId: string; declarations: unknown[] } }>(
      MINE,
      { c },
      owners.B,
    );
    expect(mine.myActivity).toMatchObject({
      organizationId: orgs.B,
      declarations: [
        {
          areaId: area,
          optionIds: sorted(option['Andalucía']!, option['Hostelería']!, option['Bollería']!),
        },
      ],
    });
    const othersDeclaration = await t.gql(MINE, { c, o: orgs.A }, owners.B);
    expect(othersDeclaration.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    for (const as of [facilitator, invitedOwner]) {
      const refused = await t.gql(MINE, { c }, as);
      expect(refused.errors?.[0]?.extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    // A participant computes nothing: the deprecated root list refuses, the collaboration's is empty.
    const byParticipant = await t.gql(
      `query($c: ID!) { detectedOverlaps(collaborationId: $c) { id } }`,
      { c },
      owners.A,
    );
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await t.ok(DETECTED, { c }, owners.A)).collaboration.detectedOverlaps.nodes).toEqual(
      [],
    );

    const found = await detected();
    expect(found.map((d) => [d.kind, d.organizationIds.length])).toEqual([
      ['PAIR', 2],
      ['PAIR', 2],
      ['PAIR', 2],
      ['GROUP', 3],
    ]);
    expect(find(found, 'A', 'B')).toMatchObject({
      markets: [{ label: 'Andalucía' }],
      segments: [{ label: 'Hostelería' }],
      products: [],
      sharedCustomers: 0,
      status: 'NEW',
    });
    expect(labels(find(found, 'A', 'D')!.markets)).toEqual(['Andalucía', 'Madrid']);
    expect(labels(find(found, 'B', 'D')!.markets)).toEqual(['Andalucía']);
    expect(find(found, 'A', 'B', 'D')).toMatchObject({
      kind: 'GROUP',
      markets: [{ label: 'Andalucía' }],
      segments: [],
      sharedCustomers: null,
    });
  });

  it('counts shared customers written differently, and keeps no identifier in clear', async () => {
    const listA = [
      'NIF;Nombre',
      `B-${N1.slice(0, 4)}.${N1.slice(4)};Panadería Sur`,
      `https://www.${DOMAIN}/x`,
      `compras@${MAIL_DOMAIN}`,
      `X-${N2.slice(0, 3)}.${N2.slice(3)}`,
      `Z${N3}`,
      '??? sin dato',
      `B ${N1.slice(0, 4)} ${N1.slice(4)}`,
    ].join('\n');
    const uploadedA = await t.ok<{ uploadCustomerList: Record<string, unknown> }>(
      UPLOAD,
      { a: area, input: { content: listA, fileName: 'clientes-a.csv' } },
      owners.A,
    );
    expect(uploadedA.uploadCustomerList).toMatchObject({
      areaId: area,
      organizationId: orgs.A,
      fileName: 'clientes-a.csv',
      accepted: 5,
      duplicates: 1,
      rejected: 1,
    });
    const listB = [`b${N1}`, DOMAIN, MAIL_DOMAIN.toUpperCase(), `C${N4}`, `D${N4}`];
    await t.ok(UPLOAD, { a: area, input: { content: listB.join('\r\n') } }, owners.B);
    await t.ok(
      UPLOAD,
      {
        a: area,
        input: { content: `Z-${N3.slice(0, 4)}.${N3.slice(4)}\nnuevo-${TAG}.es\notro-${TAG}.es` },
      },
      owners.D,
    );

    const found = await detected();
    expect(find(found, 'A', 'B')?.sharedCustomers).toBe(3);
    expect(find(found, 'A', 'D')?.sharedCustomers).toBe(1);
    expect(find(found, 'B', 'D')?.sharedCustomers).toBe(0);

    // The uploader sees its summary, never the identifiers; the others see nothing of it.
    const mineA = await t.ok<{ myActivity: { customerLists: { accepted: number }[] } }>(
      MINE,
      { c },
      owners.A,
    );
    expect(mineA.myActivity.customerLists).toEqual([
      expect.objectContaining({ accepted: 5, duplicates: 1, rejected: 1 }),
    ]);
    const mineB = await t.ok<{ myActivity: { customerLists: { organizationId: string }[] } }>(
      MINE,
      { c },
      owners.B,
    );
    expect(mineB.myActivity.customerLists.map((l) => l.organizationId)).toEqual([orgs.B]);

    // No table holds an identifier, raw or normalized, as text or as bytes.
    const secrets = [
      `b${N1}`,
      `B-${N1.slice(0, 4)}.${N1.slice(4)}`,
      DOMAIN,
      MAIL_DOMAIN,
      `x${N2}`,
      `z${N3}`,
      `c${N4}`,
      `nuevo-${TAG}.es`,
    ];
    const hex = secrets.map((s) => Buffer.from(s.toLowerCase()).toString('hex'));
    const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
    await db.connect();
    try {
      const tables = await db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      // Searched in SQL: the whole database of the run (other suites' rows too) stays cheap to scan.
      const patterns = [...secrets.map((s) => s.toLowerCase()), ...hex].map(
        (p) => `%${p.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
      );
      let rows = 0;
      for (const { table_name } of tables.rows) {
        const found = await db.query<{ row: string }>(
          `SELECT t::text AS row FROM "${table_name}" t WHERE lower(t::text) LIKE ANY($1)`,
          [patterns],
        );
        expect(found.rows.map((r) => r.row)).toEqual([]);
        const counted = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${table_name}"`,
        );
        rows += counted.rows[0]!.n;
      }
      expect(rows).toBeGreaterThan(100);
      const stored = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM customer_hashes WHERE area_id = $1`,
        [area],
      );
      expect(stored.rows[0]!.n).toBe(5 + 5 + 3);
    } finally {
      await db.end();
    }
  });

  it('declares a detected overlap once; participants then meet it as any declared overlap', async () => {
    const share = async () => {
      const item = await t.ok<{ createItem: { itemId: string } }>(
        `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Precios", body: "Tabla" }) { itemId } }`,
        { p: participations.A, a: area },
        owners.A,
      );
      return (
        await t.ok<{ requestDisclosure: { status: string; autoApproved: boolean } }>(
          `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { status autoApproved } }`,
          { i: item.createItem.itemId, r: [orgs.B] },
          owners.A,
        )
      ).requestDisclosure;
    };
    expect(await share()).toEqual({ status: 'APPROVED', autoApproved: true });

    const ref = { areaId: area, organizationIds: [orgs.B, orgs.A] };
    const byParticipant = await t.gql(DECLARE_DETECTED, { input: ref }, owners.A);
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const declared = await t.ok<{ declareDetectedOverlap: Detected }>(
      DECLARE_DETECTED,
      { input: ref },
      facilitator,
    );
    expect(declared.declareDetectedOverlap).toMatchObject({
      status: 'DECLARED',
      changedSinceReview: false,
      review: { decision: 'DECLARED' },
    });
    const overlapId = declared.declareDetectedOverlap.overlapId;
    const OVERLAP = 'id areaId organizationIds note sharedNote';
    const overlaps = await t.listOf(c, 'overlaps', OVERLAP, facilitator);
    const declaredOverlap = {
      id: overlapId,
      areaId: area,
      organizationIds: sorted(orgs.A, orgs.B),
      sharedNote: '',
    };
    // The facilitator's own note says where it came from; nothing is written for the parties.
    expect(overlaps).toEqual([{ ...declaredOverlap, note: 'Detected from declared activity.' }]);
    // The parties see the declared overlap that involves them, without the facilitator's note;
    // an uninvolved party does not see it.
    for (const party of ['A', 'B'] as const) {
      const seen = await t.listOf(c, 'overlaps', OVERLAP, owners[party]);
      expect(seen).toEqual([{ ...declaredOverlap, note: null }]);
    }
    expect(await t.listOf(c, 'overlaps', OVERLAP, owners.D)).toEqual([]);

    const again = await t.gql(DECLARE_DETECTED, { input: ref }, facilitator);
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const dismissDeclared = await t.gql(
      DISMISS_DETECTED,
      { input: { ...ref, reason: 'No' } },
      facilitator,
    );
    expect(dismissDeclared.errors?.[0]?.extensions.code).toBe('CONFLICT');

    // A disclosure from A to B in that area is no longer approved at once: it waits for review.
    expect(await share()).toEqual({ status: 'PENDING', autoApproved: false });

    const notDetected = await t.gql(
      DECLARE_DETECTED,
      { input: { areaId: quietArea, organizationIds: [orgs.A, orgs.B] } },
      facilitator,
    );
    expect(notDetected.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('takes an overlap declared by hand as the detected one’s declaration, not one to declare again', async () => {
    expect(find(await detected(), 'B', 'D')).toMatchObject({ status: 'NEW', overlapId: null });
    const byHand = await t.ok<{ declareOverlap: { id: string } }>(
      `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o }) { id } }`,
      { a: area, o: [orgs.D, orgs.B] },
      facilitator,
    );
    const overlapId = byHand.declareOverlap.id;
    expect(find(await detected(), 'B', 'D')).toMatchObject({ status: 'DECLARED', overlapId });
    // The group of three is not covered by an overlap of two of them.
    expect(find(await detected(), 'A', 'B', 'D')?.status).toBe('NEW');
    const ref = { areaId: area, organizationIds: [orgs.B, orgs.D] };
    const again = await t.gql(DECLARE_DETECTED, { input: ref }, facilitator);
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const overlaps = await t.listOf<{ id: string }>(c, 'overlaps', 'id', facilitator);
    expect(overlaps.filter((o) => o.id === overlapId)).toHaveLength(1);
    // Removed, it is to be reviewed again.
    await t.ok(
      `mutation($id: ID!) { removeOverlap(overlapId: $id) { id } }`,
      { id: overlapId },
      facilitator,
    );
    expect(find(await detected(), 'B', 'D')).toMatchObject({ status: 'NEW', overlapId: null });
  });

  it('dismisses only with a reason, and shows the overlap again when its facts grow', async () => {
    const ref = { areaId: area, organizationIds: [orgs.A, orgs.D] };
    const blank = await t.gql(DISMISS_DETECTED, { input: { ...ref, reason: '   ' } }, facilitator);
    expect(blank.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(find(await detected(), 'A', 'D')?.status).toBe('NEW');

    const dismissed = await t.ok<{ dismissDetectedOverlap: Detected }>(
      DISMISS_DETECTED,
      { input: { ...ref, reason: 'Mercados vecinos, sin competencia real' } },
      facilitator,
    );
    expect(dismissed.dismissDetectedOverlap).toEqual({
      status: 'DISMISSED',
      changedSinceReview: false,
      review: { decision: 'DISMISSED', reason: 'Mercados vecinos, sin competencia real' },
    });
    // Fewer facts keep it dismissed; new ones bring it back.
    await t.ok(DECLARE, { a: area, o: [option['Andalucía'], option['Madrid']] }, owners.D);
    expect(find(await detected(), 'A', 'D')).toMatchObject({ status: 'DISMISSED' });
    await t.ok(
      DECLARE,
      { a: area, o: [option['Andalucía'], option['Madrid'], option['Pan de masa madre']] },
      owners.D,
    );
    expect(find(await detected(), 'A', 'D')).toMatchObject({
      status: 'NEW',
      changedSinceReview: true,
      products: [{ label: 'Pan de masa madre' }],
      review: { decision: 'DISMISSED', reason: 'Mercados vecinos, sin competencia real' },
    });
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const before = await t.ok<{ myActivity: unknown }>(MINE, { c }, owners.A);
    const expectError = async (
      query: string,
      variables: Record<string, unknown>,
      code: string,
      message?: RegExp,
    ) => {
      const res = await t.gql(query, variables, owners.A);
      expect(res.errors?.[0]?.extensions.code).toBe(code);
      if (message) expect(res.errors?.[0]?.message).toMatch(message);
    };
    const big = `${'B12345678\n'.repeat(Math.ceil((2 * 1024 * 1024) / 10))}`;
    await expectError(UPLOAD, { a: area, input: { content: big } }, 'BAD_USER_INPUT', /2 MB/);
    const many = Array.from({ length: 50_001 }, (_, i) => `Q${String(i).padStart(8, '0')}`);
    await expectError(
      UPLOAD,
      { a: area, input: { content: many.join('\n') } },
      'BAD_USER_INPUT',
      /at most 50000 identifiers/,
    );
    await expectError(
      UPLOAD,
      { a: area, input: { content: 'nada\n???\n' } },
      'BAD_USER_INPUT',
      /No customer identifier found/,
    );
    await expectError(UPLOAD, { a: randomUUID(), input: { content: DOMAIN } }, 'NOT_FOUND');
    await expectError(UPLOAD, { a: otherArea, input: { content: DOMAIN } }, 'NOT_FOUND');
    await expectError(
      DECLARE,
      { a: area, o: [randomUUID()] },
      'BAD_USER_INPUT',
      /lists of this area/,
    );
    await expectError(DECLARE, { a: area, o: [option['Catering']] }, 'BAD_USER_INPUT');
    await expectError(DECLARE, { a: otherArea, o: [] }, 'NOT_FOUND');
    await expectError(DECLARE, { a: area, o: ['not-an-id'] }, 'BAD_USER_INPUT');
    expect(await t.ok(MINE, { c }, owners.A)).toEqual(before);
  });

  it('never writes an uploaded file to the server log, accepted or refused', async () => {
    const secret = `cliente-secreto-${TAG}.es`;
    const garbage = `sin identificador ${TAG} ${randomUUID()}`;
    const accepted = await t.gql(UPLOAD, { a: quietArea, input: { content: secret } }, owners.B);
    expect(accepted.errors).toBeUndefined();
    const refused = await t.gql(UPLOAD, { a: quietArea, input: { content: garbage } }, owners.B);
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const ids = [accepted, refused].map((r) => String(r.headers['x-request-id']));
    // The server writes its log asynchronously: wait for both requests' lines.
    let log = '';
    for (let i = 0; i < 50 && !ids.every((id) => log.includes(id)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      log = readFileSync(process.env.ALIANZA_TEST_API_LOG!, 'utf8');
    }
    for (const id of ids) expect(log).toContain(id);
    expect(log).not.toContain(secret);
    expect(log).not.toContain(garbage);
    await t.ok(REMOVE_LIST, { a: quietArea }, owners.B);
  });

  it('replaces a customer list on a new upload, and removes it', async () => {
    await t.ok(UPLOAD, { a: area, input: { content: `${DOMAIN}\nZ${N3}` } }, owners.A);
    let found = await detected();
    expect(find(found, 'A', 'B')?.sharedCustomers).toBe(1);
    expect(find(found, 'A', 'D')?.sharedCustomers).toBe(1);
    await t.ok(REMOVE_LIST, { a: area }, owners.A);
    found = await detected();
    expect(find(found, 'A', 'B')?.sharedCustomers).toBe(0);
    const again = await t.gql(REMOVE_LIST, { a: area }, owners.A);
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const byFacilitator = await t.gql(REMOVE_LIST, { a: area }, facilitator);
    expect(byFacilitator.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('drops the declarations of a removed option and tells only who had declared it', async () => {
    await t.ok(
      SET_OPTIONS,
      { a: area, input: { dimension: 'MARKET', labels: ['Andalucía', 'Cataluña', 'Valencia'] } },
      facilitator,
    );
    const mine = await t.ok<{ myActivity: { declarations: { optionIds: string[] }[] } }>(
      MINE,
      { c },
      owners.A,
    );
    expect(mine.myActivity.declarations[0]!.optionIds).not.toContain(option['Madrid']);
    expect(mine.myActivity.declarations[0]!.optionIds).toContain(option['Andalucía']);
    const kinds = async (as: TestUser) =>
      (
        await t.ok<{ notifications: { nodes: { kind: string }[] } }>(
          `{ notifications(first: 50) { nodes { kind } } }`,
          {},
          as,
        )
      ).notifications.nodes.map((n) => n.kind);
    expect(await kinds(owners.A)).toContain('ACTIVITY_DECLARATION_CHANGED');
    expect(await kinds(owners.D)).toContain('ACTIVITY_DECLARATION_CHANGED');
    expect(await kinds(owners.B)).not.toContain('ACTIVITY_DECLARATION_CHANGED');
    expect(labels(find(await detected(), 'A', 'D')!.markets)).toEqual(['Andalucía']);
  });
});
