import { DocumentStore, documentObjectKey, MasterKey } from '@alianza/storage';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { Api } from '../support/api';
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
  STORY_PAGES,
  storyMarker,
} from '../support/files';
import { startTestBucket, TestBucket } from '../support/s3';
import { ApiProcess } from '../support/servers';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Whether `stored` holds any 16-byte run of `plain` that starts at a multiple of 16. */
function holdsRunOf(stored: Buffer, plain: Buffer): boolean {
  for (let at = 0; at + 16 <= plain.length; at += 16)
    if (stored.includes(plain.subarray(at, at + 16))) return true;
  return false;
}

/**
 * Issue 16's story with the documents in an S3 bucket (`FILES_STORAGE=s3`, a real s3rver
 * started here): A uploads a 12-page PDF and a workbook and asks to share both with B and C;
 * the facilitator approves pages 1–5 and the workbook for B, the whole PDF alone for C; each
 * downloads its own stamped copy, D gets nothing, a revoked grant's link fails. What the bucket
 * holds is ciphertext only, useless without the master key.
 */
describe('files in disclosures, stored on S3', () => {
  const db = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let bucket: TestBucket;
  let api: ApiProcess;
  let masterKey: Buffer;
  let t: Api;
  let s: FileStory;
  const grants: Record<'B' | 'C', string> = {} as never;

  const filesOf = async (as: FileStory['users']['B']): Promise<SharedFile[]> => {
    const { sharedWithMe } = await t.ok<{ sharedWithMe: { nodes: { files: SharedFile[] }[] } }>(
      SHARED_FILES,
      { c: s.collaborationId },
      as,
    );
    return sharedWithMe.nodes.flatMap((node) => node.files);
  };

  beforeAll(async () => {
    bucket = await startTestBucket();
    ({ api, masterKey } = await startFileApi('file-grants-s3', bucket.env));
    t = new Api(api.url);
    await db.connect();
    s = await fileStory(t, 'file-grants-s3');
  }, 240_000);

  afterAll(async () => {
    await db.end();
    await api?.stop();
    await bucket?.stop();
  });

  it('keeps each upload in the bucket as ciphertext that opens with the master key only', async () => {
    const pdfKey = documentObjectKey(s.collaborationId, s.pdfId);
    const xlsxKey = documentObjectKey(s.collaborationId, s.xlsxId);
    expect((await bucket.keys()).sort()).toEqual([pdfKey, xlsxKey].sort());
    const stored = await bucket.object(pdfKey);
    expect(holdsRunOf(stored, s.originals.pdf)).toBe(false);
    expect(holdsRunOf(await bucket.object(xlsxKey), s.originals.xlsx)).toBe(false);

    const { rows } = await db.query<{ wrapped_key: Buffer }>(
      `SELECT wrapped_key FROM collaboration_file_keys WHERE collaboration_id = $1`,
      [s.collaborationId],
    );
    const wrapped = rows[0]!.wrapped_key;
    expect(() => new MasterKey(randomBytes(32)).unwrap(s.collaborationId, wrapped)).toThrow(
      /does not open with the master key/,
    );
    const documents = new DocumentStore(bucket.store);
    const read = (key: Buffer) =>
      documents.read({ collaborationId: s.collaborationId, key }, s.pdfId).then(bytesOf);
    await expect(read(randomBytes(32))).rejects.toThrow();
    // With the master key, the same object is the document uploaded: the check above is not empty.
    const dataKey = new MasterKey(masterKey).unwrap(s.collaborationId, wrapped);
    expect((await read(dataKey)).equals(s.originals.pdf)).toBe(true);
  });

  it('lets the facilitator approve pages 1–5 and the workbook for B, the whole PDF alone for C', async () => {
    const requested = await t.ok<{ requestDisclosure: { id: string } }>(
      REQUEST_FILES,
      {
        i: s.itemId,
        input: {
          audienceKind: 'NAMED',
          recipientOrganizationIds: [s.orgs.B, s.orgs.C],
          redaction: {
            files: [
              { fileId: s.pdfId, download: true },
              { fileId: s.xlsxId, download: true },
            ],
          },
        },
      },
      s.users.A,
    );
    const { approveDisclosure } = await t.ok<{
      approveDisclosure: { grants: { id: string; recipientOrganizationId: string }[] };
    }>(
      APPROVE_FILES,
      {
        r: requested.requestDisclosure.id,
        input: {
          perRecipient: [
            {
              organizationId: s.orgs.B,
              redaction: {
                files: [
                  { fileId: s.pdfId, pages: [1, 2, 3, 4, 5], download: true },
                  { fileId: s.xlsxId, download: true },
                ],
              },
            },
            {
              organizationId: s.orgs.C,
              redaction: { files: [{ fileId: s.pdfId, download: true }] },
            },
          ],
        },
      },
      s.facilitator,
    );
    for (const grant of approveDisclosure.grants)
      grants[grant.recipientOrganizationId === s.orgs.B ? 'B' : 'C'] = grant.id;
    expect((await filesOf(s.users.B)).map((f) => [f.fileId, f.pageCount])).toEqual([
      [s.pdfId, 5],
      [s.xlsxId, null],
    ]);
    expect((await filesOf(s.users.C)).map((f) => [f.fileId, f.pageCount])).toEqual([
      [s.pdfId, STORY_PAGES],
    ]);
  });

  it('gives each recipient its own stamped copy of exactly its pages', async () => {
    const ofB = await getBytes(t, s.users.B, `/grants/${grants.B}/files/${s.pdfId}?download=1`);
    expect(ofB.status).toBe(200);
    expect(ofB.headers['content-disposition']).toMatch(/^attachment; /);
    const textsOfB = await pageTexts(ofB.body as Buffer);
    expect(textsOfB.map((text) => text.match(/marcador-pagina-\d+-de-12/g))).toEqual(
      [1, 2, 3, 4, 5].map((n) => [storyMarker(n)]),
    );
    for (const text of textsOfB) expect(text).toContain('Shared with Empresa B');

    const ofC = await getBytes(t, s.users.C, `/grants/${grants.C}/files/${s.pdfId}?download=1`);
    expect(ofC.status).toBe(200);
    const textsOfC = await pageTexts(ofC.body as Buffer);
    expect(textsOfC.map((text) => text.match(/marcador-pagina-\d+-de-12/g))).toEqual(
      Array.from({ length: STORY_PAGES }, (_, i) => [storyMarker(i + 1)]),
    );
    for (const text of textsOfC) {
      expect(text).toContain('Compartido con Empresa C');
      expect(text).not.toContain('Empresa B');
    }

    const book = await getBytes(t, s.users.B, `/grants/${grants.B}/files/${s.xlsxId}?download=1`);
    expect(book.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(book.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Costes', 'Watermark']);

    const stored = await bucket.object(documentObjectKey(s.collaborationId, s.pdfId));
    for (const copy of [ofB.body, ofC.body, book.body] as Buffer[]) {
      expect(copy.equals(s.originals.pdf) || copy.equals(s.originals.xlsx)).toBe(false);
      expect(copy.equals(stored)).toBe(false);
    }
  });

  it('gives nothing to C of the withheld workbook, nor to D, the owner or the facilitator', async () => {
    const paths = [
      `/grants/${grants.C}/files/${s.xlsxId}`,
      `/grants/${grants.B}/files/${s.pdfId}`,
      `/grants/${grants.C}/files/${s.pdfId}`,
    ];
    expect((await getBytes(t, s.users.C, paths[0]!)).status).toBe(404);
    expect((await getBytes(t, s.users.C, paths[1]!)).status).toBe(404);
    for (const as of [s.users.D, s.users.A, s.facilitator])
      for (const path of paths) expect((await getBytes(t, as, path)).status).toBe(404);
  });

  it('fails the link once the grant is revoked', async () => {
    const path = `/grants/${grants.C}/files/${s.pdfId}`;
    expect((await getBytes(t, s.users.C, path)).status).toBe(200);
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Ya no" }) { id } }`,
      { g: grants.C },
      s.users.A,
    );
    expect((await getBytes(t, s.users.C, path)).status).toBe(404);
    expect((await getBytes(t, s.users.B, `/grants/${grants.B}/files/${s.pdfId}`)).status).toBe(200);
  });

  it('never stored a copy or anything in clear: the bucket still holds the two ciphertexts alone', async () => {
    const keys = await bucket.keys();
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const stored = await bucket.object(key);
      expect(holdsRunOf(stored, s.originals.pdf) || holdsRunOf(stored, s.originals.xlsx)).toBe(
        false,
      );
      expect(stored.includes(storyMarker(1))).toBe(false);
    }
  });
});
