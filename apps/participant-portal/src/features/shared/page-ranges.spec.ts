import { describe, expect, it } from 'vitest';
import { formatPages, parsePages } from './page-ranges';

describe('page ranges', () => {
  it('writes runs of pages as ranges', () => {
    expect(formatPages([8, 1, 2, 3, 4, 5, 10, 11, 12, 3])).toBe('1–5, 8, 10–12');
    expect(formatPages([7])).toBe('7');
    expect(formatPages([])).toBe('');
    expect(formatPages([1, 2], '-')).toBe('1-2');
  });

  it('reads what people type, and says what it cannot read or lies outside the document', () => {
    expect(parsePages('1-3, 8 ;10 – 12, 5-4', 12)).toEqual({
      pages: [1, 2, 3, 4, 5, 8, 10, 11, 12],
      unreadable: [],
      outside: [],
    });
    expect(parsePages('1-3, x, 5-, 14, 0', 12)).toEqual({
      pages: [1, 2, 3],
      unreadable: ['x', '5-'],
      outside: ['14', '0'],
    });
  });
});
