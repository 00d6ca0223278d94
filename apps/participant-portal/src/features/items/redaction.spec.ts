import { describe, expect, it } from 'vitest';
import { hidesAnything, toRedactionInput } from './redaction';

describe('redaction proposal', () => {
  it('produces the API input: unique sorted field keys and merged spans', () => {
    expect(
      toRedactionInput({
        fieldKeys: ['proveedor', 'margen', 'proveedor'],
        spans: [
          { start: 40, end: 45 },
          { start: 10, end: 20 },
          { start: 15, end: 25 },
        ],
      }),
    ).toEqual({
      fieldKeys: ['margen', 'proveedor'],
      spans: [
        { start: 10, end: 25 },
        { start: 40, end: 45 },
      ],
    });
  });

  it('knows when it hides nothing', () => {
    expect(hidesAnything({ fieldKeys: [], spans: [] })).toBe(false);
    expect(hidesAnything({ fieldKeys: [], spans: [{ start: 0, end: 1 }] })).toBe(true);
  });
});
