import { AppError, ErrorCode } from '@alianza/shared';
import sharp from 'sharp';
import { stampImage, watermarkSvg } from './stamp-image';
import { AWKWARD } from './test-files';

const WIDTH = 640;
const HEIGHT = 480;

/** A plain light picture of WIDTH × HEIGHT carrying EXIF (camera, copyright, place). */
function picture(format: 'png' | 'jpeg' | 'webp'): Promise<Buffer> {
  const image = sharp({
    create: { width: WIDTH, height: HEIGHT, channels: 3, background: { r: 230, g: 240, b: 250 } },
  }).withExif({ IFD0: { Make: 'SpyCam', Copyright: 'Interno 2026' } });
  return (
    format === 'png' ? image.png() : format === 'jpeg' ? image.jpeg() : image.webp()
  ).toBuffer();
}

async function pixels(image: Buffer): Promise<Buffer> {
  return sharp(image).removeAlpha().raw().toBuffer();
}

describe('stampImage', () => {
  it.each([
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['webp', 'image/webp'],
  ] as const)('stamps a %s: same format and size, marked, no EXIF', async (format, mediaType) => {
    const input = await picture(format);
    expect((await sharp(input).metadata()).exif).toBeDefined();

    const { data, mediaType: type } = await stampImage(input, AWKWARD);

    expect(type).toBe(mediaType);
    const meta = await sharp(data).metadata();
    expect(meta.format).toBe(format);
    expect([meta.width, meta.height]).toEqual([WIDTH, HEIGHT]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    // The watermark shows: a good share of the pixels moved well beyond compression noise.
    const [before, after] = await Promise.all([pixels(input), pixels(data)]);
    let changed = 0;
    for (let i = 0; i < before.length; i += 3)
      if (Math.abs(before[i]! - after[i]!) + Math.abs(before[i + 1]! - after[i + 1]!) > 30)
        changed++;
    expect(changed / (WIDTH * HEIGHT)).toBeGreaterThan(0.03);
    // The footer band along the bottom is marked across.
    const bottom = after.subarray((HEIGHT - 5) * WIDTH * 3);
    const band = before.subarray((HEIGHT - 5) * WIDTH * 3);
    expect(bottom.equals(band)).toBe(false);
  });

  it('refuses a file that is not an image, naming the file', async () => {
    const error = await stampImage(Buffer.from('%PDF-1.7 nope'), AWKWARD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as AppError).details).toEqual({ field: 'file' });
  });

  it('refuses a truncated image, naming the file', async () => {
    const jpeg = await picture('jpeg');
    const error = await stampImage(jpeg.subarray(0, jpeg.length / 2), AWKWARD).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).details).toEqual({ field: 'file' });
  });

  it('refuses formats it does not hand out as they are (GIF)', async () => {
    const gif = await sharp({
      create: { width: 10, height: 10, channels: 3, background: '#fff' },
    })
      .gif()
      .toBuffer();
    await expect(stampImage(gif, AWKWARD)).rejects.toBeInstanceOf(AppError);
  });
});

describe('watermarkSvg', () => {
  it('escapes the names it writes into the SVG', () => {
    const svg = watermarkSvg(200, 100, AWKWARD);
    expect(svg).toContain('Panadería &lt;Ñandú&gt; &amp; &quot;Hijos&quot;');
    expect(svg).not.toContain('<Ñandú>');
  });
});
