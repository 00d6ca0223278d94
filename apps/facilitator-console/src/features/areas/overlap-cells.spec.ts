import { describe, expect, it } from 'vitest';
import { cellOf, overlapCells, pairKey } from './overlap-cells';

const A = 'aaaaaaaa-0000-0000-0000-000000000001';
const B = 'bbbbbbbb-0000-0000-0000-000000000002';
const C = 'cccccccc-0000-0000-0000-000000000003';
const D = 'dddddddd-0000-0000-0000-000000000004';

describe('overlapCells', () => {
  it('marks a declared pair in both directions and leaves other pairs empty', () => {
    const cells = overlapCells([{ id: 'o1', organizationIds: [A, B], note: '', sharedNote: '' }]);
    expect(cellOf(cells, A, B).state).toBe('declared');
    expect(cellOf(cells, B, A).state).toBe('declared');
    expect(cellOf(cells, A, B).pairOverlaps.map((o) => o.id)).toEqual(['o1']);
    expect(cellOf(cells, A, C).state).toBe('none');
  });

  it('treats the diagonal as the organization itself', () => {
    const cells = overlapCells([{ id: 'o1', organizationIds: [A, B], note: '', sharedNote: '' }]);
    expect(cellOf(cells, A, A).state).toBe('self');
  });

  it('spreads an overlap of three organizations over its three pairs as a group', () => {
    const cells = overlapCells([{ id: 'g', organizationIds: [A, B, C], note: '', sharedNote: '' }]);
    for (const [x, y] of [
      [A, B],
      [C, A],
      [B, C],
    ] as const) {
      expect(cellOf(cells, x, y).state).toBe('group');
      expect(cellOf(cells, x, y).groupOverlaps.map((o) => o.id)).toEqual(['g']);
    }
    expect(cellOf(cells, A, D).state).toBe('none');
  });

  it('prefers the pair overlap when a pair is declared alone and inside a group', () => {
    const cells = overlapCells([
      { id: 'g', organizationIds: [A, B, C], note: '', sharedNote: '' },
      { id: 'p', organizationIds: [B, A], note: '', sharedNote: '' },
    ]);
    const cell = cellOf(cells, A, B);
    expect(cell.state).toBe('declared');
    expect(cell.pairOverlaps.map((o) => o.id)).toEqual(['p']);
    expect(cell.groupOverlaps.map((o) => o.id)).toEqual(['g']);
  });

  it('matches ids whatever their case', () => {
    const cells = overlapCells([
      { id: 'o', organizationIds: [A.toUpperCase(), B], note: '', sharedNote: '' },
    ]);
    expect(cellOf(cells, A, B.toUpperCase()).state).toBe('declared');
    expect(pairKey(A, B)).toBe(pairKey(B.toUpperCase(), A));
  });
});
