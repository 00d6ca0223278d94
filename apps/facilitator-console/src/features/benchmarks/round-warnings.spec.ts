import { describe, expect, it } from 'vitest';
import { minimumForCap, publishWarnings } from './round-warnings';

describe('publishWarnings', () => {
  it('warns when fewer companies are asked than the minimum group', () => {
    expect(publishWarnings({ participants: 2, k: 5, summable: false, dominanceCap: 0.25 })).toEqual(
      [{ kind: 'TOO_FEW_PARTICIPANTS', participants: 2, k: 5 }],
    );
    expect(publishWarnings({ participants: 5, k: 5, summable: false, dominanceCap: 0.25 })).toEqual(
      [],
    );
  });

  it('warns when a summable metric has too few companies for anyone to stay under the cap', () => {
    // Three values: the largest is at least a third of the total, above 25 %.
    expect(publishWarnings({ participants: 3, k: 3, summable: true, dominanceCap: 0.25 })).toEqual([
      { kind: 'CAP_UNREACHABLE', participants: 3, needed: 4, cap: 0.25 },
    ]);
    // Four equal values hold exactly 25 % each: allowed.
    expect(publishWarnings({ participants: 4, k: 3, summable: true, dominanceCap: 0.25 })).toEqual(
      [],
    );
    // The cap does not apply to metrics that do not add up.
    expect(publishWarnings({ participants: 3, k: 3, summable: false, dominanceCap: 0.25 })).toEqual(
      [],
    );
  });
});

describe('minimumForCap', () => {
  it('is the smallest group whose equal shares fit under the cap', () => {
    expect(minimumForCap(0.25)).toBe(4);
    expect(minimumForCap(0.3)).toBe(4);
    expect(minimumForCap(1 / 3)).toBe(3);
    expect(minimumForCap(1)).toBe(1);
  });
});
