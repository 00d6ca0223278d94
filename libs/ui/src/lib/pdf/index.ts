export { PdfThumbnails, PdfViewer } from './pdf';
export type { PdfThumbnailsProps, PdfViewerProps } from './pdf-props';
export { pdfMessages } from './messages';
