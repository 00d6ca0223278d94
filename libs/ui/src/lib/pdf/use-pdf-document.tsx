import { useEffect, useState, type ReactNode } from 'react';
import { openPdf, problemOf, type PDFDocumentProxy, type PdfProblem } from './pdf-document';
import { PdfError, PdfLoading } from './pdf-states';

export type PdfDocumentState =
  | { status: 'loading' }
  | { status: 'error'; problem: PdfProblem }
  | { status: 'ready'; pdf: PDFDocumentProxy };

/**
 * The document at `url`, opened while the component is mounted (closed, worker and all, when it
 * unmounts or the url changes); `retry` fetches it again.
 */
export function usePdfDocument(url: string): PdfDocumentState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PdfDocumentState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    openPdf(url, controller.signal).then(
      ({ pdf }) => {
        if (!controller.signal.aborted) setState({ status: 'ready', pdf });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', problem: problemOf(error) });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

/** `children` with the document at `url` once open; meanwhile the loading state, else the error. */
export function WithPdf(props: { url: string; children: (pdf: PDFDocumentProxy) => ReactNode }) {
  const document = usePdfDocument(props.url);
  if (document.status === 'loading') return <PdfLoading />;
  if (document.status === 'error')
    return <PdfError problem={document.problem} onRetry={document.retry} />;
  return <>{props.children(document.pdf)}</>;
}
