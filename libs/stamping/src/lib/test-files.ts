import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { Watermark } from './watermark';

/** A recipient whose names need escaping (XML, CSV) and transliterating (WinAnsi). */
export const AWKWARD: Watermark = {
  recipientOrganization: 'Panadería <Ñandú> & "Hijos"',
  recipientPerson: 'Zoë Łukasiewicz-Şahin 王',
  date: '5 dic 2026',
  grantReference: 'G-7F3A',
  language: 'es',
};

export const pageText = (n: number, count: number): string =>
  `Página ${n} de ${count} — coste 1.234 €`;

/**
 * A PDF of `count` pages, each saying `pageText(n, count)`, carrying what a derivative must not:
 * title, author, subject, keywords, XMP, a link annotation, a form field, an attachment and an
 * open action running JavaScript.
 */
export async function sourcePdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++)
    doc.addPage([595, 842]).drawText(pageText(n, count), { x: 60, y: 760, size: 14, font });
  doc.setTitle('Plan secreto de costes');
  doc.setAuthor('Directora financiera');
  doc.setSubject('Confidencial');
  doc.setKeywords(['interno']);
  doc.setProducer('Editor interno 9.1');
  const context = doc.context;
  context.lookup(doc.catalog.get(PDFName.of('Pages')));
  doc.catalog.set(
    PDFName.of('Metadata'),
    context.register(
      context.flateStream('<x:xmpmeta xmlns:x="adobe:ns:meta/">Directora financiera</x:xmpmeta>', {
        Type: 'Metadata',
        Subtype: 'XML',
      }),
    ),
  );
  doc.catalog.set(
    PDFName.of('OpenAction'),
    context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hola")') }),
  );
  const link = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [60, 700, 300, 720],
      A: { S: 'URI', URI: PDFString.of('https://tracker.example/abc') },
    }),
  );
  doc.getPage(0).node.set(PDFName.of('Annots'), context.obj([link]));
  doc.getForm().createTextField('iban').addToPage(doc.getPage(0), { x: 60, y: 600 });
  await doc.attach(Buffer.from('adjunto'), 'adjunto.txt', { mimeType: 'text/plain' });
  return doc.save();
}

/** A plain PDF whose page n says `pages[n - 1]` (one line each; WinAnsi letters only). */
export async function textPdf(pages: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages)
    doc.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 14, font });
  return doc.save();
}
