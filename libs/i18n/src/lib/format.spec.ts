import { describe, expect, it } from 'vitest';
import { formattersFor } from './format';

describe('formattersFor', () => {
  it('formats money and numbers the Spanish way by default', () => {
    const es = formattersFor('es');
    expect(es.money('12345.5', 'EUR')).toBe('12.345,50\u00a0€');
    expect(es.number(12345.678)).toBe('12.345,68');
    expect(es.date('2026-11-23T10:00:00Z')).toMatch(/23 nov 2026/);
  });

  it('formats the English way when English is chosen', () => {
    const en = formattersFor('en');
    expect(en.money('1234.5', 'EUR')).toBe('€1,234.50');
    expect(en.number(12345.678)).toBe('12,345.68');
    expect(en.date('2026-11-23T10:00:00Z')).toBe('23 Nov 2026');
    expect(en.percent(0.456)).toBe('46%');
  });

  it('shows a dash for missing values', () => {
    expect(formattersFor('es').money(null, 'EUR')).toBe('—');
    expect(formattersFor('en').date(undefined)).toBe('—');
  });
});
