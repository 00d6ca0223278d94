import { formattersFor } from '@alianza/i18n';
import { describe, expect, it } from 'vitest';
import { formatLedgerAmount } from './ledger-amount';

const points = (n: string) => `${n} puntos`;
const es = formattersFor('es');

describe('formatLedgerAmount', () => {
  it('shows money in its currency and points with their word', () => {
    expect(
      formatLedgerAmount('1250.5', { valuationScale: 'MONEY', currency: 'EUR' }, es, points),
    ).toBe('1250,50\u00a0€');
    expect(formatLedgerAmount('12', { valuationScale: 'POINTS', currency: null }, es, points)).toBe(
      '12\u00a0puntos',
    );
  });

  it('never lets an amount break across lines (no breakable space in it)', () => {
    const amounts = [
      formatLedgerAmount('-98765.4', { valuationScale: 'MONEY', currency: 'EUR' }, es, points),
      formatLedgerAmount(
        '123456',
        { valuationScale: 'MONEY', currency: 'USD' },
        formattersFor('en'),
        points,
      ),
      formatLedgerAmount('3000', { valuationScale: 'POINTS', currency: null }, es, points),
    ];
    for (const amount of amounts) expect(amount).not.toMatch(/[ \u202f\n]/);
  });
});
