/** An organization as a row and column of the overlap matrix. */
export interface MatrixOrganization {
  readonly id: string;
  readonly name: string;
  /** A short note under the name, e.g. "invited". */
  readonly hint?: string;
}

/** A declared overlap of one area: two or more organizations whose activities collide. */
export interface MatrixOverlap {
  readonly id: string;
  readonly organizationIds: readonly string[];
  /** The facilitator's own note. */
  readonly note: string | null;
  /** What the organizations involved read. */
  readonly sharedNote: string;
}

/**
 * - `self`: the diagonal (an organization with itself).
 * - `none`: no overlap holds both.
 * - `declared`: an overlap of exactly these two exists.
 * - `group`: only overlaps of three or more organizations hold both.
 */
export type OverlapCellState = 'self' | 'none' | 'declared' | 'group';

export interface OverlapCell {
  readonly state: OverlapCellState;
  /** Overlaps of exactly this pair. */
  readonly pairOverlaps: readonly MatrixOverlap[];
  /** Overlaps of three or more organizations that include both. */
  readonly groupOverlaps: readonly MatrixOverlap[];
}

const SELF: OverlapCell = { state: 'self', pairOverlaps: [], groupOverlaps: [] };
const NONE: OverlapCell = { state: 'none', pairOverlaps: [], groupOverlaps: [] };

/** The same key for (a, b) and (b, a): a cell and its mirror are one pair. */
export function pairKey(a: string, b: string): string {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort();
  return `${x}|${y}`;
}

/**
 * The state of every pair of organizations, from the overlaps of one area. Symmetric by
 * construction: an overlap of {A, B, C} marks A–B, A–C and B–C (as `group`).
 */
export function overlapCells(overlaps: readonly MatrixOverlap[]): Map<string, OverlapCell> {
  const cells = new Map<string, { pair: MatrixOverlap[]; group: MatrixOverlap[] }>();
  for (const overlap of overlaps) {
    const ids = [...new Set(overlap.organizationIds.map((id) => id.toLowerCase()))];
    const kind = ids.length === 2 ? 'pair' : 'group';
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i] as string, ids[j] as string);
        const cell = cells.get(key) ?? { pair: [], group: [] };
        cell[kind].push(overlap);
        cells.set(key, cell);
      }
    }
  }
  const result = new Map<string, OverlapCell>();
  for (const [key, cell] of cells) {
    result.set(key, {
      state: cell.pair.length > 0 ? 'declared' : 'group',
      pairOverlaps: cell.pair,
      groupOverlaps: cell.group,
    });
  }
  return result;
}

/** The cell of a (row, column) pair. */
export function cellOf(cells: ReadonlyMap<string, OverlapCell>, a: string, b: string): OverlapCell {
  if (a.toLowerCase() === b.toLowerCase()) return SELF;
  return cells.get(pairKey(a, b)) ?? NONE;
}
