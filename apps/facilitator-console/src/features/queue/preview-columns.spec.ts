import { describe, expect, it } from 'vitest';
import { buildRecipientColumns, extrasFromGrants, type PreviewSource } from './preview-columns';

const BODY = 'Coste 0,62 EUR con Harinas del Sur.';
const fields = [
  { key: 'coste', label: 'Coste', type: 'NUMBER', number: 0.62, text: null },
  { key: 'proveedor', label: 'Proveedor', type: 'TEXT', number: null, text: 'Harinas del Sur' },
  { key: 'margen', label: 'Margen', type: 'NUMBER', number: 0.31, text: null },
];
const serverContent = {
  body: BODY,
  fields: fields.filter((f) => f.key !== 'margen'),
  redactedFieldCount: 1,
  redactedSpanCount: 0,
};
const source: PreviewSource = {
  itemVersion: { body: BODY, fields },
  proposedRedaction: { fieldKeys: ['margen'], spans: [] },
  previews: [
    { organizationId: 'molino', organizationName: 'Molino del Sur', content: serverContent },
    { organizationId: 'transportes', organizationName: 'Transportes', content: serverContent },
  ],
};

describe('buildRecipientColumns', () => {
  it('shows the server preview as it came when there are no extra redactions', () => {
    const columns = buildRecipientColumns(source);
    expect(columns.map((c) => c.organizationName)).toEqual(['Molino del Sur', 'Transportes']);
    expect(columns[0]).toMatchObject({
      body: BODY,
      redactedFieldCount: 1,
      redactedSpanCount: 0,
      withExtras: false,
    });
    expect(columns[0]!.fields.map((f) => f.key)).toEqual(['coste', 'proveedor']);
    expect(columns[0]!.hiddenFields.map((f) => f.label)).toEqual(['Margen']);
  });

  it('applies one recipient’s extra redactions to its column only', () => {
    const start = BODY.indexOf('Harinas del Sur');
    const columns = buildRecipientColumns(source, {
      molino: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 15 }] },
    });
    const [molino, transportes] = columns;
    expect(molino).toMatchObject({
      body: 'Coste 0,62 EUR con [█ redacted].',
      redactedFieldCount: 2,
      redactedSpanCount: 1,
      extraFieldCount: 1,
      extraSpanCount: 1,
      withExtras: true,
    });
    expect(molino!.fields.map((f) => f.key)).toEqual(['coste']);
    expect(molino!.hiddenFields.map((f) => f.key)).toEqual(['proveedor', 'margen']);
    expect(transportes).toMatchObject({ body: BODY, withExtras: false });
  });

  it('derives from decided grants what each one hides beyond the proposal', () => {
    expect(
      extrasFromGrants({ fieldKeys: ['margen'], spans: [{ start: 0, end: 5 }] }, [
        {
          recipientOrganizationId: 'molino',
          redaction: { fieldKeys: ['margen', 'proveedor'], spans: [{ start: 0, end: 5 }] },
        },
        {
          recipientOrganizationId: 'transportes',
          redaction: { fieldKeys: ['margen'], spans: [{ start: 0, end: 5 }] },
        },
      ]),
    ).toEqual({ molino: { fieldKeys: ['proveedor'], spans: [] } });
  });
});
