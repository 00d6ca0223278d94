import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { PdfThumbnails, PdfViewer } from './index';

/** A real PDF: `pages` pages, each a black square on white. */
async function pdfBytes(pages: number): Promise<ArrayBuffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    doc
      .addPage([200, 300])
      .drawRectangle({ x: 50, y: 100, width: 100, height: 100, color: rgb(0, 0, 0) });
  }
  const bytes = await doc.save();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const answer = (body: BodyInit | null, status = 200) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status }));

// jsdom has no Worker: pdf.js then parses on the main thread, with the worker's own handler
// (pdf.js's documented fallback). jsdom has no 2D canvas either: the page canvases draw on
// @napi-rs/canvas (what pdf.js itself draws with under Node), so the drawing is pdf.js's.
const drawnOn = new WeakMap<HTMLCanvasElement, Canvas>();
const jsdomGetContext = HTMLCanvasElement.prototype.getContext;
beforeAll(async () => {
  // @ts-expect-error pdfjs-dist declares types for its main module only
  const handler: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Object.assign(globalThis, { pdfjsWorker: handler });
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    const canvas = createCanvas(this.width, this.height);
    drawnOn.set(this, canvas);
    return canvas.getContext('2d');
  } as unknown as typeof jsdomGetContext;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = jsdomGetContext;
});

/** Whether pdf.js drew the page: white paper at a corner, the black square in the middle. */
function squareDrawn(label: string): boolean {
  const element = screen.getByRole('img', { name: label }) as HTMLCanvasElement;
  const canvas = drawnOn.get(element);
  if (!canvas) return false;
  const pixel = (x: number, y: number) => [
    ...canvas.getContext('2d').getImageData(x, y, 1, 1).data,
  ];
  return (
    pixel(2, 2).join() === '255,255,255,255' &&
    pixel(canvas.width / 2, canvas.height / 2).join() === '0,0,0,255'
  );
}

describe('PdfViewer', () => {
  it('fetches with the session cookie and shows the first page, then the next', async () => {
    const fetch = answer(await pdfBytes(3));
    renderWithProviders(<PdfViewer url="/grants/g1/files/f1" />);
    expect(await screen.findByText('Cargando el documento…')).toBeInTheDocument();
    expect(await screen.findByText('Página 1 de 3')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(
      '/grants/g1/files/f1',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    await waitFor(() => expect(squareDrawn('Página 1 de 3')).toBe(true));
    expect(screen.getByRole('button', { name: 'Página anterior' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Página siguiente' }));
    expect(await screen.findByText('Página 2 de 3')).toBeInTheDocument();
    await waitFor(() => expect(squareDrawn('Página 2 de 3')).toBe(true));
  });

  it("names the original's page numbers of a copy of some pages", async () => {
    answer(await pdfBytes(2));
    renderWithProviders(<PdfViewer url="/grants/g1/files/f1" pageLabels={[4, 9]} />, {
      language: 'en',
    });
    expect(await screen.findByText('Page 1 of 2 (page 4 of the original)')).toBeInTheDocument();
    const input = screen.getByRole('textbox', { name: 'Page' });
    fireEvent.change(input, { target: { value: '2' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Page 2 of 2 (page 9 of the original)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('says an access that is gone is gone, in the reader’s language', async () => {
    answer(null, 404);
    renderWithProviders(<PdfViewer url="/grants/g1/files/f1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'El documento ya no está disponible',
    );
    expect(screen.queryByRole('button', { name: 'Reintentar' })).toBeNull();
  });

  it('offers to try again after a network failure, and then shows the document', async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(await pdfBytes(1)));
    renderWithProviders(<PdfViewer url="/files/f1" />, { language: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The document could not be downloaded',
    );
    fireEvent.click(screen.getByRole('button', { name: /retry|try again/i }));
    expect(await screen.findByText('Page 1 of 1')).toBeInTheDocument();
  });

  it('says when the bytes are not a PDF', async () => {
    answer('<html>not a pdf</html>');
    renderWithProviders(<PdfViewer url="/files/f1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'El documento no se puede leer como PDF.',
    );
  });
});

describe('PdfThumbnails', () => {
  it('draws the pages asked for, and says which are not in the document', async () => {
    answer(await pdfBytes(3));
    renderWithProviders(<PdfThumbnails url="/files/f1" pages={[1, 3, 9]} />);
    const list = await screen.findByRole('list', { name: 'Miniaturas de las páginas' });
    expect(list.querySelectorAll('figcaption')).toHaveLength(3);
    expect(screen.getByText('La página 9 no existe en este documento.')).toBeInTheDocument();
    await waitFor(() => expect(squareDrawn('Página 3 de 3')).toBe(true));
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });
});
