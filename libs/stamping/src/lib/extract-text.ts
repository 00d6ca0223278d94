import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface ExtractedText {
  /** Per page of a PDF ('p. 3') or per sheet of a workbook (its name; 'CSV' for a CSV file). */
  parts: { label: string; text: string }[];
}

export interface ExtractionLimits {
  /** Wall-clock time before the worker is stopped (default 20 s). */
  timeoutMs?: number;
  /** Heap of the worker (old generation, default 256 MB): past it the worker dies, alone. */
  maxMemoryMb?: number;
  /** Pages of a PDF read at most (default 2,000). */
  maxPages?: number;
  /** Characters kept in all (default 5,000,000): the rest is cut off. */
  maxChars?: number;
}

const DEFAULTS: Required<ExtractionLimits> = {
  timeoutMs: 20_000,
  maxMemoryMb: 256,
  maxPages: 2_000,
  maxChars: 5_000_000,
};

/**
 * The worker's entry, a plain `.mjs` file beside this one. The API runs from its TypeScript
 * sources (`node -r @swc-node/register apps/api/src/main.ts`, also in docker/Dockerfile, which
 * copies libs/ whole), so `__dirname` is this folder in tests, development and production alike.
 * A bundled build would have to copy the file next to its output.
 */
export const EXTRACTION_WORKER = resolve(__dirname, 'extract-text.worker.mjs');

/**
 * Text per page of a PDF (for the redaction assistant), and text per sheet of an XLSX or CSV;
 * null when none can be extracted: an unreadable, encrypted or image-only file, or one whose
 * parsing ran out of time or memory. The file is parsed in a worker thread (pdfjs-dist, exceljs)
 * bounded by `limits`, never in the caller's thread.
 */
export async function extractText(
  data: Buffer,
  kind: 'pdf' | 'xlsx' | 'csv',
  limits: ExtractionLimits = {},
): Promise<ExtractedText | null> {
  const { timeoutMs, maxMemoryMb, ...bounds } = { ...DEFAULTS, ...limits };
  if (!existsSync(EXTRACTION_WORKER))
    throw new Error(`The text extraction worker is missing: ${EXTRACTION_WORKER}`);
  // A copy of its own, moved (not copied again) into the worker.
  const copy = new Uint8Array(data);
  const worker = new Worker(EXTRACTION_WORKER, {
    workerData: { data: copy, kind, limits: bounds },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  // Whatever the parser prints is dropped (it could quote the document).
  worker.stdout.resume();
  worker.stderr.resume();
  const parts = await new Promise<ExtractedText['parts'] | null>((done) => {
    const timer = setTimeout(() => done(null), timeoutMs);
    const finish = (value: ExtractedText['parts'] | null) => {
      clearTimeout(timer);
      done(value);
    };
    worker.once('message', (m: { parts?: ExtractedText['parts'] }) => finish(m.parts ?? null));
    worker.once('error', () => finish(null));
    worker.once('exit', () => finish(null));
  });
  await worker.terminate();
  if (!parts || parts.every((p) => p.text === '')) return null;
  return { parts };
}
