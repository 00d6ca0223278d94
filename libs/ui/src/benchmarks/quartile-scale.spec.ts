import { describe, expect, it } from 'vitest';
import { positionPercent, quartileDomain } from './quartile-scale';

describe('quartileDomain', () => {
  const q = { firstQuartile: 18.5, median: 21, thirdQuartile: 23.5 };

  it('spans Q1..Q3 with a quarter of the span on each side', () => {
    expect(quartileDomain(q)).toEqual([17.25, 24.75]);
  });

  it('widens to include one’s own value', () => {
    expect(quartileDomain(q, [26])).toEqual([16.625, 27.875]);
  });

  it('still has a width when all quartiles are equal', () => {
    expect(quartileDomain({ firstQuartile: 10, median: 10, thirdQuartile: 10 })).toEqual([9, 11]);
  });
});

describe('positionPercent', () => {
  it('maps a value onto the width, clamped', () => {
    expect(positionPercent(21, [17, 25])).toBe(50);
    expect(positionPercent(10, [17, 25])).toBe(0);
    expect(positionPercent(30, [17, 25])).toBe(100);
  });
});
