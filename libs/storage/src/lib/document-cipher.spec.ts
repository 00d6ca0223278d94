import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import {
  DocumentBinding,
  DocumentDecryptor,
  DocumentEncryptor,
  DocumentIntegrityError,
  encryptedSize,
  HEADER_SIZE,
  SEGMENT_SIZE,
  TAG_SIZE,
} from './document-cipher';

const binding = (overrides: Partial<DocumentBinding> = {}): DocumentBinding => ({
  collaborationId: randomUUID(),
  fileId: randomUUID(),
  key: randomBytes(32),
  ...overrides,
});

/** All of a stream's bytes; `chunk` cuts the input into pieces of that size. */
async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function pieces(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) parts.push(bytes.subarray(at, at + size));
  return Readable.from(parts, { objectMode: false });
}

const encrypt = (b: DocumentBinding, plaintext: Buffer, chunk = 10_000) =>
  collect(pieces(plaintext, chunk).pipe(new DocumentEncryptor(b)));
const decrypt = (b: DocumentBinding, sealed: Buffer, chunk = 7_777) =>
  collect(pieces(sealed, chunk).pipe(new DocumentDecryptor(b)));

/** The plaintext bytes a decryption hands out before it fails, and how it fails. */
async function decryptUntilError(
  b: DocumentBinding,
  sealed: Buffer,
): Promise<{ out: Buffer; error: unknown }> {
  const out: Buffer[] = [];
  try {
    for await (const chunk of pieces(sealed, 5000).pipe(new DocumentDecryptor(b)))
      out.push(chunk as Buffer);
  } catch (error) {
    return { out: Buffer.concat(out), error };
  }
  return { out: Buffer.concat(out), error: undefined };
}

const segmentAt = (i: number) => HEADER_SIZE + i * (SEGMENT_SIZE + TAG_SIZE);

describe('the document format', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['one segment exactly', SEGMENT_SIZE],
    ['one segment and a byte', SEGMENT_SIZE + 1],
    ['several segments', 3 * SEGMENT_SIZE + 12_345],
    ['several exact segments', 4 * SEGMENT_SIZE],
  ])('round-trips a %s document (%i bytes), whatever the chunking', async (_name, size) => {
    const b = binding();
    const plaintext = randomBytes(size);
    const sealed = await encrypt(b, plaintext);
    expect(sealed.length).toBe(encryptedSize(size));
    expect(await decrypt(b, sealed)).toEqual(plaintext);
    expect(await decrypt(b, sealed, size < 100 ? 1 : 333)).toEqual(plaintext);
    expect(await decrypt(b, sealed, sealed.length || 1)).toEqual(plaintext);
    expect(await decrypt(b, await encrypt(b, plaintext, size < 100 ? 1 : 333))).toEqual(plaintext);
  });

  it('never repeats a ciphertext: a fresh nonce prefix per document', async () => {
    const b = binding();
    const plaintext = Buffer.from('the same words twice');
    const [one, two] = [await encrypt(b, plaintext), await encrypt(b, plaintext)];
    expect(one.equals(two)).toBe(false);
    expect(one.includes(plaintext)).toBe(false);
  });

  describe('refuses, without handing out unauthenticated bytes,', () => {
    const b = binding();
    const plaintext = randomBytes(3 * SEGMENT_SIZE + 100);
    let sealed: Buffer;
    beforeAll(async () => {
      sealed = await encrypt(b, plaintext);
    });

    const expectRefused = async (
      changed: Buffer,
      options: { by?: DocumentBinding; authenticPrefix?: number } = {},
    ) => {
      const { out, error } = await decryptUntilError(options.by ?? b, changed);
      expect(error).toBeInstanceOf(DocumentIntegrityError);
      // Whatever came out before the failure is a prefix of whole, authentic segments.
      expect(out.length % SEGMENT_SIZE).toBe(0);
      expect(out.equals(plaintext.subarray(0, out.length))).toBe(true);
      if (options.authenticPrefix !== undefined) expect(out.length).toBe(options.authenticPrefix);
    };

    it('a flipped bit in a segment', async () => {
      const changed = Buffer.from(sealed);
      changed[segmentAt(1) + 10]! ^= 1;
      await expectRefused(changed, { authenticPrefix: SEGMENT_SIZE });
    });

    it('a flipped bit in a tag, in the last segment, or in the header', async () => {
      for (const at of [segmentAt(1) - 1, sealed.length - 1, segmentAt(3) + 5, 3, 9]) {
        const changed = Buffer.from(sealed);
        changed[at]! ^= 0x40;
        await expectRefused(changed);
      }
    });

    it('a document cut at a segment boundary, inside a segment, or inside the header', async () => {
      for (const length of [segmentAt(3), segmentAt(2), segmentAt(1) + 100, HEADER_SIZE + 3, 7, 0])
        await expectRefused(sealed.subarray(0, length));
    });

    it('segments swapped, repeated, dropped or appended', async () => {
      const seg = (i: number) => sealed.subarray(segmentAt(i), segmentAt(i + 1));
      const head = sealed.subarray(0, HEADER_SIZE);
      const last = sealed.subarray(segmentAt(3));
      await expectRefused(Buffer.concat([head, seg(1), seg(0), seg(2), last]), {
        authenticPrefix: 0,
      });
      await expectRefused(Buffer.concat([head, seg(0), seg(0), seg(2), last]));
      await expectRefused(Buffer.concat([head, seg(0), seg(2), last]));
      await expectRefused(Buffer.concat([sealed, seg(2)]));
      await expectRefused(Buffer.concat([sealed, Buffer.alloc(1)]));
    });

    it('another file, another collaboration, or another key', async () => {
      await expectRefused(sealed, { by: { ...b, fileId: randomUUID() }, authenticPrefix: 0 });
      await expectRefused(sealed, {
        by: { ...b, collaborationId: randomUUID() },
        authenticPrefix: 0,
      });
      await expectRefused(sealed, { by: { ...b, key: randomBytes(32) }, authenticPrefix: 0 });
    });

    it('a segment moved from another document under the same key', async () => {
      const other = await encrypt(b, randomBytes(plaintext.length));
      const changed = Buffer.from(sealed);
      other.copy(changed, segmentAt(1), segmentAt(1), segmentAt(2));
      await expectRefused(changed, { authenticPrefix: SEGMENT_SIZE });
    });

    it('something that is not a stored document', async () => {
      await expectRefused(Buffer.from('%PDF-1.7 plain text that was never encrypted'));
    });
  });

  it('encrypts text a reader cannot find in the stored bytes', async () => {
    const b = binding();
    const sealed = await encrypt(b, Buffer.from('confidential price list'.repeat(100)));
    expect(sealed.toString('latin1')).not.toContain('confidential');
    expect(await text(pieces(sealed, 100).pipe(new DocumentDecryptor(b)))).toContain(
      'confidential price list',
    );
  });
});
