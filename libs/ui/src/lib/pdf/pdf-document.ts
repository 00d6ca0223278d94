import {
  getDocument,
  PDFWorker,
  VerbosityLevel,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';

export type { PDFDocumentProxy };

/** Why a document could not be shown, as the viewer words it. */
export type PdfProblem = 'notFound' | 'forbidden' | 'unauthorized' | 'network' | 'unreadable';

/** A failure to fetch or parse a document, with the sentence the viewer shows for it. */
export class PdfLoadError extends Error {
  constructor(
    readonly problem: PdfProblem,
    options?: { cause?: unknown },
  ) {
    super(`PDF not shown: ${problem}`, options);
    this.name = 'PdfLoadError';
  }
}

/** An open document and what frees it (its worker included). */
export interface OpenPdf {
  pdf: PDFDocumentProxy;
  close: () => void;
}

const problemOfStatus = (status: number): PdfProblem =>
  status === 404 || status === 410
    ? 'notFound'
    : status === 403
      ? 'forbidden'
      : status === 401
        ? 'unauthorized'
        : 'network';

/**
 * Fetches a document with the session cookie (same origin: `/files/…`, `/grants/…`) and
 * answers its bytes. An HTTP error or a network failure is a {@link PdfLoadError}.
 */
async function fetchBytes(url: string, signal: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PdfLoadError('network', { cause: error });
  }
  if (!response.ok) throw new PdfLoadError(problemOfStatus(response.status));
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * A worker per document, closed with it. Without `Worker` (a test's jsdom) pdf.js parses on
 * the main thread, with the handler `globalThis.pdfjsWorker` holds.
 */
function startWorker(): { worker?: PDFWorker; port?: Worker } {
  if (typeof Worker === 'undefined') return {};
  const port = new Worker(new URL('./pdf.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pdf.js',
  });
  return { worker: PDFWorker.create({ port, name: 'pdf.js' }), port };
}

/**
 * Opens the PDF at `url`. The bytes are fetched by us, not by pdf.js, so the request carries the
 * session cookie and its status becomes a sentence. pdf.js runs without `eval` (the CSP forbids
 * it) and without XFA forms or scripts; fonts a file does not embed are drawn with the
 * system's (no font files are fetched).
 */
export async function openPdf(url: string, signal: AbortSignal): Promise<OpenPdf> {
  const data = await fetchBytes(url, signal);
  if (signal.aborted) throw signal.reason;
  const { worker, port } = startWorker();
  const task = getDocument({
    data,
    worker,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  const close = () => {
    void task.destroy().finally(() => {
      worker?.destroy();
      port?.terminate();
    });
  };
  signal.addEventListener('abort', close, { once: true });
  try {
    return { pdf: await task.promise, close };
  } catch (error) {
    close();
    if (signal.aborted) throw error;
    throw new PdfLoadError('unreadable', { cause: error });
  }
}

/** The problem a failure is shown as: ours, or "unreadable" for anything pdf.js threw. */
export const problemOf = (error: unknown): PdfProblem =>
  error instanceof PdfLoadError ? error.problem : 'unreadable';
