import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';

/**
 * The format of a stored document (ADR 0029): a 16-byte header, then the plaintext cut into
 * segments of 64 KiB (the last one shorter, and empty only for an empty document), each sealed
 * with AES-256-GCM and followed by its 16-byte tag.
 *
 * ```
 * header   "ALZD" | version 0x01 | log2(segment size) 0x10 | 0x00 0x00 | nonce prefix (8 random bytes)
 * segment  ciphertext (≤ 64 KiB) | tag (16)
 * ```
 *
 * - The segments' key is the file's own, derived with HKDF-SHA256 from the collaboration's data
 *   key, salted with the nonce prefix, for this collaboration and file id: a key is never used
 *   for two files, whatever the prefixes.
 * - Segment `i`'s nonce is the prefix followed by `i` (32 bits, big-endian).
 * - Its additional data is the header, `i`, a flag saying whether it is the last segment, the
 *   collaboration id and the file id: a reordered, dropped, truncated or appended segment, a header
 *   changed, or an object moved to another file's name fails to authenticate.
 *
 * Decryption hands out a segment's plaintext only once its tag has verified.
 */
export const DOCUMENT_MAGIC = Buffer.from('ALZD', 'ascii');
export const DOCUMENT_FORMAT_VERSION = 1;
const SEGMENT_SIZE_LOG2 = 16;
/** Plaintext bytes per segment (the last one may carry fewer). */
export const SEGMENT_SIZE = 2 ** SEGMENT_SIZE_LOG2;
export const HEADER_SIZE = 16;
const PREFIX_SIZE = 8;
export const TAG_SIZE = 16;
/** Segments per document at most: the counter is 32 bits (256 TiB of plaintext). */
const MAX_SEGMENTS = 2 ** 32;
const KEY_INFO = 'alianza document v1';

/** What a document's encryption is bound to: its collaboration's data key and its own id. */
export interface DocumentBinding {
  readonly collaborationId: string;
  readonly fileId: string;
  readonly key: Buffer;
}

/** Why a stored document cannot be read: changed, cut, moved or under another key. */
export class DocumentIntegrityError extends Error {
  constructor(reason: string) {
    super(`The stored document cannot be authenticated: ${reason}.`);
    this.name = 'DocumentIntegrityError';
  }
}

function header(prefix: Buffer): Buffer {
  const bytes = Buffer.alloc(HEADER_SIZE);
  DOCUMENT_MAGIC.copy(bytes, 0);
  bytes.writeUInt8(DOCUMENT_FORMAT_VERSION, 4);
  bytes.writeUInt8(SEGMENT_SIZE_LOG2, 5);
  prefix.copy(bytes, HEADER_SIZE - PREFIX_SIZE);
  return bytes;
}

/** Keys, nonces and additional data of one document's segments. */
class SegmentSealer {
  private readonly fileKey: Buffer;
  private readonly prefix: Buffer;
  private readonly binding: Buffer;

  constructor(
    readonly header: Buffer,
    { collaborationId, fileId, key }: DocumentBinding,
  ) {
    if (key.length !== 32) throw new Error('A document key is 32 bytes');
    this.prefix = header.subarray(HEADER_SIZE - PREFIX_SIZE);
    this.binding = Buffer.from(`${collaborationId}\0${fileId}`, 'utf8');
    this.fileKey = Buffer.from(
      hkdfSync(
        'sha256',
        key,
        this.prefix,
        Buffer.concat([Buffer.from(KEY_INFO), this.binding]),
        32,
      ),
    );
  }

  private nonce(index: number): Buffer {
    const nonce = Buffer.alloc(12);
    this.prefix.copy(nonce, 0);
    nonce.writeUInt32BE(index, PREFIX_SIZE);
    return nonce;
  }

  private aad(index: number, last: boolean): Buffer {
    const position = Buffer.alloc(5);
    position.writeUInt32BE(index, 0);
    position.writeUInt8(last ? 1 : 0, 4);
    return Buffer.concat([this.header, position, this.binding]);
  }

  seal(index: number, last: boolean, plaintext: Buffer): Buffer[] {
    if (index >= MAX_SEGMENTS) throw new Error('A document has at most 2^32 segments');
    const cipher = createCipheriv('aes-256-gcm', this.fileKey, this.nonce(index));
    cipher.setAAD(this.aad(index, last));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [body, cipher.getAuthTag()];
  }

  /** The plaintext of a segment whose tag verifies; throws otherwise. */
  open(index: number, last: boolean, sealed: Buffer): Buffer {
    if (index >= MAX_SEGMENTS) throw new DocumentIntegrityError('too many segments');
    const decipher = createDecipheriv('aes-256-gcm', this.fileKey, this.nonce(index));
    decipher.setAAD(this.aad(index, last));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE));
    try {
      return Buffer.concat([plaintext, decipher.final()]);
    } catch {
      throw new DocumentIntegrityError(`segment ${index} does not verify`);
    }
  }
}

/**
 * Collects incoming chunks and hands out fixed-size pieces, holding back the last `keep` bytes
 * until it knows whether more follow (so the last segment is known to be the last).
 */
class Pieces {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  take(size: number): Buffer {
    const [only] = this.chunks;
    const joined = this.chunks.length === 1 && only ? only : Buffer.concat(this.chunks);
    const piece = joined.subarray(0, size);
    const rest = joined.subarray(size);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return piece;
  }
}

const asBuffer = (chunk: unknown): Buffer =>
  Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);

/** Encrypts a document into the format above, streaming (at most two segments held at once). */
export class DocumentEncryptor extends Transform {
  private readonly sealer: SegmentSealer;
  private readonly pending = new Pieces();
  private index = 0;

  constructor(binding: DocumentBinding) {
    super();
    this.sealer = new SegmentSealer(header(randomBytes(PREFIX_SIZE)), binding);
    this.push(this.sealer.header);
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.pending.push(asBuffer(chunk));
      // A full segment goes out once a byte after it has arrived: only then is it not the last.
      while (this.pending.length > SEGMENT_SIZE)
        this.sealSegment(false, this.pending.take(SEGMENT_SIZE));
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.sealSegment(true, this.pending.take(this.pending.length));
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private sealSegment(last: boolean, plaintext: Buffer): void {
    for (const part of this.sealer.seal(this.index++, last, plaintext)) this.push(part);
  }
}

/**
 * Decrypts a document, streaming: each segment's plaintext is pushed only after its tag has
 * verified; anything wrong (header, a segment, the end) errors the stream instead.
 */
export class DocumentDecryptor extends Transform {
  private sealer?: SegmentSealer;
  private readonly pending = new Pieces();
  private index = 0;

  constructor(private readonly binding: DocumentBinding) {
    super();
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.pending.push(asBuffer(chunk));
      if (!this.sealer) {
        if (this.pending.length < HEADER_SIZE) return done();
        this.sealer = new SegmentSealer(readHeader(this.pending.take(HEADER_SIZE)), this.binding);
      }
      while (this.pending.length > SEGMENT_SIZE + TAG_SIZE)
        this.push(
          this.sealer.open(this.index++, false, this.pending.take(SEGMENT_SIZE + TAG_SIZE)),
        );
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (!this.sealer) throw new DocumentIntegrityError('no header');
      if (this.pending.length < TAG_SIZE) throw new DocumentIntegrityError('it ends too early');
      this.push(this.sealer.open(this.index++, true, this.pending.take(this.pending.length)));
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

function readHeader(bytes: Buffer): Buffer {
  if (!bytes.subarray(0, 4).equals(DOCUMENT_MAGIC))
    throw new DocumentIntegrityError('not a stored document');
  if (bytes.readUInt8(4) !== DOCUMENT_FORMAT_VERSION)
    throw new DocumentIntegrityError(`unknown format version ${bytes.readUInt8(4)}`);
  if (bytes.readUInt8(5) !== SEGMENT_SIZE_LOG2 || bytes.readUInt16BE(6) !== 0)
    throw new DocumentIntegrityError('unexpected header');
  return Buffer.from(bytes);
}

/** The stored size of a document of `plaintextBytes` bytes. */
export function encryptedSize(plaintextBytes: number): number {
  const segments = Math.max(1, Math.ceil(plaintextBytes / SEGMENT_SIZE));
  return HEADER_SIZE + plaintextBytes + segments * TAG_SIZE;
}
