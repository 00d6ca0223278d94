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

function startWorker(maxMemoryMb: number): Worker {
  if (!existsSync(EXTRACTION_WORKER))
    throw new Error(`The text extraction worker is missing: ${EXTRACTION_WORKER}`);
  // The worker drops whatever the parsers print (it could quote the document); its output is
  // not piped here, which would hold the process open while a spare waits.
  return new Worker(EXTRACTION_WORKER, {
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 32 },
  });
}

/**
 * A worker started ahead of its file, with the default limits: it loads the parsers (most of a
 * cold start: seconds on a busy machine) while no one waits, then takes one file and ends. Made
 * after each extraction, so only a process that extracts keeps one (one in all); unref'd, so it
 * never holds the process open.
 */
let spare: Worker | null = null;

function takeWorker(maxMemoryMb: number): Worker {
  if (maxMemoryMb !== DEFAULTS.maxMemoryMb || !spare) return startWorker(maxMemoryMb);
  const worker = spare;
  spare = null;
  worker.ref();
  return worker;
}

/**
 * Has a spare worker ready for the next extraction (after each one, and when a file that may be
 * read comes in), unless there is one already.
 */
export function prepareExtraction(): void {
  if (spare) return;
  const next = startWorker(DEFAULTS.maxMemoryMb);
  next.unref();
  // A spare that dies waiting is forgotten (the next extraction starts one of its own).
  const forget = () => {
    if (spare === next) spare = null;
  };
  next.once('error', forget);
  next.once('exit', forget);
  spare = next;
}

/** Ends the spare worker, if any (at shutdown). */
export async function stopExtractionWorkers(): Promise<void> {
  const worker = spare;
  spare = null;
  await worker?.terminate();
}

/**
 * Text per page of a PDF (for the redaction assistant), and text per sheet of an XLSX or CSV;
 * null when none can be extracted: an unreadable, encrypted or image-only file, or one whose
 * parsing ran out of time or memory. The file is parsed in a worker thread of its own (pdfjs-dist,
 * exceljs) bounded by `limits`, never in the caller's thread, and no worker reads two files.
 */
export async function extractText(
  data: Buffer,
  kind: 'pdf' | 'xlsx' | 'csv',
  limits: ExtractionLimits = {},
): Promise<ExtractedText | null> {
  const { timeoutMs, maxMemoryMb, ...bounds } = { ...DEFAULTS, ...limits };
  const worker = takeWorker(maxMemoryMb);
  const parts = await new Promise<ExtractedText['parts'] | null>((done) => {
    const timer = setTimeout(() => done(null), timeoutMs);
    const finish = (value: ExtractedText['parts'] | null) => {
      clearTimeout(timer);
      done(value);
    };
    worker.once('message', (m: { parts?: ExtractedText['parts'] }) => finish(m.parts ?? null));
    worker.once('error', () => finish(null));
    worker.once('exit', () => finish(null));
    // A copy of its own, moved (not copied again) into the worker.
    const copy = new Uint8Array(data);
    worker.postMessage({ data: copy, kind, limits: bounds }, [copy.buffer]);
  });
  await worker.terminate();
  prepareExtraction();
  if (!parts || parts.every((p) => p.text === '')) return null;
  return { parts };
}
