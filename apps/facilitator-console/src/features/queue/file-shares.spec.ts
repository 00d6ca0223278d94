import { describe, expect, it } from 'vitest';
import {
  choicesFromShares,
  changedFileCount,
  readOfferedPages,
  resolveFileChoices,
  type FileShare,
} from './file-shares';

const OFFERED = [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12];
const FILES = [
  { id: 'informe', name: 'informe.pdf', pages: 12 },
  { id: 'tarifas', name: 'tarifas.xlsx', pages: null },
  { id: 'anexo', name: 'anexo.pdf', pages: 100 },
];
/** The owner offers pages 1–8 and 10–12 of the report (download), the prices whole to view. */
const PROPOSED: FileShare[] = [
  { fileId: 'informe', pages: OFFERED, download: true },
  { fileId: 'tarifas', pages: null, download: false },
  { fileId: 'anexo', pages: null, download: true },
];

describe('readOfferedPages', () => {
  it('reads pages and ranges among those offered, in any order and with any dash', () => {
    expect(readOfferedPages(' 8, 1-3;2 – 5 ', OFFERED)).toEqual({
      pages: [1, 2, 3, 4, 5, 8],
      error: null,
    });
  });

  it('refuses a page outside those offered, keeping the ones that are', () => {
    expect(readOfferedPages('1-2, 9', OFFERED)).toEqual({ pages: [1, 2], error: 'outside' });
    expect(readOfferedPages('11-13', OFFERED)).toEqual({ pages: [11, 12], error: 'outside' });
    expect(readOfferedPages('0', OFFERED).error).toBe('outside');
  });

  it('refuses what is not a page, and nothing at all', () => {
    expect(readOfferedPages('1-3, x', OFFERED).error).toBe('syntax');
    expect(readOfferedPages('5-', OFFERED).error).toBe('syntax');
    expect(readOfferedPages(' , ', OFFERED).error).toBe('empty');
  });
});

describe('resolveFileChoices', () => {
  it('keeps the proposal when nothing is chosen, or the choices change nothing', () => {
    expect(resolveFileChoices(PROPOSED, FILES, undefined)).toEqual({ shares: null, errors: {} });
    expect(
      resolveFileChoices(PROPOSED, FILES, {
        informe: { withheld: false, pages: '1-8, 10-12', download: true },
        anexo: { withheld: false, pages: null, download: true },
      }),
    ).toEqual({ shares: null, errors: {} });
  });

  it('narrows pages, switches download off and withholds, listing every file it keeps', () => {
    expect(
      resolveFileChoices(PROPOSED, FILES, {
        informe: { withheld: false, pages: '1-5', download: false },
        tarifas: { withheld: true, pages: null, download: false },
      }),
    ).toEqual({
      shares: [
        { fileId: 'informe', pages: [1, 2, 3, 4, 5], download: false },
        { fileId: 'anexo', pages: null, download: true },
      ],
      errors: {},
    });
  });

  it('narrows a PDF offered whole within its page count; all of it stays whole', () => {
    expect(
      resolveFileChoices(PROPOSED, FILES, {
        anexo: { withheld: false, pages: '90-100', download: true },
      }).shares?.[2],
    ).toEqual({
      fileId: 'anexo',
      pages: [90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100],
      download: true,
    });
    expect(
      resolveFileChoices(PROPOSED, FILES, {
        anexo: { withheld: false, pages: '1-100', download: true },
      }).shares,
    ).toBeNull();
  });

  it('never widens: download stays off where the owner offered view only, typed pages outside are an error', () => {
    const resolved = resolveFileChoices(PROPOSED, FILES, {
      tarifas: { withheld: false, pages: null, download: true },
      informe: { withheld: false, pages: '1-9', download: true },
    });
    expect(resolved.shares).toBeNull();
    expect(resolved.errors).toEqual({ informe: 'outside' });
  });

  it('counts the files that differ', () => {
    expect(
      changedFileCount(PROPOSED, FILES, {
        informe: { withheld: false, pages: null, download: false },
        tarifas: { withheld: true, pages: null, download: false },
        anexo: { withheld: false, pages: null, download: true },
      }),
    ).toBe(2);
  });
});

describe('choicesFromShares', () => {
  it('turns a grant’s files back into the choices that made them', () => {
    expect(
      choicesFromShares(PROPOSED, [
        { fileId: 'informe', pages: [1, 2, 3], download: true },
        { fileId: 'anexo', pages: null, download: false },
      ]),
    ).toEqual({
      informe: { withheld: false, pages: '1–3', download: true },
      tarifas: { withheld: true, pages: null, download: false },
      anexo: { withheld: false, pages: null, download: false },
    });
    expect(choicesFromShares(PROPOSED, PROPOSED)).toBeNull();
  });
});
