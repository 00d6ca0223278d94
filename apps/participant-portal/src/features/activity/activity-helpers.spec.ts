import { describe, expect, it } from 'vitest';
import { MAX_CUSTOMER_FILE_BYTES, readCustomerFile, sameSelection } from './activity-helpers';

describe('readCustomerFile', () => {
  it('reads a file as text, with its name', async () => {
    const file = new File(['B-1234.5678\nacme.es\n'], 'clientes.csv', { type: 'text/csv' });
    expect(await readCustomerFile(file)).toEqual({
      ok: true,
      content: 'B-1234.5678\nacme.es\n',
      fileName: 'clientes.csv',
    });
  });

  it('refuses a file over 2 MB before sending it', async () => {
    const file = new File(['x'.repeat(MAX_CUSTOMER_FILE_BYTES + 1)], 'big.csv');
    expect(await readCustomerFile(file)).toEqual({ ok: false, reason: 'tooBig' });
  });
});

describe('sameSelection', () => {
  it('ignores order', () => {
    expect(sameSelection(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameSelection(['a'], ['a', 'b'])).toBe(false);
    expect(sameSelection(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});
