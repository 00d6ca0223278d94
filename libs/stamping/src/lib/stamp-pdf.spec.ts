import { AppError, ErrorCode } from '@alianza/shared';
import { degrees, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { extractText } from './extract-text';
import { encodable, NEUTRAL_PRODUCER, pdfPageCount, stampPdf } from './stamp-pdf';
import { AWKWARD, pageText, sourcePdf } from './test-files';
import { Watermark } from './watermark';

const ES: Watermark = {
  recipientOrganization: 'Harinas del Norte, S.L.',
  recipientPerson: 'María Pérez',
  date: '5 dic 2026',
  grantReference: 'G-1234',
  language: 'es',
};

async function texts(pdf: Uint8Array): Promise<{ label: string; text: string }[]> {
  const extracted = await extractText(Buffer.from(pdf), 'pdf');
  if (!extracted) throw new Error('no text extracted');
  return extracted.parts;
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('stampPdf', () => {
  let source: Uint8Array;
  beforeAll(async () => {
    source = await sourcePdf(12);
  });

  it('keeps only the chosen pages, in document order, each once, each stamped', async () => {
    const parts = await texts(await stampPdf(source, [5, 1, 3, 2, 4, 3], ES));

    expect(parts.map((p) => p.label)).toEqual(['p. 1', 'p. 2', 'p. 3', 'p. 4', 'p. 5']);
    parts.forEach((part, i) => {
      const others = Array.from({ length: 12 }, (_, n) => n + 1).filter((n) => n !== i + 1);
      expect(part.text).toContain(pageText(i + 1, 12));
      for (const n of others) expect(part.text).not.toContain(pageText(n, 12));
      expect(part.text).toContain('Harinas del Norte, S.L. — María Pérez');
      expect(part.text).toContain(
        'Compartido con Harinas del Norte, S.L. · María Pérez · 5 dic 2026 · ref. G-1234',
      );
    });
  });

  it("stamps every page with 'all', in English when the recipient reads English", async () => {
    const parts = await texts(await stampPdf(source, 'all', { ...ES, language: 'en' }));

    expect(parts).toHaveLength(12);
    parts.forEach((part, i) => {
      expect(part.text).toContain(pageText(i + 1, 12));
      expect(part.text).toContain('Shared with Harinas del Norte, S.L. · María Pérez');
    });
  });

  it.each([[[0]], [[13]], [[2, 1.5]], [[]], [[Number.NaN]]])(
    'refuses pages %j that are not pages of the document',
    async (pages) => {
      const error = await refusal(stampPdf(source, pages, ES));
      expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.details).toEqual({ field: 'pages' });
    },
  );

  it('refuses a file that is not a PDF, naming the file', async () => {
    const error = await refusal(stampPdf(Buffer.from('%PNG not a pdf at all'), 'all', ES));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'file' });
  });

  it('leaves the source’s metadata, annotations, forms, attachments and scripts behind', async () => {
    const out = await PDFDocument.load(await stampPdf(source, [1, 2], ES), {
      updateMetadata: false,
    });

    expect(out.getTitle()).toBeUndefined();
    expect(out.getAuthor()).toBeUndefined();
    expect(out.getSubject()).toBeUndefined();
    expect(out.getKeywords()).toBeUndefined();
    expect(out.getProducer()).toBe(NEUTRAL_PRODUCER);
    expect(out.getCreator()).toBe(NEUTRAL_PRODUCER);
    for (const key of ['Metadata', 'OpenAction', 'AcroForm', 'Names', 'Outlines', 'AA'])
      expect(out.catalog.get(PDFName.of(key))).toBeUndefined();
    for (const page of out.getPages()) {
      // (pdf-lib gives every page it adds an empty /Annots.)
      expect(page.node.Annots()?.size() ?? 0).toBe(0);
      expect(page.node.get(PDFName.of('AA'))).toBeUndefined();
    }
    // Nor anywhere else in the file: no object left behind unlinked.
    const objects = out.context
      .enumerateIndirectObjects()
      .map(([, object]) => object.toString())
      .join('\n');
    for (const trace of [
      'tracker.example',
      '/Type /Annot',
      '/Link',
      '/Widget',
      'iban',
      'adjunto',
      'JavaScript',
    ])
      expect(objects).not.toContain(trace);
    // The source did carry them.
    const original = await PDFDocument.load(source, { updateMetadata: false });
    expect(original.getTitle()).toBe('Plan secreto de costes');
    expect(original.catalog.get(PDFName.of('OpenAction'))).toBeDefined();
    expect(original.getPage(0).node.get(PDFName.of('Annots'))).toBeDefined();
  });

  it('writes names with accents, markup characters and letters Helvetica lacks', async () => {
    const parts = await texts(await stampPdf(source, [7], AWKWARD));

    expect(parts).toHaveLength(1);
    expect(parts[0]!.text).toContain(pageText(7, 12));
    expect(parts[0]!.text).toContain(
      'Compartido con Panadería <Ñandú> & "Hijos" · Zoë Lukasiewicz-Sahin ? · 5 dic 2026 · ref. G-7F3A',
    );
  });

  it('stamps a rotated page in the orientation the reader sees', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([842, 595]);
    page.drawText('Apaisada', { x: 60, y: 500, font });
    page.setRotation(degrees(90));
    const out = await stampPdf(await doc.save(), 'all', ES);

    const stamped = (await PDFDocument.load(out)).getPage(0);
    expect(stamped.getRotation().angle).toBe(90);
    const [part] = await texts(out);
    expect(part!.text).toContain('Apaisada');
    expect(part!.text).toContain('Compartido con Harinas del Norte');
  });
});

describe('pdfPageCount', () => {
  it('counts the pages', async () => {
    expect(await pdfPageCount(await sourcePdf(3))).toBe(3);
  });

  it('refuses an encrypted PDF, naming the file', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, P: -4 });
    const error = await refusal(pdfPageCount(await doc.save()));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'file' });
  });

  it('refuses bytes that are not a PDF', async () => {
    const error = await refusal(pdfPageCount(new Uint8Array([1, 2, 3])));
    expect(error.details).toEqual({ field: 'file' });
  });
});

describe('encodable', () => {
  it('transliterates what WinAnsi lacks and keeps what it has', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(encodable(font, 'Ñandú € Łódź Şahin Dvořák 東京 “ok”')).toBe(
      'Ñandú € Lódz Sahin Dvorák ?? “ok”',
    );
  });
});
