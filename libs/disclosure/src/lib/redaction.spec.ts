import { ItemFieldType, ThirdPartyRule } from '@alianza/shared';
import { ItemVersionEntity } from './entities/item-version.entity';
import { normalizeSpans, redactMarkdown as redactBody } from '@alianza/redaction';
import {
  EMPTY_REDACTION,
  mergeRedactions,
  REDACTION_MARKER,
  validateRedaction,
  visibleFields,
} from './redaction';

const version = Object.assign(new ItemVersionEntity(), {
  version: 2,
  body: 'Our unit cost is 12.4 EUR and our supplier is Harinas Sur.',
  fields: [
    { key: 'unit-cost', label: 'Unit cost', type: ItemFieldType.NUMBER, text: null, number: 12.4 },
    {
      key: 'supplier',
      label: 'Supplier',
      type: ItemFieldType.TEXT,
      text: 'Harinas Sur',
      number: null,
    },
  ],
  thirdPartyRule: ThirdPartyRule.INTERNAL_ONLY,
});

describe('redaction', () => {
  it('replaces each span with the marker and keeps the rest verbatim', () => {
    const body = version.body;
    const start = body.indexOf('12.4 EUR');
    const supplier = body.indexOf('Harinas Sur');
    expect(
      redactBody(body, [
        { start: supplier, end: supplier + 11 },
        { start, end: start + 8 },
      ]),
    ).toBe(`Our unit cost is ${REDACTION_MARKER} and our supplier is ${REDACTION_MARKER}.`);
  });

  it('merges overlapping and touching spans', () => {
    expect(
      normalizeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 3, end: 6 },
      ]),
    ).toEqual([{ start: 0, end: 9 }]);
    expect(
      redactBody('abcdefghij', [
        { start: 1, end: 4 },
        { start: 2, end: 6 },
      ]),
    ).toBe(`a${REDACTION_MARKER}ghij`);
  });

  it('leaves redacted fields out entirely', () => {
    expect(visibleFields(version.fields, ['unit-cost']).map((f) => f.key)).toEqual(['supplier']);
  });

  it('counts spans in the text as read, without the Markdown markup', () => {
    const bold = Object.assign(new ItemVersionEntity(), { ...version, body: 'a **Harinas Sur**' });
    expect(() =>
      validateRedaction({ fieldKeys: [], spans: [{ start: 2, end: 15 }] }, bold),
    ).toThrow('A redacted span must lie within the text (0 to 13) and not be empty.');
    expect(
      validateRedaction({ fieldKeys: [], spans: [{ start: 2, end: 13 }] }, bold).spans,
    ).toEqual([{ start: 2, end: 13 }]);
  });

  it('refuses unknown fields and spans outside the body', () => {
    expect(() => validateRedaction({ fieldKeys: ['margin'], spans: [] }, version)).toThrow(
      'Version 2 has no field "margin".',
    );
    expect(() =>
      validateRedaction({ fieldKeys: [], spans: [{ start: 10, end: 500 }] }, version),
    ).toThrow(/within the text/);
    expect(() =>
      validateRedaction({ fieldKeys: [], spans: [{ start: 4, end: 4 }] }, version),
    ).toThrow(/not be empty/);
  });

  it('unions two redactions without duplicates', () => {
    expect(
      mergeRedactions(
        { fieldKeys: ['supplier'], spans: [{ start: 0, end: 3 }] },
        { fieldKeys: ['supplier', 'unit-cost'], spans: [{ start: 2, end: 5 }] },
      ),
    ).toEqual({ fieldKeys: ['supplier', 'unit-cost'], spans: [{ start: 0, end: 5 }], files: [] });
  });

  it('keeps the proposal’s files for a recipient the decision names no files for, and replaces them otherwise', () => {
    const share = { fileId: 'f', pages: [1], download: false };
    const proposal = { fieldKeys: [], spans: [], files: [share] };
    expect(mergeRedactions(proposal, EMPTY_REDACTION).files).toEqual([share]);
    expect(mergeRedactions(proposal, { fieldKeys: [], spans: [], files: [] }).files).toEqual([]);
  });
});
