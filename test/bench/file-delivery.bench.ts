/*
 * Benchmark (not a test): documents through the real API's HTTP routes (issue 16, ADRs 29–32).
 *
 * Seeds one collaboration of 50 organizations; organization 0 uploads, through `POST /files`,
 * a 12-page PDF and a 50 MB CSV, puts them on an item and shares both whole with organization 1
 * (the facilitator approves). Then, on the API started as `npm run start:api` does
 * (`NODE_ENV=production`, documents encrypted on a local folder):
 * 1. time to first byte of organization 1's stamped copy of the 12-page PDF
 *    (`GET /grants/:grantId/files/:fileId`: the grant checked, the access recorded, the original
 *    decrypted, the pages stamped), against the time to first byte of `/health/live` on the
 *    same server, alternated (median and p95; the ratio of medians is what to compare);
 * 2. the peak growth of the API process's resident set (RSS, sampled every 5 ms from /proc)
 *    over its settled size while it receives the 50 MB upload, and, on a freshly started API,
 *    while it sends organization 1's copy of the 50 MB CSV (`?download=1`), against the same
 *    process idle for as long (the baseline).
 * Prints the figures; writes .data/bench/file-delivery.json.
 *
 *   npm run bench:files
 *   BENCH_FILES_RUNS=60 BENCH_FILES_MB=100 npm run bench:files
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Client } from 'pg';
import {
  Api,
  createDatabase,
  FACILITATOR_EMAIL,
  graphql,
  IDS,
  loadAverage,
  login,
  ownerEmail,
  ratio,
  run,
  seedBase,
  startApi,
  writeResults,
} from './support';

const MB = 1024 * 1024;
const RUNS = Number(process.env.BENCH_FILES_RUNS ?? 30);
const LARGE_MB = Number(process.env.BENCH_FILES_MB ?? 50);

/** A report-like PDF: every page a title and 40 lines of text (as bench:stamping's). */
async function twelvePages(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 12; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Página ${n} de 12 — coste 1.234 €`, { x: 60, y: 780, size: 16, font });
    for (let line = 0; line < 40; line++)
      page.drawText(`Línea ${line + 1}: margen previsto estable, ${n * line} kg.`, {
        x: 60,
        y: 740 - line * 17,
        size: 10,
        font,
      });
  }
  return Buffer.from(await doc.save());
}

/** `size` bytes of CSV: a header, then rows of a code, a supplier and a cost. */
function csvContent(size: number): Readable {
  let left = size;
  let row = 0;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const lines: string[] = row === 0 ? ['codigo,proveedor,coste'] : [];
      while (lines.length < 2000) {
        row += 1;
        lines.push(`R${row},Proveedor ${randomBytes(4).toString('hex')},${row % 9973}.5`);
      }
      const chunk = Buffer.from(`${lines.join('\n')}\n`).subarray(0, left);
      left -= chunk.length;
      this.push(chunk);
    },
  });
}

/** Resident set size of a process, in bytes (Linux /proc). */
function rssOf(pid: number): number {
  const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
  return pages * 4096;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Peak RSS growth of `pid` over its settled size while `work` runs, in MB, and its seconds. */
async function peakGrowth(
  pid: number,
  work: () => Promise<unknown>,
): Promise<{ settledMb: number; peakGrowthMb: number; seconds: number }> {
  await sleep(1000);
  const settled = rssOf(pid);
  let peak = settled;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 5);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssOf(pid));
  return {
    settledMb: +(settled / MB).toFixed(1),
    peakGrowthMb: +((peak - settled) / MB).toFixed(1),
    seconds: +seconds.toFixed(2),
  };
}

/** `POST /files`: the multipart body streamed from `path`; the new file's id. */
function upload(
  api: Api,
  token: string,
  participationId: string,
  name: string,
  path: string,
): Promise<string> {
  const boundary = `----alianza-bench-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="participationId"\r\n\r\n${participationId}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\n` +
      `content-type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(
      `${api.baseUrl}/files`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + statSync(path).size + tail.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 201) reject(new Error(`upload ${res.statusCode}: ${body}`));
          else resolve((JSON.parse(body) as { id: string }).id);
        });
      },
    );
    req.on('error', reject);
    req.write(head);
    const file = createReadStream(path);
    file.on('error', reject);
    file.on('end', () => req.end(tail));
    file.pipe(req, { end: false });
  });
}

/**
 * A GET as `token`: milliseconds to the first byte of the answer (its status line), and, once
 * the body has been read through (counted, not kept), its status and size.
 */
function get(
  url: string,
  token?: string,
): Promise<{ firstByteMs: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    req.on('response', (res) => {
      const firstByteMs = performance.now() - started;
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ firstByteMs, status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
}

const CREATE_ITEM = `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a,
  input: { title: "Costes con documentos", body: "Ver documentos", fileIds: $f }) { itemId } }`;
const REQUEST = `mutation($i: ID!, $input: DisclosureRequestInput!) { requestDisclosure(itemId: $i, input: $input) { id } }`;
const APPROVE = `mutation($r: ID!) { approveDisclosure(requestId: $r, input: {}) { grants { id } } }`;

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const dir = await mkdtemp(join(tmpdir(), 'alianza-bench-files-'));
  const database = await createDatabase('files');
  const env = {
    FILES_STORAGE: 'local',
    FILES_DIR: join(dir, 'store'),
    FILES_MASTER_KEY: randomBytes(32).toString('base64'),
    FILES_MAX_MB: String(LARGE_MB + 14),
  };
  let api: Api | undefined;
  try {
    const db = new Client({ connectionString: database.url });
    await db.connect();
    await seedBase(db);
    const { rows } = await db.query<{ i: number; org_id: string; part_id: string }>(
      `SELECT i, org_id, part_id FROM bench_org WHERE i IN (0, 1) ORDER BY i`,
    );
    await db.end();
    const [ownerOrg, recipientOrg] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const pdfPath = join(dir, 'informe.pdf');
    const csvPath = join(dir, 'datos.csv');
    await pipeline(Readable.from([await twelvePages()]), createWriteStream(pdfPath));
    await pipeline(csvContent(LARGE_MB * MB), createWriteStream(csvPath));

    api = await startApi(database, env);
    const owner = await login(api.baseUrl, ownerEmail(0));
    const recipient = await login(api.baseUrl, ownerEmail(1));
    const facilitator = await login(api.baseUrl, FACILITATOR_EMAIL);

    // The upload of the large document, and the same process idle for as long.
    const pdfId = await upload(api, owner, ownerOrg.part_id, 'informe.pdf', pdfPath);
    let csvId = '';
    const uploadRss = await peakGrowth(api.child.pid!, async () => {
      csvId = await upload(api!, owner, ownerOrg.part_id, 'datos.csv', csvPath);
    });
    const idleUploadRss = await peakGrowth(api.child.pid!, () => sleep(uploadRss.seconds * 1000));

    const { createItem } = await graphql<{ createItem: { itemId: string } }>(
      api.baseUrl,
      CREATE_ITEM,
      { p: ownerOrg.part_id, a: IDS.area, f: [pdfId, csvId] },
      owner,
    );
    const { requestDisclosure } = await graphql<{ requestDisclosure: { id: string } }>(
      api.baseUrl,
      REQUEST,
      {
        i: createItem.itemId,
        input: {
          audienceKind: 'NAMED',
          recipientOrganizationIds: [recipientOrg.org_id],
          redaction: {
            files: [
              { fileId: pdfId, download: true },
              { fileId: csvId, download: true },
            ],
          },
        },
      },
      owner,
    );
    const { approveDisclosure } = await graphql<{
      approveDisclosure: { grants: { id: string }[] };
    }>(api.baseUrl, APPROVE, { r: requestDisclosure.id }, facilitator);
    const grantId = approveDisclosure.grants[0]!.id;
    const pdfUrl = `${api.baseUrl}/grants/${grantId}/files/${pdfId}?download=1`;
    const trivialUrl = `${api.baseUrl}/health/live`;

    // Time to first byte, stamped copy and trivial route alternated, after a warm-up.
    for (let i = 0; i < 3; i++) await Promise.all([get(pdfUrl, recipient), get(trivialUrl)]);
    const stamped: number[] = [];
    const trivial: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const copy = await get(pdfUrl, recipient);
      if (copy.status !== 200) throw new Error(`The stamped copy answered ${copy.status}`);
      stamped.push(copy.firstByteMs);
      trivial.push((await get(trivialUrl)).firstByteMs);
    }

    // The large copy, from a freshly started API (nothing of the upload left in its heap).
    await api.stop();
    api = await startApi(database, env);
    const fresh = await login(api.baseUrl, ownerEmail(1));
    const csvUrl = `${api.baseUrl}/grants/${grantId}/files/${csvId}?download=1`;
    let sent = { status: 0, bytes: 0 };
    const downloadRss = await peakGrowth(api.child.pid!, async () => {
      sent = await get(csvUrl, fresh);
    });
    if (sent.status !== 200 || sent.bytes < LARGE_MB * MB)
      throw new Error(`The large copy answered ${sent.status}, ${sent.bytes} bytes`);
    const idleDownloadRss = await peakGrowth(api.child.pid!, () =>
      sleep(downloadRss.seconds * 1000),
    );

    const results = {
      runs: RUNS,
      documentMb: LARGE_MB,
      loadAverage: { before: loadBefore, after: loadAverage() },
      firstByte: {
        stampedPdfMs: { p50: quantile(stamped, 0.5), p95: quantile(stamped, 0.95) },
        trivialRouteMs: { p50: quantile(trivial, 0.5), p95: quantile(trivial, 0.95) },
        stampedOverTrivial: ratio(quantile(stamped, 0.5), quantile(trivial, 0.5)),
      },
      rss: {
        upload: uploadRss,
        idleForUpload: idleUploadRss,
        download: downloadRss,
        idleForDownload: idleDownloadRss,
      },
    };
    console.log(
      `12-page stamped copy, first byte: ${results.firstByte.stampedPdfMs.p50} ms p50, ${results.firstByte.stampedPdfMs.p95} ms p95; ` +
        `/health/live: ${results.firstByte.trivialRouteMs.p50} / ${results.firstByte.trivialRouteMs.p95} ms; ` +
        `ratio of medians ${results.firstByte.stampedOverTrivial}` +
        `\n${LARGE_MB} MB upload: RSS +${uploadRss.peakGrowthMb} MB (settled ${uploadRss.settledMb} MB, ${uploadRss.seconds} s); idle as long: +${idleUploadRss.peakGrowthMb} MB` +
        `\n${LARGE_MB} MB download (whole share, stamped CSV): RSS +${downloadRss.peakGrowthMb} MB (settled ${downloadRss.settledMb} MB, ${downloadRss.seconds} s); idle as long: +${idleDownloadRss.peakGrowthMb} MB` +
        `\nLoad average (1 min): ${loadBefore[0]} → ${results.loadAverage.after[0]}`,
    );
    writeResults('file-delivery', results);
  } finally {
    await api?.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

run(main);
