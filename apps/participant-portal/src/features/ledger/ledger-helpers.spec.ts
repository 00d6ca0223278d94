import { describe, expect, it } from 'vitest';
import {
  balanceChart,
  canRespond,
  disclosureReference,
  entryDirection,
  normalizeDecimal,
  ourBalance,
  type LedgerEntry,
} from './ledger-helpers';

const US = 'org-us';
const THEM = 'org-them';

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  id: 'e',
  giverOrganizationId: THEM,
  receiverOrganizationId: US,
  contributionType: 'SUPPLY',
  description: '',
  value: '10',
  occurredOn: '2026-11-15',
  source: 'DECLARED',
  status: 'CONFIRMED',
  disputeReason: null,
  settleReason: null,
  createdAt: '2026-11-15T10:00:00Z',
  ...over,
});

describe('balanceChart', () => {
  const entries = [
    entry({ value: '10', occurredOn: '2026-09-03' }),
    entry({ value: '2.5', occurredOn: '2026-09-20', contributionType: 'LEARNING' }),
    entry({
      giverOrganizationId: US,
      receiverOrganizationId: THEM,
      value: '1250.50',
      occurredOn: '2026-11-01',
    }),
    entry({
      giverOrganizationId: US,
      receiverOrganizationId: null,
      value: '4',
      occurredOn: '2026-11-30',
    }),
    // Not confirmed, or not ours: left out.
    entry({ status: 'PENDING', value: '99', occurredOn: '2026-10-01' }),
    entry({ status: 'DISPUTED', value: '99' }),
    entry({ giverOrganizationId: THEM, receiverOrganizationId: 'org-other', value: '99' }),
  ];

  it('sums what we gave and received per month, filling the months between', () => {
    expect(balanceChart(entries, US, 'month')).toEqual([
      { key: '2026-09', given: 0, received: 12.5 },
      { key: '2026-10', given: 0, received: 0 },
      { key: '2026-11', given: 1254.5, received: 0 },
    ]);
  });

  it('sums per contribution type, largest first', () => {
    expect(balanceChart(entries, US, 'type')).toEqual([
      { key: 'SUPPLY', given: 1254.5, received: 10 },
      { key: 'LEARNING', given: 0, received: 2.5 },
    ]);
  });

  it('crosses a year and is empty without confirmed entries of ours', () => {
    expect(
      balanceChart(
        [entry({ occurredOn: '2026-12-01' }), entry({ occurredOn: '2027-01-31' })],
        US,
        'month',
      ).map((p) => p.key),
    ).toEqual(['2026-12', '2027-01']);
    expect(balanceChart([entry({ status: 'PENDING' })], US, 'month')).toEqual([]);
    expect(balanceChart(entries, null, 'month')).toEqual([]);
  });
});

describe('ourBalance', () => {
  it('takes our line of the balances, or zeros when we have none', () => {
    const balances = {
      organizations: [{ organizationId: US, given: '0', received: '10.00', net: '-10.00' }],
      byMonth: [],
      byType: [],
    };
    expect(ourBalance(balances, US)).toEqual({ given: '0', received: '10.00', net: '-10.00' });
    expect(ourBalance(balances, THEM)).toEqual({ given: '0', received: '0', net: '0' });
  });
});

describe('entry roles', () => {
  it('tells given from received', () => {
    expect(entryDirection(entry({}), US)).toBe('received');
    expect(
      entryDirection(entry({ giverOrganizationId: US, receiverOrganizationId: THEM }), US),
    ).toBe('given');
  });

  it('lets only the receiver answer a pending entry', () => {
    expect(canRespond(entry({ status: 'PENDING' }), US)).toBe(true);
    expect(canRespond(entry({ status: 'PENDING' }), THEM)).toBe(false);
    expect(canRespond(entry({ status: 'CONFIRMED' }), US)).toBe(false);
  });

  it('recognises entries made by an approved disclosure', () => {
    expect(
      disclosureReference(entry({ source: 'DISCLOSURE', description: 'Disclosure ref. AB12CD' })),
    ).toBe('AB12CD');
    expect(disclosureReference(entry({ description: 'Disclosure ref. AB12CD' }))).toBeNull();
  });
});

describe('normalizeDecimal', () => {
  it('accepts what the API accepts, with a comma or a point', () => {
    expect(normalizeDecimal('12')).toBe('12');
    expect(normalizeDecimal(' 5,5 ')).toBe('5.5');
    expect(normalizeDecimal('1250.50')).toBe('1250.50');
    expect(normalizeDecimal('-3')).toBeNull();
    expect(normalizeDecimal('1.234')).toBeNull();
    expect(normalizeDecimal('abc')).toBeNull();
  });
});
