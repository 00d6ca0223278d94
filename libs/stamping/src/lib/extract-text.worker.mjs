// Text extraction from an untrusted file, in a worker thread of its own (see extract-text.ts):
// plain ESM that Node loads natively, so pdfjs-dist (ESM-only) needs no transpiler, and a
// parser that loops or bloats is stopped by the parent (timeout, resourceLimits) without
// taking the API with it. One file per worker: it may be started ahead of its job, loading the
// parsers while it waits (a spare), then takes exactly one message { data: Uint8Array, kind,
// limits }, answers one message, { parts } or { error }, and is ended by the parent.
import { parentPort } from 'node:worker_threads';

// Whatever a parser prints is dropped here, in the worker: it could quote the document.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'])
  console[method] = () => undefined;
process.stdout.write = () => true;
process.stderr.write = () => true;

// Loaded before the job comes: most of a cold start is parsing these modules. pdf.js runs its
// own "worker" in this thread; given as `globalThis.pdfjsWorker`, it is not imported per file.
const parsers = Promise.all([
  import('pdfjs-dist/legacy/build/pdf.mjs'),
  import('exceljs'),
  import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    globalThis.pdfjsWorker = worker;
  }),
]);
parsers.catch(() => undefined);

/** Parts ({ label, text }) until `limits.maxChars` characters in all; the last one cut short. */
function collector(limits) {
  const parts = [];
  let left = limits.maxChars;
  return {
    parts,
    full: () => left <= 0,
    add(label, text) {
      if (left <= 0) return;
      const kept = text.length > left ? text.slice(0, left) : text;
      left -= kept.length;
      parts.push({ label, text: kept });
    },
  };
}

async function pdf(data, limits) {
  const [pdfjs] = await parsers;
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const out = collector(limits);
  try {
    const pages = Math.min(doc.numPages, limits.maxPages);
    for (let n = 1; n <= pages && !out.full(); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      let lastY;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5];
        if (lastY !== undefined && y !== lastY && text && !text.endsWith('\n')) text += '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        lastY = y;
      }
      out.add(`p. ${n}`, text.trim());
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return out.parts;
}

async function xlsx(data, limits) {
  const [, { default: ExcelJS }] = await parsers;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const out = collector(limits);
  for (const sheet of workbook.worksheets) {
    if (out.full()) break;
    const lines = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text ?? ''));
      lines.push(cells.join('\t').trimEnd());
    });
    out.add(sheet.name, lines.join('\n').trimEnd());
  }
  return out.parts;
}

function csv(data, limits) {
  const out = collector(limits);
  out.add('CSV', new TextDecoder('utf-8', { ignoreBOM: false }).decode(data).trim());
  return out.parts;
}

parentPort.once('message', async ({ data, kind, limits }) => {
  try {
    const parts =
      kind === 'pdf'
        ? await pdf(data, limits)
        : kind === 'xlsx'
          ? await xlsx(data, limits)
          : csv(data, limits);
    parentPort.postMessage({ parts });
  } catch (error) {
    parentPort.postMessage({ error: String(error?.name ?? 'Error') });
  }
});
