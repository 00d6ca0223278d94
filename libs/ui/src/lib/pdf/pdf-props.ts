/** What `PdfViewer` takes. */
export interface PdfViewerProps {
  /**
   * Where the PDF is, on the app's origin: fetched with the session cookie, e.g. a
   * `SharedFile.viewUrl` (`/grants/…/files/…`) or `/files/{id}` (owner, facilitator).
   */
  url: string;
  /**
   * The original's page number of each page of this copy (a copy of pages 3, 7 and 9 is
   * `[3, 7, 9]`), so the viewer says "page 2 of 3 (page 7 of the original)". Leave out for a
   * whole document.
   */
  pageLabels?: readonly number[];
  /** Height of the page area (CSS); 70 % of the window by default. */
  height?: number | string;
}

/** What `PdfThumbnails` takes. */
export interface PdfThumbnailsProps {
  /** As for `PdfViewer`: a same-origin URL, fetched with the session cookie. */
  url: string;
  /** The pages to show, 1-based, in the order given; one not in the document says so. */
  pages: readonly number[];
  /** Width of each thumbnail in CSS pixels (120 by default). */
  width?: number;
}
