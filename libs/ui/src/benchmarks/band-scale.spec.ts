import { describe, expect, it } from 'vitest';
import { bandDomain, bandNameKey, placeFromBest, positionPercent } from './band-scale';

describe('bandDomain', () => {
  it('spans the averages with a quarter of the span on each side', () => {
    expect(bandDomain([15, 25])).toEqual([12.5, 27.5]);
  });

  it('widens to include one’s own value', () => {
    expect(bandDomain([15, 25], [35])).toEqual([10, 40]);
  });

  it('still has a width with a single average', () => {
    expect(bandDomain([10])).toEqual([9, 11]);
  });
});

describe('positionPercent', () => {
  it('maps a value onto the width, clamped', () => {
    expect(positionPercent(21, [17, 25])).toBe(50);
    expect(positionPercent(10, [17, 25])).toBe(0);
    expect(positionPercent(30, [17, 25])).toBe(100);
  });
});

describe('band names and places', () => {
  it('names halves, thirds and quarters from the lowest values', () => {
    expect(bandNameKey(0, 1)).toBe('bands.all');
    expect(bandNameKey(1, 2)).toBe('bands.highHalf');
    expect(bandNameKey(1, 3)).toBe('bands.middleThird');
    expect(bandNameKey(0, 4)).toBe('bands.lowQuarter');
  });

  it('counts places from the best band, which depends on the metric', () => {
    expect(placeFromBest(3, 4, true)).toBe(1);
    expect(placeFromBest(3, 4, false)).toBe(4);
    expect(placeFromBest(0, 3, false)).toBe(1);
  });
});
