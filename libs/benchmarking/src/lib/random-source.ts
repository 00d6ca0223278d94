import { Cipher, createCipheriv, createHash, randomFillSync } from 'node:crypto';

/**
 * Where the noise of a differentially private release comes from: uniform doubles in the open
 * interval (0, 1) — never 0, never 1 — on the grid k / 2⁵³ (53 random bits each).
 */
export interface RandomSource {
  uniform(): number;
}

const TWO_POW_26 = 2 ** 26;
const TWO_POW_53 = 2 ** 53;
/** Bytes fetched from the underlying stream at a time (512 draws). */
const POOL_BYTES = 4096;

/**
 * Turns a stream of random bytes into uniform doubles: each draw reads 8 bytes, keeps 27 + 26
 * of their bits as an integer k in [0, 2⁵³) and answers k / 2⁵³; k = 0 is drawn again, so the
 * answer is never 0 (and never 1, as k < 2⁵³ and every k / 2⁵³ is an exact double).
 */
abstract class ByteStreamRandomSource implements RandomSource {
  private readonly pool = Buffer.alloc(POOL_BYTES);
  private offset = POOL_BYTES;

  /** Overwrites all of `pool` with the next random bytes of the stream. */
  protected abstract refill(pool: Buffer): void;

  uniform(): number {
    for (;;) {
      if (this.offset === POOL_BYTES) {
        this.refill(this.pool);
        this.offset = 0;
      }
      const high = this.pool.readUInt32BE(this.offset) >>> 5;
      const low = this.pool.readUInt32BE(this.offset + 4) >>> 6;
      this.offset += 8;
      const k = high * TWO_POW_26 + low;
      if (k !== 0) return k / TWO_POW_53;
    }
  }
}

/** Node's CSPRNG (OpenSSL's `RAND_bytes` behind `crypto.randomFillSync`). */
class CryptoRandomSource extends ByteStreamRandomSource {
  protected refill(pool: Buffer): void {
    randomFillSync(pool);
  }
}

/** The AES-256-CTR keystream under a key derived from a seed: the same seed, the same stream. */
class SeededRandomSource extends ByteStreamRandomSource {
  private readonly zeros = Buffer.alloc(POOL_BYTES);
  private readonly cipher: Cipher;

  constructor(seed: string) {
    super();
    const key = createHash('sha256').update('alianza/random-source/seed\0').update(seed).digest();
    // One key per seed, so a fixed counter block (all zeros) never repeats under a key.
    this.cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  }

  protected refill(pool: Buffer): void {
    this.cipher.update(this.zeros).copy(pool);
  }
}

/** The source every real release uses: unpredictable, from the operating system's CSPRNG. */
export const cryptoRandomSource: RandomSource = new CryptoRandomSource();

/**
 * A reproducible source for tests only: the same seed gives the same sequence on every machine.
 * Never use it for a real release — whoever knows the seed can subtract the noise.
 */
export function seededRandomSource(seed: string): RandomSource {
  return new SeededRandomSource(seed);
}
