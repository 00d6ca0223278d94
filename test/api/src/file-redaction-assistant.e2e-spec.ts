import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textPdf } from '@alianza/stamping/testing';
import { Api, TestUser } from '../support/api';
import { ApiProcess, documentsEnv, startApiProcess } from '../support/servers';

const SUPPLIER = 'Harinas del Norte';
/** Five pages; only the third names the supplier. */
const PAGES = [
  'Estudio de costes 2026',
  'Resumen: el coste sube un 4 %',
  `Proveedor principal: ${SUPPLIER}, contrato hasta 2028`,
  'Otros proveedores menores',
  'Conclusiones',
];

const STATE = `query($id: ID!) { disclosureRequest(id: $id) { status
  hiddenValueWarnings { organizationId fieldKey inFiles { fileId fileName page sheet } }
  acknowledgedHiddenValues { organizationId fieldKey places } } }`;
const APPROVE = `mutation($id: ID!, $input: ApproveDisclosureInput) {
  approveDisclosure(requestId: $id, input: $input) { status } }`;

/**
 * The redaction assistant reads the files too (docs/adr/0034): a hidden field's value on page 3
 * of a PDF is a warning for a recipient that gets pages 1–5, not for one that gets pages 1–2;
 * a CSV's cells count the same; approving over such a warning needs the acknowledgement.
 */
describe('hidden values in shared files', () => {
  const filesDir = mkdtempSync(join(tmpdir(), 'alianza-file-redaction-'));
  let api: ApiProcess;
  let t: Api;
  let facilitator: TestUser;
  let owner: TestUser;
  const orgs: Record<'A' | 'B' | 'C', string> = {} as never;
  let participationA: string;
  let areaId: string;
  let pdfId: string;
  let csvId: string;
  let itemId: string;

  const upload = async (name: string, content: Buffer): Promise<string> => {
    const res = await t.http
      .post('/files')
      .set('authorization', `Bearer ${owner.token}`)
      .field('participationId', participationA)
      .attach('file', content, name);
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const request = async (files: unknown[]): Promise<string> => {
    const { requestDisclosure } = await t.ok(
      `mutation($i: ID!, $input: DisclosureRequestInput!) { requestDisclosure(itemId: $i, input: $input) { id } }`,
      {
        i: itemId,
        input: {
          audienceKind: 'NAMED',
          recipientOrganizationIds: [orgs.B, orgs.C],
          redaction: { fieldKeys: ['proveedor'], spans: [], files },
        },
      },
      owner,
    );
    return requestDisclosure.id;
  };
  const page3 = () => ({ fileId: pdfId, fileName: 'cost-study.pdf', page: 3, sheet: null });
  const csv = () => ({ fileId: csvId, fileName: 'precios.csv', page: null, sheet: null });

  beforeAll(async () => {
    api = await startApiProcess('file-redaction', documentsEnv(filesDir));
    t = new Api(api.url);
    facilitator = await t.facilitator('file-redaction');
    const collaborationId = await t.collaboration(facilitator, 'Costes con anexos');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    const users: Partial<Record<'A' | 'B' | 'C', TestUser>> = {};
    for (const key of ['A', 'B', 'C'] as const) {
      const user = await t.user(`file-redaction-${key}`);
      users[key] = user;
      orgs[key] = await t.organization(user, `Empresa ${key}`);
      const participation = await t.invite(facilitator, collaborationId, orgs[key]);
      await t.acceptGroundRules(user, participation, rules.id);
      if (key === 'A') participationA = participation;
    }
    owner = users.A!;
    const area = await t.ok(
      `mutation($c: ID!, $input: AreaInput!) { createArea(collaborationId: $c, input: $input) { id } }`,
      { c: collaborationId, input: { name: 'Costes con anexos', sensitivity: 'MODERATED' } },
      facilitator,
    );
    areaId = area.createArea.id;
    pdfId = await upload('cost-study.pdf', Buffer.from(await textPdf(PAGES)));
    csvId = await upload('precios.csv', Buffer.from(`proveedor;precio\n${SUPPLIER};0,62\n`));
    const created = await t.ok(
      `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a, input: {
         title: "Harina", body: "Ver el estudio adjunto", fileIds: $f,
         fields: [{ label: "Proveedor", type: TEXT, text: "${SUPPLIER}" }] }) { itemId } }`,
      { p: participationA, a: areaId, f: [pdfId, csvId] },
      owner,
    );
    itemId = created.createItem.itemId;
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('warns each recipient that gets the page or the cells showing the hidden value, saying where', async () => {
    const id = await request([{ fileId: pdfId }, { fileId: csvId }]);
    const { disclosureRequest } = await t.ok(STATE, { id }, facilitator);
    expect(disclosureRequest.hiddenValueWarnings).toEqual([
      { organizationId: orgs.B, fieldKey: 'proveedor', inFiles: [page3(), csv()] },
      { organizationId: orgs.C, fieldKey: 'proveedor', inFiles: [page3(), csv()] },
    ]);
    // The owner sees the same before the facilitator decides.
    const asOwner = await t.ok(STATE, { id }, owner);
    expect(asOwner.disclosureRequest.hiddenValueWarnings).toEqual(
      disclosureRequest.hiddenValueWarnings,
    );
  });

  it('does not warn about pages a recipient does not get', async () => {
    const id = await request([{ fileId: pdfId, pages: [1, 2] }]);
    const { disclosureRequest } = await t.ok(STATE, { id }, facilitator);
    expect(disclosureRequest.hiddenValueWarnings).toEqual([]);
    // Nothing holds the approval back.
    expect((await t.ok(APPROVE, { id }, facilitator)).approveDisclosure.status).toBe('APPROVED');
  });

  it('needs the acknowledgement only for the recipient that gets page 3, and records it', async () => {
    const id = await request([{ fileId: pdfId }, { fileId: csvId }]);
    // B gets pages 1–5 and the CSV; C pages 1–2 and no CSV.
    const perRecipient = [
      {
        organizationId: orgs.C,
        redaction: { fieldKeys: [], spans: [], files: [{ fileId: pdfId, pages: [1, 2] }] },
      },
    ];
    const refused = await t.gql(APPROVE, { id, input: { perRecipient } }, facilitator);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        field: 'acknowledgeHiddenValueLeaks',
        fieldKeys: ['proveedor'],
        organizationIds: [orgs.B],
      },
    });
    expect((await t.ok(STATE, { id }, facilitator)).disclosureRequest.status).toBe('PENDING');
    await t.ok(
      APPROVE,
      { id, input: { perRecipient, acknowledgeHiddenValueLeaks: true } },
      facilitator,
    );
    const { disclosureRequest } = await t.ok(STATE, { id }, facilitator);
    expect(disclosureRequest).toEqual({
      status: 'APPROVED',
      // Once approved, each grant's own files decide.
      hiddenValueWarnings: [
        { organizationId: orgs.B, fieldKey: 'proveedor', inFiles: [page3(), csv()] },
      ],
      acknowledgedHiddenValues: [{ organizationId: orgs.B, fieldKey: 'proveedor', places: 2 }],
    });
  });
});
