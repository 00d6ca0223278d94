import { extractText } from '@alianza/stamping';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Api, TestUser } from './api';
import { ApiProcess, startApiProcess } from './servers';

/**
 * What the suites about files in disclosures share (issue 16, docs/adr/0029–0032): documents
 * with known text, uploads, binary downloads, the text of returned PDFs, and the story's world.
 */

/**
 * The document folder of the run's API servers (both the filtered and the unfiltered one): the
 * global setup keeps it under .data/test-files/<the run's database> (test/global-setup.mjs).
 */
export function testFilesDir(): string {
  const url = process.env['ALIANZA_TEST_DATABASE_URL'];
  if (!url) throw new Error('ALIANZA_TEST_DATABASE_URL is not set: run the tests through Jest');
  return resolve(__dirname, '../../../.data/test-files', new URL(url).pathname.slice(1));
}

/**
 * An API server of a suite's own for documents (`env`: where they are kept), under a master key
 * of its own, with request budgets no test meets.
 */
export async function startFileApi(
  name: string,
  env: Record<string, string>,
): Promise<{ api: ApiProcess; masterKey: Buffer }> {
  const masterKey = randomBytes(32);
  const api = await startApiProcess(name, {
    FILES_MASTER_KEY: masterKey.toString('base64'),
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    RATE_LIMIT_ACTION_PER_IP: '1000000',
    RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
    LOGIN_LOCKOUT_IP_FAILURES: '1000000',
    ...env,
  });
  return { api, masterKey };
}

/** A PDF whose page n says `markers[n - 1]`. */
export async function pdfWithPages(markers: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const marker of markers) doc.addPage().drawText(marker, { x: 50, y: 700, font });
  return Buffer.from(await doc.save());
}

export const STORY_PAGES = 12;
export const storyMarker = (n: number): string => `marcador-pagina-${n}-de-${STORY_PAGES}`;

/** The story's PDF: page n says `marcador-pagina-n-de-12`. */
export const twelvePages = (): Promise<Buffer> =>
  pdfWithPages(Array.from({ length: STORY_PAGES }, (_, i) => storyMarker(i + 1)));

/** The story's workbook: one sheet of suppliers' costs. */
export async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Costes').addRows([
    ['proveedor', 'coste'],
    ['Harinas Sur', 12.4],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** `POST /files` as `as` for `participationId`; the new file's id (fails unless 201). */
export async function uploadFile(
  t: Api,
  as: TestUser,
  participationId: string,
  name: string,
  content: Buffer,
): Promise<string> {
  const res = await t.http
    .post('/files')
    .set('authorization', `Bearer ${as.token}`)
    .field('participationId', participationId)
    .attach('file', content, name);
  if (res.status !== 201) throw new Error(`upload ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A GET whose body is kept as bytes whatever its type (`res.body` is a Buffer). */
export function getBytes(t: Api, as: Pick<TestUser, 'token'> | null, path: string) {
  const req = t.http
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (as) req.set('authorization', `Bearer ${as.token}`);
  return req;
}

/** GET a download as `as` (session or API token): its status, type, name and bytes. */
export async function download(t: Api, as: Pick<TestUser, 'token'> | null, path: string) {
  const res = await getBytes(t, as, path);
  return {
    status: res.status,
    type: res.headers['content-type'] as string | undefined,
    disposition: res.headers['content-disposition'] as string | undefined,
    body: res.body as Buffer,
  };
}

/** The text of each page of a PDF, as pdf.js reads it (libs/stamping's `extractText`). */
export async function pageTexts(pdf: Buffer): Promise<string[]> {
  const extracted = await extractText(pdf, 'pdf');
  if (!extracted) throw new Error('No text could be read from the PDF');
  return extracted.parts.map((part) => part.text);
}

/**
 * The text of each page of each of `pdfs`, read in one extraction: every extraction starts a
 * worker that loads pdf.js (about a second here), so the pages of all are copied, in order, into
 * one document and read at once. The page counts come from pdf-lib, each document alone.
 */
export async function pageTextsOfEach(pdfs: Buffer[]): Promise<string[][]> {
  if (pdfs.length === 0) return [];
  const all = await PDFDocument.create();
  const counts: number[] = [];
  for (const pdf of pdfs) {
    const source = await PDFDocument.load(pdf);
    counts.push(source.getPageCount());
    for (const page of await all.copyPages(source, source.getPageIndices())) all.addPage(page);
  }
  const texts = await pageTexts(Buffer.from(await all.save()));
  let next = 0;
  return counts.map((count) => texts.slice(next, (next += count)));
}

/** A file of a grant, as `SharedItem.files` lists it to the recipient. */
export interface SharedFile {
  fileId: string;
  name: string;
  kind: string;
  mediaType: string;
  pagesShared: number[] | null;
  pageCount: number | null;
  download: boolean;
  viewUrl: string;
  downloadUrl: string | null;
}

export const SHARED_FILES = `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { grantId title
  files { fileId name kind mediaType pagesShared pageCount download viewUrl downloadUrl } } } }`;

export const REQUEST_FILES = `mutation($i: ID!, $input: DisclosureRequestInput!) { requestDisclosure(itemId: $i, input: $input) {
  id status proposedRedaction { files { fileId pages download } }
  previews { organizationId files { fileId pages download } } } }`;

export const APPROVE_FILES = `mutation($r: ID!, $input: ApproveDisclosureInput!) { approveDisclosure(requestId: $r, input: $input) {
  status grants { id recipientOrganizationId redaction { files { fileId pages download } } } } }`;

export type Company = 'A' | 'B' | 'C' | 'D';

/**
 * Issue 16's world: a facilitator, companies A–D (one person each) taking part in one
 * collaboration, a moderated area, and A's item "Costes 2026" carrying a 12-page PDF and a
 * workbook. B reads in English, the others in Spanish.
 */
export interface FileStory {
  facilitator: TestUser;
  users: Record<Company, TestUser>;
  orgs: Record<Company, string>;
  participations: Record<Company, string>;
  collaborationId: string;
  areaId: string;
  pdfId: string;
  xlsxId: string;
  itemId: string;
  /** The bytes uploaded. */
  originals: { pdf: Buffer; xlsx: Buffer };
}

export async function fileStory(t: Api, label: string): Promise<FileStory> {
  const facilitator = await t.facilitator(label);
  const collaborationId = await t.collaboration(facilitator, 'Alianza con documentos');
  const rules = await t.publishGroundRules(facilitator, collaborationId);
  const users = {} as Record<Company, TestUser>;
  const orgs = {} as Record<Company, string>;
  const participations = {} as Record<Company, string>;
  for (const key of ['A', 'B', 'C', 'D'] as const) {
    users[key] = await t.userWithEmail(t.uniqueEmail(`persona-${key}`), `Persona ${key}`);
    orgs[key] = await t.organization(users[key], `Empresa ${key}`);
    participations[key] = await t.invite(facilitator, collaborationId, orgs[key]);
    await t.acceptGroundRules(users[key], participations[key], rules.id);
  }
  await t.ok(`mutation { setMyLanguage(input: { locale: EN }) { id } }`, {}, users.B);
  const area = await t.ok<{ createArea: { id: string } }>(
    `mutation($c: ID!, $input: AreaInput!) { createArea(collaborationId: $c, input: $input) { id } }`,
    { c: collaborationId, input: { name: 'Costes con documentos', sensitivity: 'MODERATED' } },
    facilitator,
  );
  const originals = { pdf: await twelvePages(), xlsx: await workbook() };
  const pdfId = await uploadFile(
    t,
    users.A,
    participations.A,
    'Informe de costes.pdf',
    originals.pdf,
  );
  const xlsxId = await uploadFile(t, users.A, participations.A, 'costes.xlsx', originals.xlsx);
  const created = await t.ok<{ createItem: { itemId: string } }>(
    `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a,
      input: { title: "Costes 2026", body: "Ver documentos", fileIds: $f }) { itemId } }`,
    { p: participations.A, a: area.createArea.id, f: [pdfId, xlsxId] },
    users.A,
  );
  return {
    facilitator,
    users,
    orgs,
    participations,
    collaborationId,
    areaId: area.createArea.id,
    pdfId,
    xlsxId,
    itemId: created.createItem.itemId,
    originals,
  };
}
