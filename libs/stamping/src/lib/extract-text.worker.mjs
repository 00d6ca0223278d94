// Text extraction from an untrusted file, in a worker thread of its own (see extract-text.ts):
// plain ESM that Node loads natively, so pdfjs-dist (ESM-only) needs no transpiler, and a
// parser that loops or bloats is stopped by the parent (timeout, resourceLimits) without
// taking the API with it. In: workerData { data: Uint8Array, kind, limits }. Out: one message,
// { parts } or { error }.
import { parentPort, workerData } from 'node:worker_threads';

const { data, kind, limits } = workerData;

/** Parts ({ label, text }) until `limits.maxChars` characters in all; the last one cut short. */
function collector() {
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

async function pdf() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const out = collector();
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

async function xlsx() {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const out = collector();
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

function csv() {
  const out = collector();
  out.add('CSV', new TextDecoder('utf-8', { ignoreBOM: false }).decode(data).trim());
  return out.parts;
}

try {
  const parts = kind === 'pdf' ? await pdf() : kind === 'xlsx' ? await xlsx() : csv();
  parentPort.postMessage({ parts });
} catch (error) {
  parentPort.postMessage({ error: String(error?.name ?? 'Error') });
}
