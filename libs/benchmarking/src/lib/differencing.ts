/**
 * The differencing defence (ADR 0011): a round's published total (count × mean) is a linear
 * function of its contributors' values. Once several rounds of one quantity (same collaboration,
 * area and unit, whatever their names) are published, any linear combination of their totals is
 * known. If some combination weighs fewer than k organizations — e.g. (A∪B) + (A∪C) − (B∪C) = 2·A —
 * those few organizations' total is exposed. Decided exactly, in integer arithmetic.
 */

/** How many candidate supports `allowsDifferencing` examines before it withholds to be safe. */
export const DIFFERENCING_BUDGET = 100_000;

/**
 * The rank of an integer matrix, exactly: Gaussian elimination over the integers (each row
 * update multiplies by the pivot instead of dividing, then divides the row by the gcd of its
 * entries, so numbers stay small), in BigInt.
 */
export function exactRank(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => row.map((x) => BigInt(x)));
  const width = rows[0]?.length ?? 0;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));
  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col++) {
    const pivotRow = rows.findIndex((row, i) => i >= rank && row[col] !== 0n);
    if (pivotRow < 0) continue;
    const pivot = rows[pivotRow] as bigint[];
    rows[pivotRow] = rows[rank] as bigint[];
    rows[rank] = pivot;
    for (let i = rank + 1; i < rows.length; i++) {
      const row = rows[i] as bigint[];
      const factor = row[col] as bigint;
      if (factor === 0n) continue;
      const p = pivot[col] as bigint;
      const next = row.map((x, j) => x * p - (pivot[j] as bigint) * factor);
      const divisor = next.reduce((g, x) => gcd(g, x), 0n) || 1n;
      rows[i] = next.map((x) => x / divisor);
    }
    rank++;
  }
  return rank;
}

/**
 * The dimension of the combinations of `rows` that are zero outside the columns in `support`:
 * rank(all columns) − rank(columns outside the support).
 */
function combinationsWithin(rows: readonly (readonly number[])[], support: ReadonlySet<number>) {
  const outside = rows.map((row) => row.filter((_, j) => !support.has(j)));
  return exactRank(rows) - (outside[0]?.length ? exactRank(outside) : 0);
}

/**
 * Whether publishing a round with contributor set `current`, after rounds of the same quantity
 * with contributor sets `published`, makes some combination of the published totals weigh
 * between 1 and k − 1 organizations that no combination of the earlier totals already weighed
 * (those are public since they were published). Organizations in exactly the same rounds always
 * weigh the same, so they are grouped; every group of organizations totalling fewer than k is
 * examined as a support. Beyond `budget` candidate supports it answers true (withhold).
 */
export function allowsDifferencing(
  current: readonly string[],
  published: readonly (readonly string[])[],
  k: number,
  budget = DIFFERENCING_BUDGET,
): boolean {
  const sets = [...published.map((s) => new Set(s)), new Set(current)];
  const organizations = [...new Set(sets.flatMap((s) => [...s]))];
  // Group the organizations by the rounds they are in: one column per group, with its size.
  const groups = new Map<string, { column: number[]; size: number }>();
  for (const org of organizations) {
    const column = sets.map((s) => (s.has(org) ? 1 : 0));
    const key = column.join('');
    const group = groups.get(key) ?? { column, size: 0 };
    group.size++;
    groups.set(key, group);
  }
  const columns = [...groups.values()];
  const matrix = (rowCount: number) =>
    Array.from({ length: rowCount }, (_, r) => columns.map((g) => g.column[r] as number));
  const before = matrix(published.length);
  const after = matrix(sets.length);
  const small = columns.flatMap((g, j) => (g.size < k ? [j] : []));
  let examined = 0;
  let exposed = false;
  // Depth-first over sets of small groups whose sizes total fewer than k.
  const visit = (start: number, chosen: number[], total: number): void => {
    for (let i = start; i < small.length && !exposed; i++) {
      const j = small[i] as number;
      const size = (columns[j] as { size: number }).size;
      if (total + size >= k) continue;
      const support = new Set([...chosen, j]);
      if (++examined > budget) {
        exposed = true;
        return;
      }
      const known = before.length > 0 ? combinationsWithin(before, support) : 0;
      if (combinationsWithin(after, support) > known) {
        exposed = true;
        return;
      }
      visit(i + 1, [...chosen, j], total + size);
    }
  };
  visit(0, [], 0);
  return exposed;
}
