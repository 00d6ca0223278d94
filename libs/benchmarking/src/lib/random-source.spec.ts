import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cryptoRandomSource, RandomSource, seededRandomSource } from './random-source';

const draw = (source: RandomSource, count: number) =>
  Array.from({ length: count }, () => source.uniform());

/** Pearson's χ² of `samples` in 16 equal bins of (0, 1) against the uniform distribution. */
function uniformChiSquare(samples: readonly number[]): number {
  const counts = new Array<number>(16).fill(0);
  for (const u of samples) counts[Math.floor(u * 16)]!++;
  const expected = samples.length / 16;
  return counts.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
}

/** χ² with 15 degrees of freedom exceeds this with probability 10⁻⁶. */
const CHI_SQUARE_15_CRITICAL_1E6 = 56.49;

describe.each([
  ['the CSPRNG source', () => cryptoRandomSource],
  ['a seeded source', () => seededRandomSource('uniform')],
])('%s', (_name, source) => {
  it('draws 53-bit doubles strictly between 0 and 1', () => {
    const samples = draw(source(), 20_000);
    expect(samples.every((u) => u > 0 && u < 1)).toBe(true);
    expect(samples.every((u) => Number.isInteger(u * 2 ** 53))).toBe(true);
    // With 53 bits, 20 000 draws almost surely all differ and some use the low bits.
    expect(new Set(samples).size).toBe(samples.length);
    expect(samples.some((u) => !Number.isInteger(u * 2 ** 32))).toBe(true);
  });

  it('draws uniformly (χ² over 16 bins)', () => {
    const samples = draw(source(), 32_000);
    expect(uniformChiSquare(samples)).toBeLessThan(CHI_SQUARE_15_CRITICAL_1E6);
    const mean = samples.reduce((sum, u) => sum + u, 0) / samples.length;
    // The mean of n uniforms has standard deviation 1 / √(12 n) ≈ 0.0016.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
});

describe('seededRandomSource', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    const first = draw(seededRandomSource('round 7'), 1000);
    expect(draw(seededRandomSource('round 7'), 1000)).toEqual(first);
    const other = draw(seededRandomSource('round 8'), 1000);
    expect(other.filter((u, i) => u === first[i])).toHaveLength(0);
  });

  it('continues the same stream past its buffer', () => {
    // 512 draws fill one 4 KiB buffer: draws 500–599 straddle the refill.
    const long = draw(seededRandomSource('refill'), 600);
    expect(new Set(long).size).toBe(600);
    expect(draw(seededRandomSource('refill'), 600)).toEqual(long);
  });
});

describe('cryptoRandomSource', () => {
  it('gives another sequence every time', () => {
    expect(draw(cryptoRandomSource, 100)).not.toEqual(draw(cryptoRandomSource, 100));
  });

  it('never uses Math.random, here or in the mechanisms', () => {
    for (const file of ['random-source.ts', 'differential-privacy.ts']) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      expect(source).toContain('RandomSource');
      expect(source).not.toMatch(/Math\s*\.\s*random|Math\s*\[/);
    }
  });
});
