import { describe, expect, it } from 'vitest';
import { mergeRedactions, toPerRecipientInput, withField, withSpans } from './redaction';

describe('redaction helpers', () => {
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
    b = withSpans(b, [
      { start: 10, end: 20 },
      { start: 15, end: 25 },
    ]);
    const c = withSpans({ fieldKeys: [], spans: [] }, []);
    expect(toPerRecipientInput({ c, b }, ['b', 'c'])).toEqual([
      {
        organizationId: 'b',
        redaction: { fieldKeys: ['proveedor'], spans: [{ start: 10, end: 25 }] },
      },
    ]);
  });
});
