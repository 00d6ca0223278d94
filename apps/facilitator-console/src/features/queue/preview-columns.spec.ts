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

  it('derives from decided grants the files each one narrowed', () => {
    const proposed = {
      fieldKeys: [],
      spans: [],
      files: [{ fileId: 'informe', pages: null, download: true }],
    };
    expect(
      extrasFromGrants(proposed, [
        {
          recipientOrganizationId: 'molino',
          redaction: { ...proposed, files: [{ fileId: 'informe', pages: [1, 2], download: true }] },
        },
        { recipientOrganizationId: 'transportes', redaction: proposed },
      ]),
    ).toEqual({
      molino: {
        fieldKeys: [],
        spans: [],
        fileChoices: { informe: { withheld: false, pages: '1–2', download: true } },
      },
    });
  });
});

describe('buildRecipientColumns, files', () => {
  const files = [
    { id: 'informe', name: 'informe.pdf', kind: 'PDF' as const, bytes: 1, pages: 12 },
    { id: 'tarifas', name: 'tarifas.xlsx', kind: 'SPREADSHEET' as const, bytes: 1, pages: null },
    { id: 'notas', name: 'notas.docx', kind: 'DOCUMENT' as const, bytes: 1, pages: null },
  ];
  const offer = [
    { fileId: 'informe', pages: null, download: true },
    { fileId: 'tarifas', pages: null, download: true },
  ];
  const withFiles: PreviewSource = {
    ...source,
    itemVersion: { ...source.itemVersion, files },
    proposedRedaction: { ...source.proposedRedaction, files: offer },
    previews: source.previews.map((p) => ({ ...p, files: offer })),
  };

  it('lists every file of the version for each recipient, as the server previews it', () => {
    const [molino] = buildRecipientColumns(withFiles);
    expect(molino!.files.map((f) => [f.file.id, f.share, f.changed])).toEqual([
      ['informe', offer[0], false],
      ['tarifas', offer[1], false],
      ['notas', null, false],
    ]);
    expect(molino).toMatchObject({ extraFileCount: 0, withExtras: false });
  });

  it('applies one recipient’s file choices to its column only', () => {
    const [molino, transportes] = buildRecipientColumns(withFiles, {
      molino: {
        fieldKeys: [],
        spans: [],
        fileChoices: {
          informe: { withheld: false, pages: '1-5', download: false },
          tarifas: { withheld: true, pages: null, download: true },
        },
      },
    });
    expect(molino!.files.map((f) => [f.file.id, f.share, f.changed])).toEqual([
      ['informe', { fileId: 'informe', pages: [1, 2, 3, 4, 5], download: false }, true],
      ['tarifas', null, true],
      ['notas', null, false],
    ]);
    expect(molino).toMatchObject({ extraFileCount: 2, withExtras: true, body: BODY });
    expect(transportes).toMatchObject({ extraFileCount: 0, withExtras: false });
  });
});
