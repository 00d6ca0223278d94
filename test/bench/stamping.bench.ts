/*
 * Benchmark (not a test): making a recipient's derivative of a PDF (libs/stamping).
 *
 * 1. Pages per second stamping a 100-page PDF ('all'), against a baseline in the same run:
 *    pdf-lib copying the same pages into a new document and saving it, without stamping.
 * 2. Time to the first byte of a stamped 12-page document: `stampPdf` answers the whole file
 *    at once, so this is the time until its bytes are in hand (median and p95).
 *
 * Runs alternate stamped and baseline so that a change of load on the machine hits both.
 * Prints the figures and writes .data/bench/stamping.json.
 *
 *   npm run bench:stamping
 *   BENCH_STAMPING_RUNS=40 npm run bench:stamping
 */
import { stampPdf, Watermark } from '@alianza/stamping';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const ROOT = resolve(__dirname, '../..');
const RUNS = Number(process.env.BENCH_STAMPING_RUNS ?? 15);
const WATERMARK: Watermark = {
  recipientOrganization: 'Harinas del Norte, S.L.',
  recipientPerson: 'María Pérez Núñez',
  date: '5 dic 2026',
  grantReference: 'G-7F3A',
  language: 'es',
};

/** A report-like PDF: every page a title and 40 lines of text, as a text-heavy document has. */
async function documentOf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Página ${n} de ${pages} — coste 1.234 €`, { x: 60, y: 780, size: 16, font });
    for (let line = 0; line < 40; line++)
      page.drawText(
        `Línea ${line + 1}: margen previsto estable, entrega en plazo, ${n * line} kg.`,
        {
          x: 60,
          y: 740 - line * 17,
          size: 10,
          font,
        },
      );
  }
  return doc.save();
}

/** What stamping is compared with: the same pages copied into a new document, saved. */
async function copyOnly(pdf: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = await out.copyPages(source, source.getPageIndices());
  for (const page of pages) out.addPage(page);
  return out.save();
}

async function ms(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function main(): Promise<void> {
  const load = { before: loadavg()[0]! };
  const hundred = await documentOf(100);
  const twelve = await documentOf(12);
  // Warm-up: the JIT, pdf-lib's font metrics.
  await stampPdf(twelve, 'all', WATERMARK);
  await copyOnly(twelve);

  const stamped: number[] = [];
  const copied: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    stamped.push(await ms(() => stampPdf(hundred, 'all', WATERMARK)));
    copied.push(await ms(() => copyOnly(hundred)));
  }
  const firstByte: number[] = [];
  for (let run = 0; run < RUNS * 2; run++)
    firstByte.push(await ms(() => stampPdf(twelve, 'all', WATERMARK)));
  load.before = round(load.before, 2);
  const after = round(loadavg()[0]!, 2);

  const stampMedian = quantile(stamped, 0.5);
  const copyMedian = quantile(copied, 0.5);
  const results = {
    runs: RUNS,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version },
    loadAverage: { before: load.before, after },
    hundredPages: {
      stampedMs: round(stampMedian),
      stampedPagesPerSecond: Math.round(100_000 / stampMedian),
      copiedMs: round(copyMedian),
      copiedPagesPerSecond: Math.round(100_000 / copyMedian),
      stampedOverCopied: round(copyMedian / stampMedian, 2),
    },
    twelvePages: {
      firstByteMsMedian: round(quantile(firstByte, 0.5)),
      firstByteMsP95: round(quantile(firstByte, 0.95)),
    },
  };
  console.log(
    `100 pages stamped: ${results.hundredPages.stampedPagesPerSecond} pages/s (${results.hundredPages.stampedMs} ms); ` +
      `copied without stamping: ${results.hundredPages.copiedPagesPerSecond} pages/s (${results.hundredPages.copiedMs} ms); ` +
      `stamped ÷ copied: ${results.hundredPages.stampedOverCopied}` +
      `\n12 pages, first byte: ${results.twelvePages.firstByteMsMedian} ms median, ${results.twelvePages.firstByteMsP95} ms p95` +
      `\nLoad average (1 min): ${load.before} → ${after}`,
  );
  mkdirSync(resolve(ROOT, '.data/bench'), { recursive: true });
  writeFileSync(
    resolve(ROOT, '.data/bench/stamping.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log('Wrote .data/bench/stamping.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
