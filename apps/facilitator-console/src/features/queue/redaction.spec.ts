import { describe, expect, it } from 'vitest';
import {
  bodySegments,
  mergeRedactions,
  redactBody,
  toPerRecipientInput,
  withField,
  withoutSpan,
  withSpan,
} from './redaction';

describe('redaction helpers', () => {
  it('replaces each redacted span of the body by the server marker, merging touching spans', () => {
    expect(
      redactBody('abcdefghij', [
        { start: 6, end: 8 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toBe('a[█ redacted]ef[█ redacted]ij');
  });

  it('merges the proposal with the extra redactions', () => {
    expect(
      mergeRedactions(
        { fieldKeys: ['margen'], spans: [{ start: 0, end: 3 }] },
        { fieldKeys: ['proveedor', 'margen'], spans: [{ start: 2, end: 5 }] },
      ),
    ).toEqual({ fieldKeys: ['margen', 'proveedor'], spans: [{ start: 0, end: 5 }] });
  });

  it('builds the perRecipient input in the recipients’ order, leaving out empty ones', () => {
    let b = withField({ fieldKeys: [], spans: [] }, 'proveedor', true);
    b = withSpan(b, { start: 10, end: 20 });
    b = withSpan(b, { start: 15, end: 25 });
    const c = withoutSpan(withSpan({ fieldKeys: [], spans: [] }, { start: 1, end: 2 }), {
      start: 1,
      end: 2,
    });
    expect(toPerRecipientInput({ c, b }, ['b', 'c'])).toEqual([
      {
        organizationId: 'b',
        redaction: { fieldKeys: ['proveedor'], spans: [{ start: 10, end: 25 }] },
      },
    ]);
  });

  it('cuts the body into plain, proposed and extra pieces', () => {
    expect(
      bodySegments('0123456789', [{ start: 2, end: 4 }], [{ start: 3, end: 6 }]).map((s) => [
        s.text,
        s.kind,
      ]),
    ).toEqual([
      ['01', 'plain'],
      ['23', 'proposed'],
      ['45', 'extra'],
      ['6789', 'plain'],
    ]);
  });
});
