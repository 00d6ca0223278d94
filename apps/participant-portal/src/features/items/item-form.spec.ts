import { describe, expect, it } from 'vitest';
import { emptyFieldRow, itemFormValues, toItemContentInput } from './item-form';
import type { PortalItemVersionFragment } from './items.generated';

const LATEST: PortalItemVersionFragment = {
  id: 'v2',
  itemId: 'i1',
  version: 2,
  title: 'Coste de la harina',
  body: 'Nuestro coste es 12.4 EUR con Harinas Sur.',
  thirdPartyRule: 'ADVISORS',
  createdAt: '2026-03-01T10:00:00.000Z',
  files: [],
  fields: [
    { key: 'coste-unitario', label: 'Coste unitario', type: 'NUMBER', number: 12.4, text: null },
    { key: 'proveedor', label: 'Proveedor', type: 'TEXT', number: null, text: 'Harinas Sur' },
  ],
};

describe('item form', () => {
  it('sends text fields with text, number fields with a number, and keeps existing keys', () => {
    const values = itemFormValues(LATEST, 'a1');
    values.title = '  Coste de la harina (marzo) ';
    values.fields.push({ ...emptyFieldRow('NUMBER'), label: ' Margen ', number: 0.31 });
    expect(toItemContentInput(values)).toEqual({
      title: 'Coste de la harina (marzo)',
      body: LATEST.body,
      thirdPartyRule: 'ADVISORS',
      fields: [
        { key: 'coste-unitario', label: 'Coste unitario', type: 'NUMBER', number: 12.4 },
        { key: 'proveedor', label: 'Proveedor', type: 'TEXT', text: 'Harinas Sur' },
        { label: 'Margen', type: 'NUMBER', number: 0.31 },
      ],
    });
  });

  it('starts a new item empty, for internal use only', () => {
    expect(itemFormValues()).toEqual({
      areaId: null,
      title: '',
      body: '',
      thirdPartyRule: 'INTERNAL_ONLY',
      fields: [],
    });
  });
});
