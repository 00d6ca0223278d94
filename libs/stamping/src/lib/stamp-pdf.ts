import { AppError } from '@alianza/shared';
import {
  degrees,
  grayscale,
  PDFContentStream,
  PDFDocument,
  PDFFont,
  PDFPage,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from 'pdf-lib';
import { Watermark, watermarkHeadline, watermarkLine } from './watermark';

/** What a derivative says about itself instead of the source's title, author, producer… */
export const NEUTRAL_PRODUCER = 'Alianza';

/**
 * The entries of a page dictionary a derivative keeps: its content and geometry. Everything
 * else — annotations (links, form fields, comments), page actions (/AA), metadata, thumbnails,
 * article beads, structure, piece info — stays behind.
 */
const PAGE_KEYS = new Set([
  'Type',
  'Parent',
  'Resources',
  'Contents',
  'MediaBox',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Rotate',
  'UserUnit',
  'Group',
]);

/** Letters the standard fonts cannot write and Unicode does not decompose. */
const TRANSLITERATIONS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  ĸ: 'k',
  ŋ: 'n',
  Ŋ: 'N',
  '\u2212': '-',
};

async function load(pdf: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // Encrypted documents are refused by pdf-lib unless told otherwise: so they are here.
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch {
    throw AppError.badInput('The file is not a readable PDF (or it is encrypted).', {
      field: 'file',
    });
  }
  if (doc.getPageCount() === 0) throw AppError.badInput('The PDF has no pages.', { field: 'file' });
  return doc;
}

/** Page count of a PDF; BAD_USER_INPUT (field 'file') when it is not a readable PDF or is encrypted. */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await load(pdf)).getPageCount();
}

/** 1-based pages, in document order, each once; BAD_USER_INPUT naming 'pages' when out of range. */
export function selectPages(pages: readonly number[] | 'all', count: number): number[] {
  if (pages === 'all') return Array.from({ length: count }, (_, i) => i + 1);
  const bad = pages.find((p) => !Number.isInteger(p) || p < 1 || p > count);
  if (bad !== undefined)
    throw AppError.badInput(`Page ${bad} is not a page of this ${count}-page document.`, {
      field: 'pages',
    });
  if (pages.length === 0) throw AppError.badInput('Choose at least one page.', { field: 'pages' });
  return [...new Set(pages)].sort((a, b) => a - b);
}

/**
 * A new PDF of only `pages` (1-based, in document order, deduplicated), each stamped with the
 * recipient's watermark: a diagonal, semi-transparent line naming the organization and person,
 * and a footer line ("Compartido con … · persona · fecha · ref. …"). The pages are copied into a
 * fresh document: the source's catalog (outline, forms, JavaScript, attachments, open actions,
 * XMP) never comes along, its pages lose everything but content and geometry, and the
 * document's information says only "Alianza".
 */
export async function stampPdf(
  pdf: Uint8Array,
  pages: readonly number[] | 'all',
  watermark: Watermark,
): Promise<Uint8Array> {
  const source = await load(pdf);
  const chosen = selectPages(pages, source.getPageCount());

  const out = await PDFDocument.create({ updateMetadata: false });
  const now = new Date();
  out.setProducer(NEUTRAL_PRODUCER);
  out.setCreator(NEUTRAL_PRODUCER);
  out.setCreationDate(now);
  out.setModificationDate(now);
  const font = await out.embedFont(StandardFonts.Helvetica);
  const headline = encodable(font, watermarkHeadline(watermark));
  const footer = encodable(font, watermarkLine(watermark));

  // Stripped in the source, before copying: the copier takes along every object a page refers
  // to, and an object copied and then unlinked would still be written into the file.
  for (const n of chosen) {
    const node = source.getPage(n - 1).node;
    for (const key of node.keys()) if (!PAGE_KEYS.has(key.asString().slice(1))) node.delete(key);
  }
  const copied = await out.copyPages(
    source,
    chosen.map((p) => p - 1),
  );
  // `q` and `Q` around each page's own content: two tiny streams, shared by every page.
  const context = out.context;
  const operator = (op: ReturnType<typeof pushGraphicsState>) =>
    context.register(PDFContentStream.of(context.obj({}), [op], false));
  const wrap = { save: operator(pushGraphicsState()), restore: operator(popGraphicsState()) };
  for (const page of copied) {
    out.addPage(page);
    page.node.wrapContentStreams(wrap.save, wrap.restore);
    stampPage(page, font, headline, footer);
  }
  return out.save();
}

/** The text with every character the font cannot encode transliterated, or '?'. */
export function encodable(font: PDFFont, text: string): string {
  let result = '';
  for (const char of text) {
    if (canEncode(font, char)) result += char;
    else {
      const plain = TRANSLITERATIONS[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
      result += plain && [...plain].every((c) => canEncode(font, c)) ? plain : '?';
    }
  }
  return result;
}

function canEncode(font: PDFFont, char: string): boolean {
  try {
    font.encodeText(char);
    return true;
  } catch {
    return false;
  }
}

/**
 * Draws the watermark over the page's content (wrapped in q … Q by the caller, so that whatever
 * graphics state it leaves behind does not move or hide the stamp), in the page's visual
 * orientation (/Rotate), within its visible area (crop box).
 */
function stampPage(page: PDFPage, font: PDFFont, headline: string, footer: string): void {
  const box = page.getCropBox();
  const rotation = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const sideways = rotation === 90 || rotation === 270;
  // The page as the reader sees it.
  const width = sideways ? box.height : box.width;
  const height = sideways ? box.width : box.height;
  /** From the reader's coordinates to the page's. */
  const toPage = (vx: number, vy: number): { x: number; y: number } => {
    const [x, y] =
      rotation === 0
        ? [vx, vy]
        : rotation === 90
          ? [box.width - vy, vx]
          : rotation === 180
            ? [box.width - vx, box.height - vy]
            : [vy, box.height - vx];
    return { x: box.x + x, y: box.y + y };
  };

  // The diagonal: as large as fits along 80 % of it (at most 48 pt), centred.
  const angle = Math.atan2(height, width);
  const diagonal = Math.hypot(width, height);
  const unit = Math.max(font.widthOfTextAtSize(headline, 1), 1);
  const size = Math.min(48, (0.8 * diagonal) / unit);
  const textWidth = unit * size;
  const rise = font.heightAtSize(size, { descender: false }) / 2;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const start = toPage(
    width / 2 - (textWidth / 2) * cos + rise * sin,
    height / 2 - (textWidth / 2) * sin - rise * cos,
  );
  page.drawText(headline, {
    ...start,
    size,
    font,
    color: grayscale(0.45),
    opacity: 0.22,
    rotate: degrees((angle * 180) / Math.PI + rotation),
  });

  // The footer: 7 pt, smaller when the line would not fit the width.
  const margin = Math.min(18, width * 0.04, height * 0.04);
  const footerUnit = Math.max(font.widthOfTextAtSize(footer, 1), 1);
  const footerSize = Math.max(3, Math.min(7, (width - 2 * margin) / footerUnit));
  page.drawText(footer, {
    ...toPage(margin, margin),
    size: footerSize,
    font,
    color: grayscale(0.3),
    opacity: 0.85,
    rotate: degrees(rotation),
  });
}
