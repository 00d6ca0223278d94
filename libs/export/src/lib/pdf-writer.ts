import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { displayCell } from './display-cell';
import { ExportLanguage, ExportOptions } from './export-options';
import { ExportColumn, ExportTable, headerWithUnit } from './export-table';
import { pdfSafeText } from './pdf-text';

/** A4 in points, and the page's margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const TEXT = { size: 10, leading: 13.5 };
const GREY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.75, 0.75, 0.75);

const PAGE_WORDS: Record<ExportLanguage, (page: number, pages: number) => string> = {
  es: (page, pages) => `Página ${page} de ${pages}`,
  en: (page, pages) => `Page ${page} of ${pages}`,
};

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/**
 * A plain document for people, written top to bottom on A4 pages: headings, paragraphs, pairs of
 * label and value, and tables (the same `ExportTable`s as the spreadsheets). The text is real
 * text in the standard fonts (copyable, searchable, read aloud), so it is limited to WinAnsi:
 * see `pdfSafeText`. Pages are numbered at the end.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly options: ExportOptions,
  ) {
    this.newPage();
  }

  static async create(options: ExportOptions & { title: string }): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(options.title);
    doc.setLanguage(options.language === 'es' ? 'es-ES' : 'en-GB');
    doc.setCreator('Alianza');
    doc.setProducer('Alianza (pdf-lib)');
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      mono: await doc.embedFont(StandardFonts.Courier),
    };
    return new PdfWriter(doc, fonts, options);
  }

  private get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  /** Moves down by `height`, on a new page when it does not fit. */
  private room(height: number): void {
    if (this.y - height < PAGE.margin + 20) this.newPage();
  }

  /** Lines of at most `width` points: broken between words, a too-long word between letters. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const safe = pdfSafeText(text, font);
    const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
    const lines: string[] = [];
    let line = '';
    for (const word of safe.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (!fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
    return lines;
  }

  private lines(
    text: string,
    options: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb>; gap?: number } = {},
  ): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? TEXT.size;
    const leading = size * 1.35;
    for (const line of this.wrap(text, font, size, this.width)) {
      this.room(leading);
      this.y -= leading;
      this.page.drawText(line, { x: PAGE.margin, y: this.y, size, font, color: options.color });
    }
    this.y -= options.gap ?? 4;
  }

  title(text: string, subtitle?: string): this {
    this.lines(text, { font: this.fonts.bold, size: 18, gap: 2 });
    if (subtitle) this.lines(subtitle, { color: GREY, gap: 10 });
    return this;
  }

  heading(text: string): this {
    this.room(40);
    this.y -= 10;
    this.lines(text, { font: this.fonts.bold, size: 13, gap: 6 });
    return this;
  }

  paragraph(text: string): this {
    this.lines(text, { gap: 6 });
    return this;
  }

  /** Monospaced (a seal, a code to copy exactly). */
  code(text: string): this {
    this.lines(text, { font: this.fonts.mono, size: 9, gap: 6 });
    return this;
  }

  /** Label: value, one pair a line. */
  pairs(pairs: [string, string][]): this {
    const labelWidth = this.width * 0.45;
    for (const [label, value] of pairs) {
      const labelLines = this.wrap(label, this.fonts.regular, TEXT.size, labelWidth - 8);
      const valueLines = this.wrap(value, this.fonts.bold, TEXT.size, this.width - labelWidth);
      const count = Math.max(labelLines.length, valueLines.length);
      this.room(count * TEXT.leading);
      labelLines.forEach((line, i) =>
        this.page.drawText(line, {
          x: PAGE.margin,
          y: this.y - (i + 1) * TEXT.leading,
          size: TEXT.size,
          font: this.fonts.regular,
          color: GREY,
        }),
      );
      valueLines.forEach((line, i) =>
        this.page.drawText(line, {
          x: PAGE.margin + labelWidth,
          y: this.y - (i + 1) * TEXT.leading,
          size: TEXT.size,
          font: this.fonts.bold,
        }),
      );
      this.y -= count * TEXT.leading + 2;
    }
    this.y -= 4;
    return this;
  }

  /**
   * A table: its header bold (again at the top of each new page), numbers right-aligned, long
   * cells wrapped within their column. Text columns get twice the room of the others. A table of
   * one row and more than three columns is written as label/value pairs.
   */
  table(table: ExportTable, empty?: string): this {
    if (table.rows.length === 0) return empty ? this.paragraph(empty) : this;
    const header = (c: ExportColumn) => headerWithUnit(c, c.kind === 'money' ? c.currency : null);
    if (table.rows.length === 1 && table.columns.length > 3) {
      // One wide row reads better down the page, as label and value.
      const [row] = table.rows;
      return this.pairs(
        table.columns.map((c, i) => [header(c), displayCell(c, row[i] ?? null, this.options)]),
      );
    }
    const weights = table.columns.map((c) => (c.kind === 'text' ? 2 : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * this.width);
    const pad = 4;
    const size = 9;
    const leading = 12;
    const prepare = (cells: string[], font: PDFFont) => {
      const lines = cells.map((cell, i) => this.wrap(cell, font, size, widths[i] - 2 * pad));
      return { lines, font, height: Math.max(...lines.map((l) => l.length)) * leading + 4 };
    };
    const draw = (row: ReturnType<typeof prepare>) => {
      let x = PAGE.margin;
      row.lines.forEach((lines, i) => {
        const right = table.columns[i].kind !== 'text';
        lines.forEach((line, n) => {
          const lineWidth = row.font.widthOfTextAtSize(line, size);
          this.page.drawText(line, {
            x: right ? x + widths[i] - pad - lineWidth : x + pad,
            y: this.y - 11 - n * leading,
            size,
            font: row.font,
          });
        });
        x += widths[i];
      });
      this.y -= row.height;
      this.page.drawLine({
        start: { x: PAGE.margin, y: this.y },
        end: { x: PAGE.margin + this.width, y: this.y },
        thickness: 0.5,
        color: RULE,
      });
    };
    const headerRow = prepare(table.columns.map(header), this.fonts.bold);
    const rows = table.rows.map((row) =>
      prepare(
        table.columns.map((c, i) => displayCell(c, row[i] ?? null, this.options)),
        this.fonts.regular,
      ),
    );
    this.room(headerRow.height + rows[0].height);
    draw(headerRow);
    for (const row of rows) {
      if (this.y - row.height < PAGE.margin + 20) {
        this.newPage();
        draw(headerRow);
      }
      draw(row);
    }
    this.y -= 8;
    return this;
  }

  /** A file carried inside the document (shown in a PDF reader's attachments panel). */
  async attach(
    data: Uint8Array,
    name: string,
    options: { mimeType: string; description: string },
  ): Promise<void> {
    await this.doc.attach(data, name, { ...options, creationDate: new Date() });
  }

  /** The document's bytes, every page numbered ("Página 2 de 3"). */
  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    const footer = PAGE_WORDS[this.options.language];
    pages.forEach((page, i) => {
      const text = footer(i + 1, pages.length);
      const width = this.fonts.regular.widthOfTextAtSize(text, 8);
      page.drawText(text, {
        x: PAGE.width - PAGE.margin - width,
        y: PAGE.margin / 2,
        size: 8,
        font: this.fonts.regular,
        color: GREY,
      });
    });
    return this.doc.save();
  }
}
