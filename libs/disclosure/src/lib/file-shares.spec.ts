import { AppError, ItemFileKind } from '@alianza/shared';
import { checkWithinProposal, sharedFiles, validateFileShares, VersionFile } from './file-shares';

const PDF = 'aaaaaaaa-0000-4000-8000-000000000001';
const XLSX = 'aaaaaaaa-0000-4000-8000-000000000002';
const UNKNOWN = 'aaaaaaaa-0000-4000-8000-000000000009';
const FILES: VersionFile[] = [
  { id: PDF, kind: ItemFileKind.PDF, pages: 12 },
  { id: XLSX, kind: ItemFileKind.SPREADSHEET, pages: null },
];

/** The field a refusal names (undefined when nothing is refused). */
function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.details?.['field'];
    throw error;
  }
  return undefined;
}

describe('file shares', () => {
  it('sorts and deduplicates pages, keeps the version’s order, and calls every page the whole file', () => {
    expect(
      validateFileShares(
        [
          { fileId: XLSX, download: true },
          { fileId: PDF.toUpperCase(), pages: [5, 1, 3, 1] },
        ],
        FILES,
        'redaction.files',
      ),
    ).toEqual([
      { fileId: PDF, pages: [1, 3, 5], download: false },
      { fileId: XLSX, pages: null, download: true },
    ]);
    const all = Array.from({ length: 12 }, (_, i) => 12 - i);
    expect(validateFileShares([{ fileId: PDF, pages: all }], FILES, 'f')[0]?.pages).toBeNull();
  });

  it('names the entry it refuses', () => {
    const check = (shares: Parameters<typeof validateFileShares>[0]) =>
      refusal(() => validateFileShares(shares, FILES, 'redaction.files'));
    expect(check([{ fileId: PDF }, { fileId: XLSX, pages: [1] }])).toBe('redaction.files.1.pages');
    expect(check([{ fileId: PDF, pages: [0] }])).toBe('redaction.files.0.pages');
    expect(check([{ fileId: PDF, pages: [13] }])).toBe('redaction.files.0.pages');
    expect(check([{ fileId: PDF, pages: [] }])).toBe('redaction.files.0.pages');
    expect(check([{ fileId: PDF }, { fileId: PDF }])).toBe('redaction.files.1.fileId');
    expect(check([{ fileId: UNKNOWN }])).toBe('redaction.files.0.fileId');
  });

  it('lets a decision narrow the proposal, never widen it', () => {
    const proposed = [
      { fileId: PDF, pages: [1, 2, 3], download: false },
      { fileId: XLSX, pages: null, download: true },
    ];
    const within = (decided: Parameters<typeof checkWithinProposal>[0]) =>
      refusal(() => checkWithinProposal(decided, proposed, 'files'));
    expect(within([{ fileId: PDF, pages: [2], download: false }])).toBeUndefined();
    expect(within([{ fileId: XLSX, pages: null, download: false }])).toBeUndefined();
    expect(within([{ fileId: PDF, pages: null, download: false }])).toBe('files.0.pages');
    expect(within([{ fileId: PDF, pages: [4], download: false }])).toBe('files.0.pages');
    expect(within([{ fileId: PDF, pages: [1], download: true }])).toBe('files.0.download');
    expect(within([{ fileId: UNKNOWN, pages: null, download: false }])).toBe('files.0.fileId');
  });

  it('reads a redaction written before files were shared as sharing none', () => {
    expect(sharedFiles({ fieldKeys: [], spans: [] })).toEqual([]);
  });
});
