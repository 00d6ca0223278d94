import { hashIdentifier, normalizeIdentifier, parseCustomerList } from './customer-identifiers';

describe('normalizeIdentifier', () => {
  it.each([
    ['B-1234.5678', 'b12345678'],
    ['b12345678', 'b12345678'],
    [' B 1234 5678 ', 'b12345678'],
    ['12.345.678-Z', '12345678z'],
    ['ES/B12345678', 'esb12345678'],
    ['Ｂ１２３４５６７８', 'b12345678'], // full-width (NFKC)
  ])('reduces the tax id %j to %j', (raw, expected) => {
    expect(normalizeIdentifier(raw)).toBe(expected);
  });

  it.each([
    ['acme.es', 'acme.es'],
    ['ACME.ES', 'acme.es'],
    ['https://www.acme.es/x', 'acme.es'],
    ['http://acme.es:8080/path?q=1#top', 'acme.es'],
    ['www.acme.es.', 'acme.es'],
    ['acme.es/contacto', 'acme.es'],
    ['HTTPS://Shop.Acme.es', 'shop.acme.es'],
    ['panadería.es', 'xn--panadera-i2a.es'],
  ])('reduces the domain or URL %j to %j', (raw, expected) => {
    expect(normalizeIdentifier(raw)).toBe(expected);
  });

  it('turns an email address into its domain', () => {
    expect(normalizeIdentifier('Ana.Lopez@Acme.es')).toBe('acme.es');
    expect(normalizeIdentifier('compras@www.acme.es')).toBe('acme.es');
  });

  it('refuses personal mailboxes, which name a person and not a customer', () => {
    expect(normalizeIdentifier('ana@gmail.com')).toBeNull();
    expect(normalizeIdentifier('ana@Hotmail.es')).toBeNull();
  });

  it.each([
    [''],
    ['   '],
    ['hello'],
    ['1234'], // too short for a tax id
    ['abcdefg'], // no digit
    ['a'.repeat(21) + '1'], // too long for a tax id
    ['acme'],
    ['acme.'],
    ['-acme.es'],
    ['acme.e'],
    ['acme .es'],
    ['http://'],
    ['@acme.es'],
    ['B-1234.5678 Acme S.L.'],
  ])('rejects %j', (raw) => {
    expect(normalizeIdentifier(raw)).toBeNull();
  });
});

describe('parseCustomerList', () => {
  it('reads one identifier per line, skipping blank lines', () => {
    expect(parseCustomerList('B-1234.5678\n\n  \nacme.es\r\nfoo.com\r\n')).toEqual({
      identifiers: ['b12345678', 'acme.es', 'foo.com'],
      duplicates: 0,
      rejected: 0,
      header: false,
    });
  });

  it('takes the first column of a CSV, with comma, semicolon or tab, and quoted values', () => {
    const csv = [
      'B-1234.5678;Panadería Sur S.L.',
      'acme.es,Acme',
      '"https://www.foo.com/x, y",Foo',
      'C99887766\tBar',
    ].join('\n');
    expect(parseCustomerList(csv).identifiers).toEqual([
      'b12345678',
      'acme.es',
      'foo.com',
      'c99887766',
    ]);
  });

  it('skips an obvious header line and says so', () => {
    const parsed = parseCustomerList('\uFEFFNIF;Nombre\nB-1234.5678;Sur\n');
    expect(parsed).toEqual({
      identifiers: ['b12345678'],
      duplicates: 0,
      rejected: 0,
      header: true,
    });
    expect(parseCustomerList('Dominio web\nacme.es').header).toBe(true);
  });

  it('counts a bad first line as rejected when it does not look like a header', () => {
    expect(parseCustomerList('12\nacme.es')).toMatchObject({ header: false, rejected: 1 });
  });

  it('counts identifiers written differently as duplicates of the first', () => {
    const parsed = parseCustomerList(
      [
        'B-1234.5678',
        'b12345678',
        'B 1234 5678',
        'acme.es',
        'https://www.acme.es/x',
        'ana@acme.es',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      identifiers: ['b12345678', 'acme.es'],
      duplicates: 4,
      rejected: 0,
      header: false,
    });
  });

  it('counts garbage lines as rejected, never as identifiers', () => {
    const parsed = parseCustomerList('acme.es\n???\nhello world\nana@gmail.com\n42\n');
    expect(parsed).toEqual({ identifiers: ['acme.es'], duplicates: 0, rejected: 4, header: false });
  });
});

describe('hashIdentifier', () => {
  it('is keyed: the same identifier under two keys gives two unrelated hashes', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);
    const a = hashIdentifier(k1, 'acme.es');
    expect(a).toHaveLength(32);
    expect(hashIdentifier(k1, 'acme.es').equals(a)).toBe(true);
    expect(hashIdentifier(k2, 'acme.es').equals(a)).toBe(false);
    expect(a.toString('hex')).not.toContain(Buffer.from('acme.es').toString('hex'));
  });
});
