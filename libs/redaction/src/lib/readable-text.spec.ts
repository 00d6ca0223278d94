import { REDACTION_MARKER } from '@alianza/shared';
import { fieldText, readableText } from './readable-text';

const version = {
  title: 'Excedente de harina',
  body: 'Tenemos **400 kg** de harina; el proveedor es Molinos Sur.',
  fields: [
    { key: 'kg', label: 'Kilos', text: null, number: 400 },
    { key: 'supplier', label: 'Proveedor', text: 'Molinos Sur', number: null },
  ],
};

describe('readableText', () => {
  it('replaces each redacted span of the text as read by the marker', () => {
    const read = readableText(version, { fieldKeys: [], spans: [{ start: 42, end: 53 }] });
    expect(read.body).toBe(`Tenemos 400 kg de harina; el proveedor es ${REDACTION_MARKER}.`);
    expect(read.body).not.toContain('Molinos');
  });

  it('leaves out withheld fields and keeps the others as label and value', () => {
    const read = readableText(version, { fieldKeys: ['supplier'], spans: [] });
    expect(read.fields).toBe('Kilos: 400');
    expect(read.title).toBe('Excedente de harina');
  });

  it('merges overlapping spans before cutting', () => {
    const read = readableText(version, {
      fieldKeys: [],
      spans: [
        { start: 8, end: 12 },
        { start: 10, end: 14 },
      ],
    });
    expect(read.body.startsWith(`Tenemos ${REDACTION_MARKER} de harina`)).toBe(true);
  });

  it('writes a field without a value as its label', () => {
    expect(fieldText({ label: 'Notas', text: null, number: null })).toBe('Notas');
  });
});
