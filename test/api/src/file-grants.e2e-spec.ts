import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Api, TestUser } from '../support/api';
import {
  APPROVE_FILES,
  fileStory,
  FileStory,
  getBytes,
  pageTexts,
  REQUEST_FILES,
  SharedFile,
  SHARED_FILES,
  startFileApi,
  STORY_PAGES as PAGES,
  storyMarker as marker,
} from '../support/files';
import { ApiProcess } from '../support/servers';

const ACCESSES = `query($i: ID!, $first: Int!, $after: String) { item(id: $i) { latest { files { id
  accesses(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind pages recipientOrganizationId userId userName grantId createdAt } } } } } }`;

/**
 * Issue 16's story (docs/adr/0032): an owner attaches a 12-page PDF and a workbook to an item
 * and asks to share both with B and C; the facilitator approves pages 1–5 for B and the whole
 * PDF for C, and withholds the workbook from C. Each recipient gets a copy stamped with its
 * organization and person on every page, of exactly what was approved; nobody else gets
 * anything (404); revocation and expiry end it; the owner and the facilitator see who opened
 * what, the recipients do not.
 */
describe('files in disclosures', () => {
  const filesDir = mkdtempSync(join(tmpdir(), 'alianza-file-grants-'));
  const db = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let api: ApiProcess;
  let t: Api;
  let facilitator: TestUser;
  let users: FileStory['users'];
  let orgs: FileStory['orgs'];
  let collaborationId: string;
  let pdfId: string;
  let xlsxId: string;
  let itemId: string;
  let requestId: string;
  const grants: Record<'B' | 'C', string> = {} as never;
  let filesOfB: SharedFile[];
  let filesOfC: SharedFile[];

  const get = (as: Pick<TestUser, 'token'> | null, path: string) => getBytes(t, as, path);
  const sharedFiles = async (as: TestUser) => {
    const { sharedWithMe } = await t.ok<{
      sharedWithMe: { nodes: { grantId: string; files: SharedFile[] }[] };
    }>(SHARED_FILES, { c: collaborationId }, as);
    return sharedWithMe.nodes;
  };

  beforeAll(async () => {
    ({ api } = await startFileApi('file-grants', { FILES_STORAGE: 'local', FILES_DIR: filesDir }));
    t = new Api(api.url);
    await db.connect();
    ({ facilitator, users, orgs, collaborationId, pdfId, xlsxId, itemId } = await fileStory(
      t,
      'file-grants',
    ));
  }, 240_000);

  afterAll(async () => {
    await db.end();
    await api?.stop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const requestWith = (files: unknown[]) =>
    t.gql(
      REQUEST_FILES,
      {
        i: itemId,
        input: {
          audienceKind: 'NAMED',
          recipientOrganizationIds: [orgs.B, orgs.C],
          redaction: { files },
        },
      },
      users.A,
    );

  it('refuses files the version does not have, parts of what is not a PDF, and pages out of range, naming the entry', async () => {
    const cases: [unknown[], string][] = [
      [[{ fileId: pdfId }, { fileId: xlsxId, pages: [1] }], 'redaction.files.1.pages'],
      [[{ fileId: pdfId, pages: [1, 13] }], 'redaction.files.0.pages'],
      [[{ fileId: pdfId, pages: [] }], 'redaction.files.0.pages'],
      [[{ fileId: '00000000-0000-4000-8000-000000000000' }], 'redaction.files.0.fileId'],
      [[{ fileId: pdfId }, { fileId: pdfId }], 'redaction.files.1.fileId'],
    ];
    for (const [files, field] of cases) {
      const res = await requestWith(files);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM disclosure_requests WHERE item_id = $1`,
      [itemId],
    );
    expect(rows[0].n).toBe(0);
  });

  it('lets the owner propose both files, and shows the proposal per recipient', async () => {
    const res = await requestWith([
      { fileId: xlsxId, download: true },
      { fileId: pdfId, download: true },
    ]);
    expect(res.errors).toBeUndefined();
    const request = res.data!['requestDisclosure'];
    requestId = request.id;
    expect(request.status).toBe('PENDING');
    const proposed = [
      { fileId: pdfId, pages: null, download: true },
      { fileId: xlsxId, pages: null, download: true },
    ];
    expect(request.proposedRedaction.files).toEqual(proposed);
    expect(request.previews).toHaveLength(2);
    for (const preview of request.previews) expect(preview.files).toEqual(proposed);
  });

  it('lets the facilitator narrow the proposal per recipient, never widen it', async () => {
    const refused = await t.gql(
      APPROVE_FILES,
      {
        r: requestId,
        input: {
          perRecipient: [
            { organizationId: orgs.B, redaction: { files: [{ fileId: xlsxId, pages: [2] }] } },
          ],
        },
      },
      facilitator,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'perRecipient.0.redaction.files.0.pages' },
    });
    const { approveDisclosure } = await t.ok(
      APPROVE_FILES,
      {
        r: requestId,
        input: {
          perRecipient: [
            {
              organizationId: orgs.B,
              redaction: {
                files: [
                  { fileId: pdfId, pages: [5, 3, 1, 2, 4, 3], download: true },
                  { fileId: xlsxId, download: false },
                ],
              },
            },
            { organizationId: orgs.C, redaction: { files: [{ fileId: pdfId, download: true }] } },
          ],
        },
      },
      facilitator,
    );
    expect(approveDisclosure.status).toBe('APPROVED');
    const byRecipient = Object.fromEntries(
      approveDisclosure.grants.map((g: { recipientOrganizationId: string }) => [
        g.recipientOrganizationId,
        g,
      ]),
    );
    grants.B = byRecipient[orgs.B].id;
    grants.C = byRecipient[orgs.C].id;
    expect(byRecipient[orgs.B].redaction.files).toEqual([
      { fileId: pdfId, pages: [1, 2, 3, 4, 5], download: true },
      { fileId: xlsxId, pages: null, download: false },
    ]);
    expect(byRecipient[orgs.C].redaction.files).toEqual([
      { fileId: pdfId, pages: null, download: true },
    ]);
  });

  it('lists to each recipient what it gets, and nothing of withheld files', async () => {
    const [ofB] = await sharedFiles(users.B);
    const [ofC] = await sharedFiles(users.C);
    filesOfB = ofB!.files;
    filesOfC = ofC!.files;
    expect(filesOfB).toEqual([
      {
        fileId: pdfId,
        name: 'Informe de costes.pdf',
        kind: 'PDF',
        mediaType: 'application/pdf',
        pagesShared: [1, 2, 3, 4, 5],
        pageCount: 5,
        download: true,
        viewUrl: `/grants/${grants.B}/files/${pdfId}`,
        downloadUrl: `/grants/${grants.B}/files/${pdfId}?download=1`,
      },
      expect.objectContaining({
        fileId: xlsxId,
        kind: 'SPREADSHEET',
        pagesShared: null,
        pageCount: null,
        download: false,
        downloadUrl: null,
      }),
    ]);
    expect(filesOfC).toEqual([
      expect.objectContaining({ fileId: pdfId, pagesShared: null, pageCount: PAGES }),
    ]);
    // D, with no grant, sees nothing shared.
    expect(await sharedFiles(users.D)).toEqual([]);
    // The facilitator's "view as" B shows exactly B's files.
    const viewAs = await t.ok(
      `query($c: ID!, $o: ID!) { sharedWithOrganization(collaborationId: $c, organizationId: $o) {
        nodes { files { fileId name kind mediaType pagesShared pageCount download viewUrl downloadUrl } } } }`,
      { c: collaborationId, o: orgs.B },
      facilitator,
    );
    expect(viewAs.sharedWithOrganization.nodes[0].files).toEqual(filesOfB);
  });

  it('gives B a download of exactly pages 1–5, each stamped with B and its person, in B’s language', async () => {
    const res = await get(users.B, filesOfB[0]!.downloadUrl!);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Informe de costes.pdf"; filename*=UTF-8''Informe%20de%20costes.pdf`,
    );
    const texts = await pageTexts(res.body as Buffer);
    expect(texts).toHaveLength(5);
    texts.forEach((text, i) => {
      expect(text).toContain(marker(i + 1));
      expect(text).toContain('Empresa B');
      expect(text).toContain('Persona B');
      expect(text).toContain('Shared with Empresa B');
    });
    expect(texts.join(' ')).not.toContain(marker(6));
  });

  it('shows C all 12 pages inline, stamped with C', async () => {
    const res = await get(users.C, filesOfC[0]!.viewUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^inline; /);
    const texts = await pageTexts(res.body as Buffer);
    expect(texts).toHaveLength(PAGES);
    texts.forEach((text, i) => {
      expect(text).toContain(marker(i + 1));
      expect(text).toContain('Compartido con Empresa C');
      expect(text).toContain('Persona C');
      expect(text).not.toContain('Empresa B');
    });
  });

  it('shows B the workbook stamped, and refuses its download (view only)', async () => {
    const view = await get(users.B, filesOfB[1]!.viewUrl);
    expect(view.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(view.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toContain('Watermark');
    const refused = await get(users.B, `${filesOfB[1]!.viewUrl}?download=1`);
    expect(refused.status).toBe(403);
    expect(JSON.parse((refused.body as Buffer).toString('utf8')).error.code).toBe('FORBIDDEN');
  });

  it('answers 404 to anyone else: C for what was withheld from it, a third company, anonymous, the owner, the facilitator', async () => {
    const pathOfB = filesOfB[0]!.viewUrl;
    expect((await get(users.C, `/grants/${grants.C}/files/${xlsxId}`)).status).toBe(404);
    expect((await get(users.C, pathOfB)).status).toBe(404);
    expect((await get(users.D, pathOfB)).status).toBe(404);
    expect((await get(null, pathOfB)).status).toBe(404);
    expect((await get(users.A, pathOfB)).status).toBe(404);
    expect((await get(facilitator, pathOfB)).status).toBe(404);
    expect((await get(await t.user('ajena'), pathOfB)).status).toBe(404);
  });

  it('shows the owner and the facilitator who opened each file, by name, page by page; nobody else', async () => {
    const accessesOf = async (as: TestUser, first: number, after?: string) => {
      const { item } = await t.ok(ACCESSES, { i: itemId, first, after }, as);
      return item.latest.files.find((f: { id: string }) => f.id === pdfId).accesses;
    };
    for (const as of [users.A, facilitator]) {
      const all = await accessesOf(as, 10);
      expect(all.totalCount).toBe(2);
      expect(all.nodes).toEqual([
        expect.objectContaining({
          kind: 'VIEW',
          pages: null,
          recipientOrganizationId: orgs.C,
          userId: users.C.id,
          userName: 'Persona C',
          grantId: grants.C,
        }),
        expect.objectContaining({
          kind: 'DOWNLOAD',
          pages: [1, 2, 3, 4, 5],
          recipientOrganizationId: orgs.B,
          userId: users.B.id,
          userName: 'Persona B',
          grantId: grants.B,
        }),
      ]);
      const first = await accessesOf(as, 1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await accessesOf(as, 1, first.pageInfo.endCursor);
      expect([...first.nodes, ...second.nodes]).toEqual(all.nodes);
      expect(second.pageInfo.hasNextPage).toBe(false);
    }
    // Nobody else reads them, nor the names: the recipients, a third company.
    for (const as of [users.B, users.C, users.D]) {
      const refused = await t.gql(ACCESSES, { i: itemId, first: 10 }, as);
      expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(JSON.stringify(refused.data ?? null)).not.toMatch(/Persona [BC]/);
    }
    const audit = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, action: FILE_DOWNLOADED) { totalCount } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(audit.auditLog.totalCount).toBe(1);
  });

  it('gives 404 once a grant is revoked or has expired', async () => {
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Ya no" }) { id } }`,
      { g: grants.C },
      users.A,
    );
    expect((await get(users.C, filesOfC[0]!.viewUrl)).status).toBe(404);
    expect((await get(users.B, filesOfB[0]!.viewUrl)).status).toBe(200);
    await db.query(`UPDATE grants SET valid_until = now() - interval '1 second' WHERE id = $1`, [
      grants.B,
    ]);
    expect((await get(users.B, filesOfB[0]!.viewUrl)).status).toBe(404);
    expect((await get(users.B, filesOfB[0]!.downloadUrl!)).status).toBe(404);
  });
});
