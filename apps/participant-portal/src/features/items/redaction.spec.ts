import { describe, expect, it } from 'vitest';
import {
  addSpan,
  redactBody,
  removeSpan,
  spanExcerpt,
  spanFromSelection,
  toRedactionInput,
} from './redaction';

const BODY = 'Nuestro coste unitario es 12.4 EUR con el proveedor Harinas Sur.';

describe('span marking', () => {
  it('turns a selection of the body into its offsets, whichever way it was made', () => {
    const start = BODY.indexOf('Harinas Sur');
    const span = { start, end: start + 'Harinas Sur'.length };
    expect(spanFromSelection(BODY, span.start, span.end)).toEqual(span);
    expect(spanFromSelection(BODY, span.end, span.start)).toEqual(span);
    expect(BODY.slice(span.start, span.end)).toBe('Harinas Sur');
  });

  it('leaves out the blanks at the edges of a selection, and ignores an empty one', () => {
    const start = BODY.indexOf(' 12.4 ');
    expect(spanFromSelection(BODY, start, start + 6)).toEqual({ start: start + 1, end: start + 5 });
    expect(spanFromSelection(BODY, 5, 5)).toBeNull();
    expect(spanFromSelection(BODY, start, start + 1)).toBeNull();
  });

  it('keeps a selection within the body', () => {
    expect(spanFromSelection(BODY, -4, 7)).toEqual({ start: 0, end: 7 });
    expect(spanFromSelection(BODY, BODY.length - 4, BODY.length + 10)).toEqual({
      start: BODY.length - 4,
      end: BODY.length,
    });
  });

  it('merges spans that overlap or touch, and keeps them in order', () => {
    let spans = addSpan([], { start: 30, end: 40 });
    spans = addSpan(spans, { start: 2, end: 6 });
    spans = addSpan(spans, { start: 35, end: 50 });
    expect(spans).toEqual([
      { start: 2, end: 6 },
      { start: 30, end: 50 },
    ]);
    expect(addSpan(spans, { start: 6, end: 10 })).toEqual([
      { start: 2, end: 10 },
      { start: 30, end: 50 },
    ]);
    expect(addSpan(spans, { start: 0, end: 60 })).toEqual([{ start: 0, end: 60 }]);
  });

  it('removes one marked span', () => {
    const spans = [
      { start: 2, end: 6 },
      { start: 30, end: 50 },
    ];
    expect(removeSpan(spans, 0)).toEqual([{ start: 30, end: 50 }]);
  });

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

  it('previews the body as the server will redact it', () => {
    const start = BODY.indexOf('Harinas Sur');
    expect(redactBody(BODY, [{ start, end: start + 11 }])).toBe(
      'Nuestro coste unitario es 12.4 EUR con el proveedor [█ redacted].',
    );
    expect(spanExcerpt(BODY, { start: 0, end: BODY.length }, 20)).toBe('Nuestro coste unita…');
  });
});
