import { AppError } from '@alianza/shared';
import sharp from 'sharp';
import { escapeXml, Watermark, watermarkHeadline, watermarkLine } from './watermark';

const FORMATS = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
type Format = keyof typeof FORMATS;
/** Fonts librsvg looks for, in order: DejaVu and Liberation are in Debian's font packages. */
const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
/** Images larger than this many pixels are refused (a decompression bomb is small on disk). */
const MAX_PIXELS = 100_000_000;

/**
 * The image with the watermark tiled over it: the recipient's headline repeated on diagonal
 * rows, and the "Compartido con …" line along the bottom, drawn from an SVG overlay. Same
 * format out (PNG, JPEG, WebP) and same size; EXIF, XMP, ICC and every other metadata dropped.
 */
export async function stampImage(
  image: Buffer,
  watermark: Watermark,
): Promise<{ data: Buffer; mediaType: string }> {
  const input = (): sharp.Sharp => sharp(image, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
  let format: Format;
  let width: number;
  let height: number;
  try {
    const meta = await input().metadata();
    if (!(meta.format in FORMATS) || (meta.pages ?? 1) > 1) throw new Error('unsupported');
    if (meta.width * meta.height > MAX_PIXELS) throw new Error('too large');
    format = meta.format as Format;
    // The orientation EXIF says is applied to the pixels, since the EXIF itself goes.
    const turned = (meta.orientation ?? 1) >= 5;
    width = turned ? meta.height : meta.width;
    height = turned ? meta.width : meta.height;
  } catch {
    throw unreadable();
  }
  await assertFontsAvailable();
  const overlay = Buffer.from(watermarkSvg(width, height, watermark));
  const stamped = input()
    .rotate()
    .composite([{ input: overlay, top: 0, left: 0 }]);
  let data: Buffer;
  try {
    data =
      format === 'png'
        ? await stamped.png().toBuffer()
        : format === 'jpeg'
          ? await stamped.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
          : await stamped.webp({ quality: 90 }).toBuffer();
  } catch {
    // A file whose header reads well but whose pixels do not (truncated, corrupt).
    throw unreadable();
  }
  return { data, mediaType: FORMATS[format] };
}

const unreadable = (): AppError =>
  AppError.badInput(
    'The file is not a readable PNG, JPEG or WebP image (of at most 100 megapixels).',
    {
      field: 'file',
    },
  );

/** An SVG of the image's size: the headline tiled diagonally, the full line at the bottom. */
export function watermarkSvg(width: number, height: number, watermark: Watermark): string {
  const headline = escapeXml(watermarkHeadline(watermark));
  const plainLine = watermarkLine(watermark);
  const line = escapeXml(plainLine);
  const size = Math.max(10, Math.round(Math.min(width, height) / 18));
  const footerSize = Math.max(8, Math.round(Math.min(width, height) / 45));
  // Rows of the headline across the rotated plane, far enough apart to leave the image legible.
  const step = size * 4;
  const span = Math.ceil(Math.hypot(width, height));
  const rows: string[] = [];
  for (let row = 0, y = -span; y <= span; row++, y += step) {
    const offset = row % 2 === 0 ? 0 : size * 6;
    rows.push(
      `<text x="${-span + offset}" y="${y}">${Array(12).fill(headline).join('\u00a0\u00a0\u00a0·\u00a0\u00a0\u00a0')}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<g transform="translate(${width / 2} ${height / 2}) rotate(-30)" font-family="${FONT_FAMILY}" font-size="${size}" fill="#808080" fill-opacity="0.28" stroke="#ffffff" stroke-opacity="0.18" stroke-width="${Math.max(1, size / 30)}">
${rows.join('\n')}
</g>
<rect x="0" y="${height - footerSize * 1.8}" width="${width}" height="${footerSize * 1.8}" fill="#ffffff" fill-opacity="0.6"/>
<text x="${footerSize / 2}" y="${height - footerSize * 0.55}" font-family="${FONT_FAMILY}" font-size="${footerSize}" fill="#333333" textLength="${Math.min(width - footerSize, plainLine.length * footerSize * 0.55)}" lengthAdjust="spacingAndGlyphs">${line}</text>
</svg>`;
}

let fontsChecked: Promise<void> | undefined;

/**
 * Fails closed when librsvg has no font to draw with (a slim container image without any font
 * package): the text of the watermark would silently render as nothing.
 */
function assertFontsAvailable(): Promise<void> {
  fontsChecked ??= (async () => {
    const probe = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><text x="2" y="22" font-family="${FONT_FAMILY}" font-size="20">Ab</text></svg>`;
    const { data } = await sharp(Buffer.from(probe)).ensureAlpha().raw().toBuffer({
      resolveWithObject: true,
    });
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    if (painted === 0) {
      fontsChecked = undefined;
      throw new Error(
        'No font is installed for the image watermark (install fonts-dejavu-core): refusing to hand out an unmarked image.',
      );
    }
  })();
  return fontsChecked;
}
