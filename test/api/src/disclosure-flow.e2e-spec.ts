import { Client } from 'pg';
import { Api, TestUser } from '../support/api';

const SHARED = `query($c: ID) { sharedWithMe(collaborationId: $c) { totalCount nodes {
  grantId reference title version areaName ownerOrganizationName
  watermark { line recipientName reference }
  content { body fields { key label text number } redactedFieldCount redactedSpanCount } } } }`;

const BODY = 'Nuestro coste unitario es 12.4 EUR con el proveedor Harinas Sur.';

/**
 * The walk-through: areas (one restricted), an overlap between A and B, A shares an item
 * with B and C with a redacted field, the facilitator adds a redaction for B only, each sees its
 * own version, D sees nothing, revocation hides at once, the audit chain verifies and detects
 * tampering.
 */
describe('disclosure engine', () => {
  const t = new Api();
  let facilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C' | 'D', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C' | 'D', string> = {} as never;
  const participations: Record<'A' | 'B' | 'C' | 'D', string> = {} as never;
  let collaborationId: string;
  let pricesArea: string;
  let restrictedArea: string;
  let openArea: string;
  let overlapId: string;
  let itemId: string;
  let requestId: string;

  beforeAll(async () => {
    facilitator = await t.facilitator('disclosure');
    collaborationId = await t.collaboration(facilitator, 'Alianza de precios');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      owners[key] = await t.user(`owner-${key}`);
      orgs[key] = await t.organization(owners[key], `Org ${key}`);
      participations[key] = await t.invite(facilitator, collaborationId, orgs[key]);
      await t.acceptGroundRules(owners[key], participations[key], rules.id);
    }
  });

  it('offers the seeds’ areas on creation and lets the facilitator add more', async () => {
    const areas = await t.listOf(collaborationId, 'areas', 'id name sensitivity', facilitator);
    expect(areas.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining([
        'Ideas de mercado',
        'Costes',
        'Buenas prácticas',
        'Barreras y cómo superarlas',
      ]),
    );
    openArea = areas.find((a: { name: string }) => a.name === 'Ideas de mercado').id;
    const create = (name: string, sensitivity: string) =>
      t.ok(
        `mutation($c: ID!, $input: AreaInput!) { createArea(collaborationId: $c, input: $input) { id sensitivity } }`,
        { c: collaborationId, input: { name, sensitivity } },
        facilitator,
      );
    pricesArea = (await create('Precios', 'MODERATED')).createArea.id;
    restrictedArea = (await create('Clientes', 'RESTRICTED')).createArea.id;
    const seenByA = await t.listOf(collaborationId, 'areas', 'id', owners.A);
    expect(seenByA).toHaveLength(areas.length + 2);
    // An outsider cannot reach the collaboration, so neither its areas.
    const byOutsider = await t.gql(
      `query($c: ID!) { collaboration(id: $c) { areas(first: 1) { totalCount } } }`,
      { c: collaborationId },
      await t.user('outsider'),
    );
    expect(byOutsider.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('declares an overlap between A and B in "Precios"', async () => {
    const res = await t.ok(
      `mutation($a: ID!, $input: OverlapInput!) { declareOverlap(areaId: $a, input: $input) { id organizationIds } }`,
      {
        a: pricesArea,
        input: { organizationIds: [orgs.A, orgs.B], note: 'Both sell bread to restaurants' },
      },
      facilitator,
    );
    overlapId = res.declareOverlap.id;
    expect(res.declareOverlap.organizationIds.sort()).toEqual([orgs.A, orgs.B].sort());
  });

  it('flags A’s request to B and C, and previews exactly what each would see', async () => {
    const created = await t.ok(
      `mutation($p: ID!, $a: ID!, $input: ItemContentInput!) { createItem(participationId: $p, areaId: $a, input: $input) { itemId version fields { key } } }`,
      {
        p: participations.A,
        a: pricesArea,
        input: {
          title: 'Coste de la harina',
          body: BODY,
          fields: [
            { label: 'Coste unitario', type: 'NUMBER', number: 12.4 },
            { label: 'Proveedor', type: 'TEXT', text: 'Harinas Sur' },
            { label: 'Margen', type: 'NUMBER', number: 0.31 },
          ],
          thirdPartyRule: 'ADVISORS',
        },
      },
      owners.A,
    );
    itemId = created.createItem.itemId;
    expect(created.createItem.fields.map((f: { key: string }) => f.key)).toEqual([
      'coste-unitario',
      'proveedor',
      'margen',
    ]);

    const requested = await t.ok(
      `mutation($i: ID!, $input: DisclosureRequestInput!) { requestDisclosure(itemId: $i, input: $input) {
         id status autoApproved flags { overlap overlapIds thirdPartyRule expires }
         previews { organizationId content { body fields { key } } } } }`,
      {
        i: itemId,
        input: {
          audienceKind: 'NAMED',
          recipientOrganizationIds: [orgs.B, orgs.C],
          redaction: { fieldKeys: ['margen'] },
          note: 'Para comparar',
        },
      },
      owners.A,
    );
    requestId = requested.requestDisclosure.id;
    expect(requested.requestDisclosure).toMatchObject({
      status: 'PENDING',
      autoApproved: false,
      flags: { overlap: true, overlapIds: [overlapId], thirdPartyRule: 'ADVISORS', expires: false },
    });
    for (const preview of requested.requestDisclosure.previews) {
      expect(preview.content.fields.map((f: { key: string }) => f.key)).toEqual([
        'coste-unitario',
        'proveedor',
      ]);
      expect(preview.content.body).toBe(BODY);
    }
    const queue = await t.ok(
      `query($c: ID!) { disclosureRequests(collaborationId: $c, status: PENDING) { totalCount nodes { id } } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(queue.disclosureRequests.nodes.map((r: { id: string }) => r.id)).toContain(requestId);
  });

  it('refuses to approve across an overlap without acknowledging it', async () => {
    const res = await t.gql(
      `mutation($r: ID!) { approveDisclosure(requestId: $r) { id } }`,
      { r: requestId },
      facilitator,
    );
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', details: { overlapIds: [overlapId] } },
    });
  });

  it('approves with an extra redaction for B only; exactly one of two concurrent decisions wins', async () => {
    const start = BODY.indexOf('Harinas Sur');
    const approve = () =>
      t.gql(
        `mutation($r: ID!, $input: ApproveDisclosureInput!) { approveDisclosure(requestId: $r, input: $input) { status acknowledgedOverlapIds } }`,
        {
          r: requestId,
          input: {
            acknowledgeOverlapIds: [overlapId],
            perRecipient: [
              {
                organizationId: orgs.B,
                redaction: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 11 }] },
              },
            ],
          },
        },
        facilitator,
      );
    const results = await Promise.all([approve(), approve()]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const decided = await t.ok(
      `query($r: ID!) { disclosureRequest(id: $r) { status acknowledgedOverlapIds grants { recipientOrganizationId state redaction { fieldKeys } } } }`,
      { r: requestId },
      owners.A,
    );
    expect(decided.disclosureRequest.status).toBe('APPROVED');
    expect(decided.disclosureRequest.acknowledgedOverlapIds).toEqual([overlapId]);
    expect(decided.disclosureRequest.grants).toHaveLength(2);
  });

  it('shows B and C each their own redacted version with their watermark; D sees nothing', async () => {
    const b = (await t.ok(SHARED, { c: collaborationId }, owners.B)).sharedWithMe;
    const c = (await t.ok(SHARED, { c: collaborationId }, owners.C)).sharedWithMe;
    const d = (await t.ok(SHARED, { c: collaborationId }, owners.D)).sharedWithMe;
    expect(b.totalCount).toBe(1);
    expect(b.nodes[0].content.fields.map((f: { key: string }) => f.key)).toEqual([
      'coste-unitario',
    ]);
    expect(b.nodes[0].content.body).toBe(
      'Nuestro coste unitario es 12.4 EUR con el proveedor [█ redacted].',
    );
    expect(b.nodes[0].content).toMatchObject({ redactedFieldCount: 2, redactedSpanCount: 1 });
    expect(b.nodes[0].watermark.line).toMatch(
      new RegExp(
        `^Para Org B .* · de Org A .* · Alianza de precios · \\d{4}-\\d\\d-\\d\\d · ref\\. ${b.nodes[0].reference}$`,
      ),
    );
    expect(c.nodes[0].content.fields.map((f: { key: string }) => f.key)).toEqual([
      'coste-unitario',
      'proveedor',
    ]);
    expect(c.nodes[0].content.body).toBe(BODY);
    expect(c.nodes[0].watermark.recipientName).toMatch(/^Org C/);
    expect(d).toEqual({ totalCount: 0, nodes: [] });
    // The raw JSON of B's answer holds neither the hidden values nor their labels.
    const raw = JSON.stringify(await t.gql(SHARED, { c: collaborationId }, owners.B));
    expect(raw).not.toMatch(/Harinas|Margen|0\.31|Proveedor/);
  });

  it('refuses a request in a restricted area with a clear error', async () => {
    const created = await t.ok(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Lista de clientes", body: "…" }) { itemId } }`,
      { p: participations.A, a: restrictedArea },
      owners.A,
    );
    const res = await t.gql(
      `mutation($i: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: ALL_ACTIVE }) { id } }`,
      { i: created.createItem.itemId },
      owners.A,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(res.errors?.[0]?.message).toMatch(/"Clientes" is a restricted area/);
  });

  it('approves automatically in an open area when no overlap applies', async () => {
    const created = await t.ok(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Idea", body: "Vender por suscripción" }) { itemId } }`,
      { p: participations.C, a: openArea },
      owners.C,
    );
    const res = await t.ok(
      `mutation($i: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: ALL_ACTIVE }) { status autoApproved recipientOrganizationIds } }`,
      { i: created.createItem.itemId },
      owners.C,
    );
    expect(res.requestDisclosure).toMatchObject({ status: 'APPROVED', autoApproved: true });
    expect(res.requestDisclosure.recipientOrganizationIds.sort()).toEqual(
      [orgs.A, orgs.B, orgs.D].sort(),
    );
    const d = (await t.ok(SHARED, { c: collaborationId }, owners.D)).sharedWithMe;
    expect(d.nodes.map((n: { title: string }) => n.title)).toEqual(['Idea']);
  });

  it('lets the facilitator view the collaboration as B, read-only', async () => {
    const viewAs = await t.ok(
      `query($c: ID!, $o: ID!) { sharedWithOrganization(collaborationId: $c, organizationId: $o) { totalCount nodes { title content { fields { key } } } } }`,
      { c: collaborationId, o: orgs.B },
      facilitator,
    );
    const titles = viewAs.sharedWithOrganization.nodes
      .map((n: { title: string }) => n.title)
      .sort();
    expect(titles).toEqual(['Coste de la harina', 'Idea']);
    const refused = await t.gql(
      `query($c: ID!, $o: ID!) { sharedWithOrganization(collaborationId: $c, organizationId: $o) { totalCount } }`,
      { c: collaborationId, o: orgs.B },
      owners.A,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('hides a revoked grant from its recipient at once, and only from it', async () => {
    const grants = await t.ok(
      `query($r: ID!) { disclosureRequest(id: $r) { grants { id recipientOrganizationId } } }`,
      { r: requestId },
      facilitator,
    );
    const forB = grants.disclosureRequest.grants.find(
      (g: { recipientOrganizationId: string }) => g.recipientOrganizationId === orgs.B,
    );
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Overlap concerns" }) { state } }`,
      { g: forB.id },
      facilitator,
    );
    const b = (await t.ok(SHARED, { c: collaborationId }, owners.B)).sharedWithMe;
    expect(b.nodes.map((n: { title: string }) => n.title)).toEqual(['Idea']);
    const c = (await t.ok(SHARED, { c: collaborationId }, owners.C)).sharedWithMe;
    expect(c.nodes.map((n: { title: string }) => n.title)).toEqual(['Coste de la harina']);
  });

  it('records a page read once: who read which grants, for the reader and the facilitator', async () => {
    const READS = `query($c: ID!) { auditLog(collaborationId: $c, first: 100, action: GRANT_READ) {
      totalCount nodes { actorUserId subjectType organizationId counterpartOrganizationId payload } } }`;
    const before = (await t.ok(READS, { c: collaborationId }, facilitator)).auditLog.totalCount;
    const page = (await t.ok(SHARED, { c: collaborationId }, owners.C)).sharedWithMe;
    expect(page.nodes.length).toBeGreaterThan(0);
    const log = (await t.ok(READS, { c: collaborationId }, facilitator)).auditLog;
    expect(log.totalCount).toBe(before + 1);
    const [read] = log.nodes;
    expect(read).toMatchObject({
      actorUserId: owners.C.id,
      subjectType: 'PARTICIPATION',
      organizationId: orgs.C,
    });
    expect(JSON.parse(read.payload).grants).toEqual(
      page.nodes.map((n: { grantId: string; reference: string }) =>
        expect.objectContaining({ id: n.grantId, reference: n.reference }),
      ),
    );
    // The reader finds its read in its own view of the log.
    const mine = (await t.ok(READS, { c: collaborationId }, owners.C)).auditLog;
    expect(mine.nodes[0]).toEqual(read);
  });

  it('records a page of two owners as one read per owner, each owner reading its own', async () => {
    const created = await t.ok(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Otra idea", body: "Vender en ferias" }) { itemId } }`,
      { p: participations.D, a: openArea },
      owners.D,
    );
    await t.ok(
      `mutation($i: ID!) { requestDisclosure(itemId: $i, input: { audienceKind: ALL_ACTIVE }) { status } }`,
      { i: created.createItem.itemId },
      owners.D,
    );
    const READS = `query($c: ID!) { auditLog(collaborationId: $c, first: 100, action: GRANT_READ) {
      totalCount nodes { actorUserId organizationId counterpartOrganizationId payload } } }`;
    const before = (await t.ok(READS, { c: collaborationId }, facilitator)).auditLog.totalCount;
    const page = (
      await t.ok(
        `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { grantId ownerOrganizationId content { body } } } }`,
        { c: collaborationId },
        owners.B,
      )
    ).sharedWithMe;
    const byOwner = (organizationId: string) =>
      page.nodes
        .filter((n: { ownerOrganizationId: string }) => n.ownerOrganizationId === organizationId)
        .map((n: { grantId: string }) => n.grantId);
    expect(byOwner(orgs.C)).toHaveLength(1);
    expect(byOwner(orgs.D)).toHaveLength(1);
    const log = (await t.ok(READS, { c: collaborationId }, facilitator)).auditLog;
    expect(log.totalCount).toBe(before + 2);
    type Read = { organizationId: string; counterpartOrganizationId: string; payload: string };
    const reads: Read[] = log.nodes.slice(0, 2);
    const grantsOf = (read: Read) =>
      JSON.parse(read.payload).grants.map((g: { id: string }) => g.id);
    for (const owner of ['C', 'D'] as const) {
      const read = reads.find((r) => r.counterpartOrganizationId === orgs[owner])!;
      expect(read.organizationId).toBe(orgs.B);
      expect(grantsOf(read)).toEqual(byOwner(orgs[owner]));
      // The owner reads that its information was read, and only about its own grants.
      const its = (await t.ok(READS, { c: collaborationId }, owners[owner])).auditLog.nodes;
      expect(its[0]).toMatchObject({ counterpartOrganizationId: orgs[owner] });
      expect(grantsOf(its[0])).toEqual(byOwner(orgs[owner]));
    }
  });

  it('records reads in the audit log; verify passes, and fails after a manual change to one row', async () => {
    const log = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, first: 100, action: GRANT_READ) { totalCount nodes { seq actorUserId } } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(log.auditLog.totalCount).toBeGreaterThan(0);
    const VERIFY = `query($c: ID!, $full: Boolean) { verifyAuditLog(collaborationId: $c, full: $full) { valid checkedRecords firstBrokenSeq } }`;
    const ok = await t.ok(VERIFY, { c: collaborationId }, facilitator);
    expect(ok.verifyAuditLog).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect(ok.verifyAuditLog.checkedRecords).toBeGreaterThan(10);

    const db = new Client({ connectionString: process.env.ALIANZA_TEST_ADMIN_DATABASE_URL });
    await db.connect();
    try {
      await expect(
        db.query(`UPDATE audit_records SET action = 'x' WHERE collaboration_id = $1 AND seq = 3`, [
          collaborationId,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query(`DELETE FROM audit_records WHERE collaboration_id = $1`, [collaborationId]),
      ).rejects.toThrow(/append-only/);
      // Someone with the power to switch triggers off edits a record anyway:
      await db.query('BEGIN');
      await db.query(`SET LOCAL session_replication_role = replica`);
      await db.query(
        `UPDATE audit_records SET payload = '{"tampered":true}' WHERE collaboration_id = $1 AND seq = 5`,
        [collaborationId],
      );
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    // From the first record: by default verification resumes after the last verified one.
    const broken = await t.ok(VERIFY, { c: collaborationId, full: true }, facilitator);
    expect(broken.verifyAuditLog).toMatchObject({
      valid: false,
      firstBrokenSeq: 5,
      checkedRecords: 4,
    });
  });

  it('shows a participant only the audit records about its own information', async () => {
    const { auditLog } = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, first: 100) { nodes { organizationId counterpartOrganizationId action } } }`,
      { c: collaborationId },
      owners.B,
    );
    expect(auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(
      expect.arrayContaining(['GRANT_CREATED', 'GRANT_READ', 'GRANT_REVOKED']),
    );
    for (const node of auditLog.nodes) {
      expect([node.organizationId, node.counterpartOrganizationId]).toContain(orgs.B);
    }
  });
});
