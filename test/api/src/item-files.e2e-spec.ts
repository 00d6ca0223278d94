import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { Client } from 'pg';
import sharp from 'sharp';
import { Api, TestUser } from '../support/api';
import { getBytes } from '../support/files';
import { ApiProcess, sleep, startApiProcess } from '../support/servers';
import { buildWorld, Role, ROLES, World } from '../support/world';

/** The local TCP ports of a process's sockets (Linux /proc): its connections to PostgreSQL. */
function localPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // closed meanwhile
    }
  }
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 9 && inodes.has(cols[9]!))
      .map((cols) => parseInt(cols[1]!.split(':')[1]!, 16)),
  );
}

/** Every file under `dir`, by path from it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) =>
    statSync(join(dir, p)).isFile(),
  );
}

async function pdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`Página ${i + 1}`);
  return Buffer.from(await doc.save());
}

async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Costes').addRows([
    ['proveedor', 'coste'],
    ['Harinas Sur', 12.4],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const png = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();

const CSV_MARKER = 'coste-secreto-de-harinas-sur';

interface Uploaded {
  id: string;
  name: string;
  mediaType: string;
  kind: string;
  bytes: number;
  pages: number | null;
}

const VERSIONS = `query($id: ID!) { item(id: $id) { currentVersion versions { version
  files { id name mediaType kind bytes pages sha256 uploadedAt } } } }`;
const CREATE = `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a,
  input: { title: "Con documentos", body: "Cuerpo", fileIds: $f }) { id itemId version files { id } } }`;
const EDIT = `mutation($i: ID!, $f: [ID!]) { editItem(itemId: $i, input: { title: "Editado", fileIds: $f }) {
  id version files { id } } }`;
const EDIT_KEEP = `mutation($i: ID!) { editItem(itemId: $i, input: { title: "Sin tocar los documentos" }) {
  version files { id } } }`;

/**
 * Documents on item versions (issue 16, docs/adr/0030), against an API server of this suite's
 * own (its own document folder, a 1 MB limit), on the test database: uploads told by their
 * content, refused past the limit with nothing kept, attached to versions (kept, replaced,
 * dropped; earlier versions unchanged), downloaded byte for byte by the owner and the
 * facilitator only, never shown to a grant's recipient, stored encrypted, and no database
 * connection held while a body streams.
 */
describe('files on item versions', () => {
  const filesDir = mkdtempSync(join(tmpdir(), 'alianza-item-files-'));
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  const admin = new Client({ connectionString: process.env['ALIANZA_TEST_ADMIN_DATABASE_URL'] });
  let api: ApiProcess;
  let t: Api;
  let w: World;
  let memberA: TestUser;

  const upload = (
    as: Pick<TestUser, 'token'> | null,
    participationId: string,
    name: string,
    content: Buffer,
  ) => {
    const req = t.http.post('/files');
    if (as) req.set('authorization', `Bearer ${as.token}`);
    return req.field('participationId', participationId).attach('file', content, name);
  };

  const uploaded = async (name: string, content: Buffer): Promise<Uploaded> => {
    const res = await upload(memberA, w.participationA, name, content);
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Uploaded;
  };

  const download = (as: Pick<TestUser, 'token'> | null, id: string) =>
    getBytes(t, as, `/files/${id}`);

  const fileRows = async () =>
    (await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM item_files`)).rows[0]!.n;

  beforeAll(async () => {
    api = await startApiProcess('item-files', {
      FILES_STORAGE: 'local',
      FILES_DIR: filesDir,
      FILES_MAX_MB: '1',
      FILES_MASTER_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_ACTION_PER_IP: '1000000',
      RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
      LOGIN_LOCKOUT_IP_FAILURES: '1000000',
    });
    t = new Api(api.url);
    w = await buildWorld(t);
    memberA = w.users.activeParticipant!;
    await owner.connect();
    await admin.connect();
  }, 180_000);

  afterAll(async () => {
    await owner.end();
    await admin.end();
    await api?.stop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('tells each upload by its content and answers what it stored', async () => {
    const doc = await uploaded('C:\\fakepath\\Informe\u202Efdp.exe', await pdf(3));
    expect(doc).toMatchObject({
      name: 'Informefdp.pdf',
      mediaType: 'application/pdf',
      kind: 'PDF',
      pages: 3,
    });
    expect(await uploaded('foto.PNG', await png())).toMatchObject({
      name: 'foto.PNG'.replace('PNG', 'png'),
      mediaType: 'image/png',
      kind: 'IMAGE',
      pages: null,
    });
    expect(await uploaded('costes.xlsx', await xlsx())).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      kind: 'SPREADSHEET',
    });
    const csv = Buffer.from(`proveedor;coste\nHarinas Sur;${CSV_MARKER}\n`, 'utf8');
    expect(await uploaded('costes.csv', csv)).toMatchObject({
      name: 'costes.csv',
      mediaType: 'text/csv',
      kind: 'SPREADSHEET',
      bytes: csv.length,
    });
  });

  it('refuses an executable named as a PDF, by its content, and keeps nothing', async () => {
    const before = { rows: await fileRows(), objects: filesUnder(filesDir).length };
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      randomBytes(4000),
    ]);
    const res = await upload(memberA, w.participationA, 'factura.pdf', elf);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'file' } });
    expect(await fileRows()).toBe(before.rows);
    expect(filesUnder(filesDir).length).toBe(before.objects);
  });

  it('refuses a file past FILES_MAX_MB with 413 and a stable code, and keeps nothing', async () => {
    const before = { rows: await fileRows(), objects: filesUnder(filesDir).length };
    const big = Buffer.alloc(1024 * 1024 + 10_000, 'a;b\n');
    const res = await upload(memberA, w.participationA, 'grande.csv', big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.error.message).toMatch(/1 MB/);
    expect(await fileRows()).toBe(before.rows);
    expect(filesUnder(filesDir).length).toBe(before.objects);
  });

  it('lets only members of an active participant upload for it', async () => {
    const content = await png();
    expect((await upload(null, w.participationA, 'x.png', content)).status).toBe(401);
    expect((await upload(w.ownerB, w.participationA, 'x.png', content)).status).toBe(403);
    expect((await upload(w.users.facilitator, w.participationA, 'x.png', content)).status).toBe(
      403,
    );
    const res = await upload(w.users.invitedNotAccepted, w.participationI, 'x.png', content);
    expect(res.status).toBe(403);
    const bad = await upload(memberA, 'not-an-id', 'x.png', content);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual({ field: 'participationId' });
  });

  it('attaches files on create, keeps, replaces and drops them on edit, and leaves earlier versions as they were', async () => {
    const [doc, image, sheet] = [
      await uploaded('a.pdf', await pdf(1)),
      await uploaded('b.png', await png()),
      await uploaded('c.xlsx', await xlsx()),
    ];
    const created = (
      await t.ok(CREATE, { p: w.participationA, a: w.areaM, f: [image.id, doc.id] }, memberA)
    ).createItem;
    expect(created.files.map((f: { id: string }) => f.id)).toEqual([image.id, doc.id]);
    const itemId = created.itemId;

    const kept = (await t.ok(EDIT_KEEP, { i: itemId }, memberA)).editItem;
    expect(kept.files.map((f: { id: string }) => f.id)).toEqual([image.id, doc.id]);
    const replaced = (await t.ok(EDIT, { i: itemId, f: [sheet.id, image.id] }, w.ownerA)).editItem;
    expect(replaced.files.map((f: { id: string }) => f.id)).toEqual([sheet.id, image.id]);
    const dropped = (await t.ok(EDIT, { i: itemId, f: [] }, memberA)).editItem;
    expect(dropped.files).toEqual([]);

    // A file dropped by the current version cannot come back by id (only current ones are kept).
    const back = await t.gql(EDIT, { i: itemId, f: [doc.id] }, memberA);
    expect(back.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'fileIds.0' },
    });

    const { item } = await t.ok(VERSIONS, { id: itemId }, w.users.facilitator);
    const byVersion = Object.fromEntries(
      item.versions.map((v: { version: number; files: { id: string }[] }) => [
        v.version,
        v.files.map((f) => f.id),
      ]),
    );
    expect(byVersion).toEqual({
      1: [image.id, doc.id],
      2: [image.id, doc.id],
      3: [sheet.id, image.id],
      4: [],
    });
    const first = item.versions.find((v: { version: number }) => v.version === 1).files[1];
    expect(first).toMatchObject({
      name: 'a.pdf',
      kind: 'PDF',
      pages: 1,
      mediaType: 'application/pdf',
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses files that are not the item's to attach, naming the field", async () => {
    const mine = await uploaded('mine.png', await png());
    const created = (await t.ok(CREATE, { p: w.participationA, a: w.areaM, f: [mine.id] }, memberA))
      .createItem;
    // Attached to that item already: not to another one.
    const again = await t.gql(CREATE, { p: w.participationA, a: w.areaM, f: [mine.id] }, memberA);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'fileIds.0' },
    });
    // Another company's upload, and an id that is nobody's.
    const ofB = await upload(w.ownerB, w.participationB, 'b.png', await png());
    expect(ofB.status).toBe(201);
    const theirs = await t.gql(EDIT, { i: created.itemId, f: [mine.id, ofB.body.id] }, memberA);
    expect(theirs.errors?.[0]?.extensions.details).toEqual({ field: 'fileIds.1' });
    const duplicate = await t.gql(EDIT, { i: created.itemId, f: [mine.id, mine.id] }, memberA);
    expect(duplicate.errors?.[0]?.extensions.details).toEqual({ field: 'fileIds.1' });
    // Nothing changed.
    const { item } = await t.ok(VERSIONS, { id: created.itemId }, memberA);
    expect(item.currentVersion).toBe(1);
  });

  it('sends the original back, byte for byte, to the owner and the facilitator only (404 for anyone else)', async () => {
    const content = await pdf(2);
    const doc = await uploaded('Presupuesto año 2027.pdf', content);
    const allowed: Role[] = ['activeParticipant', 'organizationOwner', 'facilitator'];
    for (const role of ROLES) {
      const res = await download(w.users[role], doc.id);
      if (allowed.includes(role)) {
        expect({ role, status: res.status }).toEqual({ role, status: 200 });
        expect(Buffer.compare(res.body as Buffer, content)).toBe(0);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy']).toMatch(/^sandbox/);
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="Presupuesto ano 2027.pdf"; filename*=UTF-8''Presupuesto%20a%C3%B1o%202027.pdf`,
        );
      } else {
        expect({ role, status: res.status }).toEqual({ role, status: 404 });
      }
    }
    expect((await download(w.ownerB, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("gives a grant's recipient no files: not on the shared item, not through the version", async () => {
    const doc = await uploaded('compartido.pdf', await pdf(1));
    const areas = await t.listOf(
      w.collaborationId,
      'areas',
      'id sensitivity',
      w.users.facilitator!,
    );
    const open = areas.find((a: { sensitivity: string }) => a.sensitivity === 'OPEN').id;
    const created = (await t.ok(CREATE, { p: w.participationA, a: open, f: [doc.id] }, memberA))
      .createItem;
    const requested = await t.ok(
      `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id status } }`,
      { i: created.itemId, r: [w.orgB] },
      memberA,
    );
    expect(requested.requestDisclosure.status).toBe('APPROVED');
    const shared = await t.ok(
      `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { itemId title } } }`,
      { c: w.collaborationId },
      w.ownerB,
    );
    expect(shared.sharedWithMe.nodes.map((n: { itemId: string }) => n.itemId)).toContain(
      created.itemId,
    );
    // Nothing was shared of the files (docs/adr/0032: a file not listed is withheld), and the
    // version's files are not the recipient's to read.
    const sharedFiles = await t.ok(
      `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { itemId files { fileId } } } }`,
      { c: w.collaborationId },
      w.ownerB,
    );
    const node = sharedFiles.sharedWithMe.nodes.find(
      (n: { itemId: string }) => n.itemId === created.itemId,
    );
    expect(node.files).toEqual([]);
    const asRecipient = await t.gql(
      `query($id: ID!) { disclosureRequest(id: $id) { itemVersion { files { id } } } }`,
      { id: requested.requestDisclosure.id },
      w.ownerB,
    );
    expect(asRecipient.data?.disclosureRequest?.itemVersion?.files ?? null).toBeNull();
    expect((await download(w.ownerB, doc.id)).status).toBe(404);
  });

  it('stores the content encrypted: the object on disk is not the plaintext', async () => {
    const csv = Buffer.from(`a;b\n${CSV_MARKER};${CSV_MARKER}\n`, 'utf8');
    const doc = await uploaded('plano.csv', csv);
    const objects = filesUnder(filesDir).filter((p) => p.includes(doc.id));
    expect(objects).toHaveLength(1);
    const stored = readFileSync(join(filesDir, objects[0]!));
    expect(stored.includes(Buffer.from(CSV_MARKER))).toBe(false);
    expect(stored.length).toBeGreaterThan(csv.length);
    expect(Buffer.compare((await download(memberA, doc.id)).body as Buffer, csv)).toBe(0);
  });

  it('records uploads, attachments and downloads in the audit log', async () => {
    const { rows } = await owner.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM (
         SELECT action FROM audit_records WHERE collaboration_id = $1
         UNION ALL SELECT action FROM audit_outbox WHERE collaboration_id = $1) a
       WHERE action LIKE 'item_file.%' GROUP BY action ORDER BY action`,
      [w.collaborationId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.action, r.n > 0]))).toEqual({
      'item_file.attached': true,
      'item_file.downloaded': true,
      'item_file.uploaded': true,
    });
  });

  it('holds no database connection while an upload streams', async () => {
    const boundary = 'alianzaBoundary7b1c';
    const content = Buffer.alloc(512 * 1024, 'x;y\n');
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="participationId"\r\n\r\n${w.participationA}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lento.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const url = new URL('/files', api.url);
    let answer = '';
    const done = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${memberA.token}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + content.length + tail.length),
          },
        },
        (res) => {
          res.on('data', (c: Buffer) => (answer += c.toString()));
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(head);
      req.write(content.subarray(0, 300 * 1024));
      // Mid-body: the API has checked the right and begun storing; no transaction of it may be
      // open and waiting (a request's claim scope would be, since the request came in; its
      // background jobs' short statements are not).
      void sleep(1000).then(async () => {
        // This suite's API server only (others share the database), seen by a superuser.
        const { rows } = await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND client_port = ANY ($1::int[])
              AND state IN ('idle in transaction', 'idle in transaction (aborted)')
              AND state_change < clock_timestamp() - interval '500 milliseconds'`,
          [localPorts(api.child.pid!)],
        );
        held = rows[0]!.n;

        req.write(content.subarray(300 * 1024));
        req.end(tail);
      }, reject);
    });
    let held = -1;
    expect(await done).toBe(201);
    expect(held).toBe(0);
    expect(JSON.parse(answer)).toMatchObject({ name: 'lento.csv', bytes: content.length });
  });
});
