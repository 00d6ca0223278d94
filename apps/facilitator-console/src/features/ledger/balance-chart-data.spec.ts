import { createI18n } from '@alianza/i18n';
import { describe, expect, it } from 'vitest';
import { balanceChartRows, balanceChartSeries } from './balance-chart-data';
import { ledgerMessages } from './messages';

const names: Record<string, string> = { molino: 'Molino del Sur', espiga: 'Panadería La Espiga' };
const nameOf = (id: string) => names[id] ?? 'Organización desconocida';

describe('balanceChartRows', () => {
  it('turns exact decimal strings into numbers, one row per organization named and sorted', () => {
    const rows = balanceChartRows(
      [
        { organizationId: 'molino', given: '1250.50', received: '0' },
        { organizationId: 'espiga', given: '0', received: '10.05' },
      ],
      nameOf,
    );
    expect(rows).toEqual([
      { organization: 'Molino del Sur', given: 1250.5, received: 0 },
      { organization: 'Panadería La Espiga', given: 0, received: 10.05 },
    ]);
    expect(typeof rows[0].given).toBe('number');
  });

  it('keeps a row for an organization the names do not know', () => {
    const rows = balanceChartRows([{ organizationId: 'gone', given: '3', received: '4' }], nameOf);
    expect(rows).toEqual([{ organization: 'Organización desconocida', given: 3, received: 4 }]);
  });

  it('gives an empty chart for no balances', () => {
    expect(balanceChartRows([], nameOf)).toEqual([]);
  });
});

describe('balanceChartSeries', () => {
  const seriesIn = (language: 'es' | 'en') => {
    const i18n = createI18n({ ledger: ledgerMessages }, language);
    const t = i18n.getFixedT(language, 'ledger');
    return balanceChartSeries({ given: t('balances.given'), received: t('balances.received') });
  };

  it('names the two series in Spanish, keyed by the row fields', () => {
    expect(seriesIn('es').map((s) => [s.name, s.label])).toEqual([
      ['given', 'Dado'],
      ['received', 'Recibido'],
    ]);
  });

  it('names the two series in English', () => {
    expect(seriesIn('en').map((s) => s.label)).toEqual(['Given', 'Received']);
  });
});
