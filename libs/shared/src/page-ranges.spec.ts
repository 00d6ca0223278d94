import { allPages, formatPageRanges, parsePageRanges } from './page-ranges';

describe('page ranges', () => {
  it('writes runs of pages as ranges', () => {
    expect(formatPageRanges([8, 1, 2, 3, 4, 5, 10, 11, 12, 3])).toBe('1–5, 8, 10–12');
    expect(formatPageRanges([7])).toBe('7');
    expect(formatPageRanges([])).toBe('');
    expect(formatPageRanges([1, 2], '-')).toBe('1-2');
  });

  it('reads what people type: any separator, any dash, ranges either way round', () => {
    expect(parsePageRanges('1-3, 8 ;10 – 12, 5-4', allPages(12))).toEqual({
      pages: [1, 2, 3, 4, 5, 8, 10, 11, 12],
      unreadable: [],
      outside: [],
    });
  });

  it('says what it cannot read and what lies outside the document', () => {
    expect(parsePageRanges('1-3, x, 5-, 14, 0', allPages(12))).toEqual({
      pages: [1, 2, 3],
      unreadable: ['x', '5-'],
      outside: ['14', '0'],
    });
  });

  it('keeps the allowed pages of a range that goes beyond a proposal, and names the range', () => {
    const offered = [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12];
    expect(parsePageRanges('1-2, 9, 11-13', offered)).toEqual({
      pages: [1, 2, 11, 12],
      unreadable: [],
      outside: ['9', '11-13'],
    });
  });

  it('does not walk a huge typed range page by page', () => {
    expect(parsePageRanges('1-999999999', allPages(3))).toEqual({
      pages: [1, 2, 3],
      unreadable: [],
      outside: ['1-999999999'],
    });
  });
});
