import { extractText } from '@alianza/stamping';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfSafeText } from './pdf-text';
import { PdfWriter } from './pdf-writer';

describe('pdfSafeText', () => {
  it('keeps Spanish and WinAnsi text, approximates the rest, never fails', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(pdfSafeText('Año: «Panadería Núñez» – 12,50 € …', font)).toBe(
      'Año: «Panadería Núñez» – 12,50 € …',
    );
    expect(pdfSafeText('Łódź → Kraków ő č', font)).toBe('?ódz -> Kraków o c');
    expect(pdfSafeText('東京 🍞\nfin', font)).toBe('?? ? fin');
  });
});

describe('PdfWriter', () => {
  it('writes text that can be extracted again, over several pages, with page numbers', async () => {
    const pdf = await PdfWriter.create({
      title: 'Prueba',
      language: 'es',
      timeZone: 'Europe/Madrid',
    });
    pdf.title('Declaración final', 'Panadería Núñez').heading('Saldos');
    pdf.table({
      name: 'Saldos',
      columns: [
        { header: 'Organización', kind: 'text' },
        { header: 'Saldo', kind: 'money', currency: 'EUR' },
      ],
      rows: Array.from({ length: 80 }, (_, i) => [`Organización ${i + 1}`, `${i}.50`]),
    });
    pdf.table({
      name: 'Resumen',
      columns: [
        { header: 'Título', kind: 'text' },
        { header: 'Estado', kind: 'text' },
        { header: 'Avance', kind: 'percent' },
        { header: 'Valor', kind: 'money', unit: 'puntos' },
      ],
      rows: [['Pan', 'Activa', 25, '130.00']],
    });
    pdf.code('a'.repeat(64)).paragraph('Łódź');
    const bytes = await pdf.save();
    const text = await extractText(Buffer.from(bytes), 'pdf');
    expect(text?.parts.length).toBeGreaterThan(1);
    const all = text!.parts.map((p) => p.text).join('\n');
    expect(all).toContain('Declaración final');
    expect(all).toContain('Organización 80');
    expect(all).toContain('79,50 €');
    expect(all).toContain('a'.repeat(64));
    expect(all).toContain('?ódz');
    // One wide row: label and value, down the page.
    expect(all).toMatch(/Avance\s*25 %/);
    expect(all).toMatch(/Valor \(puntos\)\s*130,00 pts/);
    expect(all).toContain(`Página 1 de ${text!.parts.length}`);
    // The header is repeated at the top of the second page.
    expect(text!.parts[1].text).toContain('Saldo (EUR)');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Prueba');
  });
});
