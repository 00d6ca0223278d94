import { renderHook } from '@testing-library/react';
import { createI18n } from '@alianza/i18n';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { integerTicks, useLedgerAxis } from './ledger-axis';

describe('integerTicks', () => {
  it('counts every whole number of a small ledger, none skipped and none twice', () => {
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(2.5)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0)).toEqual([0, 1]);
  });

  it('steps by 1, 2 or 5 times a power of ten up to at least the largest value', () => {
    expect(integerTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(integerTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(integerTicks(1250)).toEqual([0, 500, 1000, 1500]);
    for (const max of [1, 4, 9, 13, 37, 480, 12_345]) {
      const ticks = integerTicks(max);
      const steps = ticks.slice(1).map((tick, i) => tick - ticks[i]);
      expect(new Set(steps).size).toBe(1);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('useLedgerAxis', () => {
  const axisIn = (
    language: 'es' | 'en',
    scale: { valuationScale: string; currency: string | null },
  ) => {
    const i18n = createI18n({}, language);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    return renderHook(() => useLedgerAxis(scale), { wrapper }).result.current;
  };

  it('says the unit once, in the label, and writes ticks as whole numbers', () => {
    const euros = axisIn('es', { valuationScale: 'MONEY', currency: 'EUR' });
    expect(euros.label).toBe('Valor (€)');
    expect(euros.tickFormatter(12_000)).toBe('12.000');
    expect(euros.props(3)).toMatchObject({ ticks: [0, 1, 2, 3], domain: [0, 3] });
    expect(axisIn('en', { valuationScale: 'POINTS', currency: null }).label).toBe('Value (points)');
  });
});
