import { findHiddenValueLeaks, findValue, numberReadings } from './hidden-values';

const quoted = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('findValue', () => {
  it('finds a text value whatever its case and accents', () => {
    const text = 'Compramos a HARINAS SUR; harinas súr nos fía; Harinas  Sur también.';
    expect(quoted(text, findValue({ text: 'Harinas Sur', number: null }, text))).toEqual([
      'HARINAS SUR',
      'harinas súr',
      'Harinas  Sur',
    ]);
    expect(
      quoted(
        'Ana del Almacén',
        findValue({ text: 'ana del almacen', number: null }, 'Ana del Almacén'),
      ),
    ).toEqual(['Ana del Almacén']);
  });

  it('finds whole words only: "Sur" is not in "Surco"', () => {
    expect(findValue({ text: 'Sur', number: null }, 'Vamos a Surco y al Sursur')).toEqual([]);
    const text = 'Molino del Sur, (Sur) y sur.';
    expect(quoted(text, findValue({ text: 'Sur', number: null }, text))).toEqual([
      'Sur',
      'Sur',
      'sur',
    ]);
  });

  it('does not search text values too short to mean anything', () => {
    expect(findValue({ text: 'Sí', number: null }, 'Sí, sí.')).toEqual([]);
  });

  it('finds a number however it is written', () => {
    const text = 'A 0,62 €/kg, o 0.62, o 0.620; no 10,62 ni 0,625 ni A0,62; 0,62€ sí';
    expect(quoted(text, findValue({ text: null, number: 0.62 }, text))).toEqual([
      '0,62',
      '0.62',
      '0.620',
      '0,62',
    ]);
    const big = 'Facturamos 1.234,5 €, 1 234,5 €, 1234.5 o 1,234.5; no 1.234,6.';
    expect(quoted(big, findValue({ text: null, number: 1234.5 }, big))).toEqual([
      '1.234,5',
      '1 234,5',
      '1234.5',
      '1,234.5',
    ]);
    expect(quoted('Son 1.234 kg', findValue({ text: null, number: 1234 }, 'Son 1.234 kg'))).toEqual(
      ['1.234'],
    );
    expect(
      quoted('Son 1.234 kg', findValue({ text: null, number: 1.234 }, 'Son 1.234 kg')),
    ).toEqual(['1.234']);
    expect(
      quoted('0,62 12 veces', findValue({ text: '0,62', number: null }, '0,62 12 veces')),
    ).toEqual(['0,62']);
  });

  it('reads written numbers in every plausible way', () => {
    expect(numberReadings('0,620')).toEqual([0.62]);
    expect(numberReadings('1.234')).toEqual([1.234, 1234]);
    expect(numberReadings('1.234.567')).toEqual([1234567]);
    expect(numberReadings('1 234,5')).toEqual([1234.5]);
  });
});

describe('findHiddenValueLeaks', () => {
  const fields = [
    { key: 'proveedor', label: 'Proveedor', text: 'Harinas Sur', number: null },
    { key: 'precio', label: 'Precio', text: null, number: 0.62 },
    { key: 'nota', label: 'Nota', text: 'Trato con Harinas Sur desde 2019', number: null },
  ];
  const body = 'Pagamos 0,62 EUR/kg a **Harinas Sur** cada mes';

  it('flags a hidden field whose value stays in the text or in a visible field', () => {
    expect(
      findHiddenValueLeaks({
        title: 'Harina',
        body,
        fields,
        redaction: { fieldKeys: ['proveedor'], spans: [] },
      }),
    ).toEqual([
      {
        fieldKey: 'proveedor',
        fieldLabel: 'Proveedor',
        inBody: [{ start: 22, end: 33 }],
        inFieldKeys: ['nota'],
        inTitle: false,
        inFiles: [],
      },
    ]);
  });

  it('is satisfied once every occurrence is hidden', () => {
    expect(
      findHiddenValueLeaks({
        title: 'Harina',
        body,
        fields,
        redaction: { fieldKeys: ['proveedor', 'nota', 'precio'], spans: [{ start: 8, end: 33 }] },
      }),
    ).toEqual([]);
  });

  it('counts a partly hidden occurrence as visible, and looks at the title', () => {
    const [leak] = findHiddenValueLeaks({
      title: 'Precio 0.620',
      body,
      fields,
      redaction: { fieldKeys: ['precio'], spans: [{ start: 8, end: 10 }] },
    });
    expect(leak).toMatchObject({
      fieldKey: 'precio',
      inBody: [{ start: 8, end: 12 }],
      inTitle: true,
    });
  });

  it('finds the value in the parts of the files the recipient gets, and says which', () => {
    const files = [
      {
        fileId: 'f1',
        fileName: 'costes.pdf',
        parts: [
          { page: 1, sheet: null, text: 'Resumen' },
          { page: 3, sheet: null, text: 'Compramos a HARINAS SUR y a Harinas Sur' },
        ],
      },
      {
        fileId: 'f2',
        fileName: 'precios.xlsx',
        parts: [{ page: null, sheet: 'Kg', text: '0.62' }],
      },
    ];
    expect(
      findHiddenValueLeaks({
        title: 'Harina',
        body: 'Nada que ver',
        fields,
        redaction: { fieldKeys: ['proveedor', 'precio', 'nota'], spans: [] },
        files,
      }).map((leak) => [leak.fieldKey, leak.inFiles]),
    ).toEqual([
      ['proveedor', [{ fileId: 'f1', fileName: 'costes.pdf', page: 3, sheet: null }]],
      ['precio', [{ fileId: 'f2', fileName: 'precios.xlsx', page: null, sheet: 'Kg' }]],
    ]);
  });
});
