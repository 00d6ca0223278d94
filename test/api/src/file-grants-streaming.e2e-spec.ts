import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, TestUser } from '../support/api';
import {
  APPROVE_FILES,
  fileStory,
  FileStory,
  REQUEST_FILES,
  SharedFile,
  SHARED_FILES,
  startFileApi,
  uploadFile,
} from '../support/files';
import { ApiProcess } from '../support/servers';

/** Plaintext bytes per stored segment, and a segment's tag (libs/storage's document format). */
const SEGMENT = 64 * 1024;
const TAG = 16;
const HEADER = 16;

/** A CSV of `size` bytes (CRLF lines) and a plain text document of `size` bytes. */
const csvOf = (size: number) =>
  Buffer.from(
    `codigo;proveedor;coste\r\n${Array.from({ length: size / 20 }, (_, i) => `R${i};Sur;${i % 97},5\r\n`).join('')}`,
  ).subarray(0, size);
const textOf = (size: number) =>
  Buffer.from(Array.from({ length: size / 40 }, (_, i) => `Nota ${i}: precio cerrado.\n`).join(''));

/**
 * A GET read with Node's own client: the status, headers and bytes that arrived, and whether
 * the message came whole (`complete`: all the announced bytes, or the chunked body's last chunk).
 */
function fetchRaw(
  url: string,
  as: Pick<TestUser, 'token'>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent: false, headers: { authorization: `Bearer ${as.token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        const done = () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            complete: res.complete,
          });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', done);
        res.on('error', done); // aborted: what arrived, not complete
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Issue 16, memory (docs/adr/0035): a recipient's CSV is stamped on its way out and a document
 * nothing stamps is sent as it is decrypted, both streamed. A stored object that stops
 * authenticating part-way cuts the answer short (never a complete-looking file); one that cannot
 * be read from its first segment answers 500.
 */
describe('files in disclosures, streamed', () => {
  const filesDir = mkdtempSync(join(tmpdir(), 'alianza-file-grants-streaming-'));
  let api: ApiProcess;
  let t: Api;
  let s: FileStory;
  const csv = csvOf(5 * SEGMENT + 1234);
  const text = textOf(3 * SEGMENT);
  let csvUrl: string;
  let textUrl: string;
  let csvId: string;
  let textId: string;

  const storedPath = (fileId: string) =>
    join(filesDir, 'collaborations', s.collaborationId, 'files', fileId);
  /** Flips a byte of the ciphertext of segment `index` of a stored file, for the time of `work`. */
  async function tampered<T>(fileId: string, index: number, work: () => Promise<T>): Promise<T> {
    const path = storedPath(fileId);
    const stored = readFileSync(path);
    const changed = Buffer.from(stored);
    const at = HEADER + index * (SEGMENT + TAG) + 100;
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    writeFileSync(path, changed);
    try {
      return await work();
    } finally {
      writeFileSync(path, stored);
    }
  }

  beforeAll(async () => {
    ({ api } = await startFileApi('file-grants-streaming', {
      FILES_STORAGE: 'local',
      FILES_DIR: filesDir,
    }));
    t = new Api(api.url);
    s = await fileStory(t, 'file-grants-streaming');
    csvId = await uploadFile(t, s.users.A, s.participations.A, 'costes.csv', csv);
    textId = await uploadFile(t, s.users.A, s.participations.A, 'notas.txt', text);
    const { createItem } = await t.ok(
      `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a,
        input: { title: "Costes en CSV", body: "Ver documentos", fileIds: $f }) { itemId } }`,
      { p: s.participations.A, a: s.areaId, f: [csvId, textId] },
      s.users.A,
    );
    const { requestDisclosure } = await t.ok(
      REQUEST_FILES,
      {
        i: createItem.itemId,
        input: {
          audienceKind: 'NAMED',
          recipientOrganizationIds: [s.orgs.B],
          redaction: {
            files: [
              { fileId: csvId, download: true },
              { fileId: textId, download: true },
            ],
          },
        },
      },
      s.users.A,
    );
    await t.ok(APPROVE_FILES, { r: requestDisclosure.id, input: {} }, s.facilitator);
    const { sharedWithMe } = await t.ok<{ sharedWithMe: { nodes: { files: SharedFile[] }[] } }>(
      SHARED_FILES,
      { c: s.collaborationId },
      s.users.B,
    );
    const files = sharedWithMe.nodes.flatMap((node) => node.files);
    csvUrl = `${api.url}${files.find((f) => f.fileId === csvId)!.downloadUrl}`;
    textUrl = `${api.url}${files.find((f) => f.fileId === textId)!.downloadUrl}`;
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('sends B the CSV with its line first and every original byte after it, chunked', async () => {
    const res = await fetchRaw(csvUrl, s.users.B);
    expect(res.status).toBe(200);
    expect(res.complete).toBe(true);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const lineEnd = res.body.indexOf('\r\n') + 2;
    expect(res.body.subarray(0, lineEnd).toString('utf8')).toMatch(
      /^"Shared with Empresa B[^·]* · Persona B · \d+ \w+ \d{4} · ref\. [^"]+"\r\n$/,
    );
    expect(res.body.subarray(lineEnd).equals(csv)).toBe(true);
  });

  it('sends B the text document as stored, with its length', async () => {
    const res = await fetchRaw(textUrl, s.users.B);
    expect(res.status).toBe(200);
    expect(res.complete).toBe(true);
    expect(res.headers['content-length']).toBe(String(text.length));
    expect(res.body.equals(text)).toBe(true);
  });

  it('cuts the answer short when a later segment does not authenticate, never sending its bytes', async () => {
    for (const [fileId, url] of [
      [csvId, () => csvUrl],
      [textId, () => textUrl],
    ] as const) {
      const res = await tampered(fileId, 2, () => fetchRaw(url(), s.users.B));
      expect(res.status).toBe(200);
      expect(res.complete).toBe(false);
      // The segments before the tampered one at most: nothing unauthenticated went out.
      expect(res.body.length).toBeLessThan(2 * SEGMENT + 200);
    }
  });

  it('answers 500 when the first segment does not authenticate, and serves the file again once it does', async () => {
    const res = await tampered(textId, 0, () => fetchRaw(textUrl, s.users.B));
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body.toString('utf8')).error.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await fetchRaw(textUrl, s.users.B)).body.equals(text)).toBe(true);
  });
});
