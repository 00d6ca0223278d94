import { lazy, Suspense } from 'react';
import type { PdfThumbnailsProps, PdfViewerProps } from './pdf-props';
import { PdfLoading } from './pdf-states';

// pdf.js (about 1 MB with its worker) arrives with the first PDF shown, in chunks of its own:
// nothing here imports it statically, so no app's first load carries it (check:bundle-size).
const Viewer = lazy(() => import('./pdf-viewer').then((m) => ({ default: m.PdfViewerView })));
const Thumbnails = lazy(() =>
  import('./pdf-thumbnails').then((m) => ({ default: m.PdfThumbnailsView })),
);

/**
 * A PDF, page by page: previous/next, a page number to type, zoom (fit to width by default),
 * with loading and error states in the reader's language. The document is fetched from `url`
 * with the session cookie when the component mounts, and closed when it unmounts.
 *
 *   <PdfViewer url={file.viewUrl} pageLabels={file.pagesShared ?? undefined} />
 */
export function PdfViewer(props: PdfViewerProps) {
  return (
    <Suspense fallback={<PdfLoading />}>
      <Viewer {...props} />
    </Suspense>
  );
}

/**
 * Small pictures of some pages of a PDF (e.g. the pages a participant proposes to share, for the
 * facilitator's review), drawn as they scroll into view, each captioned with its page number.
 *
 *   <PdfThumbnails url={`/files/${file.id}`} pages={[1, 2, 5]} />
 */
export function PdfThumbnails(props: PdfThumbnailsProps) {
  return (
    <Suspense fallback={<PdfLoading />}>
      <Thumbnails {...props} />
    </Suspense>
  );
}
