import { ErrorCode } from '@alianza/shared';
import {
  decodeOffset,
  encodeOffset,
  MATCH_END,
  MATCH_START,
  searchQuery,
  segmentsOf,
} from './search-text';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('segmentsOf', () => {
  it('splits a marked text into matched and plain segments', () => {
    expect(segmentsOf(`Excedente de ${mark('harina')} de trigo`)).toEqual([
      { text: 'Excedente de ', match: false },
      { text: 'harina', match: true },
      { text: ' de trigo', match: false },
    ]);
  });

  it('joins neighbouring matches and keeps markup as plain text', () => {
    expect(segmentsOf(`${mark('harina')}${mark('fina')} <b>x</b>`)).toEqual([
      { text: 'harinafina', match: true },
      { text: ' <b>x</b>', match: false },
    ]);
  });

  it('drops a marker left unclosed', () => {
    expect(segmentsOf(`a ${MATCH_START}b`)).toEqual([{ text: 'a b', match: false }]);
    expect(segmentsOf('')).toEqual([]);
  });
});

describe('search cursors', () => {
  it('carries an offset there and back', () => {
    expect(decodeOffset(encodeOffset(40))).toBe(40);
  });

  it('refuses a cursor it did not hand out, naming the argument', () => {
    for (const bad of ['nope', encodeOffset(-1), encodeOffset(1e9)]) {
      expect(() => decodeOffset(bad)).toThrow(
        expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } }),
      );
    }
  });
});

describe('searchQuery', () => {
  it('collapses white space and control characters', () => {
    expect(searchQuery('  harina \n\u0001 ecológica ')).toBe('harina ecológica');
  });

  it('refuses an empty or too long query, naming the field', () => {
    for (const bad of ['', '  \t ', 'x'.repeat(201)])
      expect(() => searchQuery(bad)).toThrow(
        expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'query' } }),
      );
  });
});
