import type { LedgerEntryFieldsFragment } from '@alianza/graphql-client';
import type { ContributionType } from '@alianza/graphql-client/types';
import type { PortalLedgerQuery } from './ledger.generated';

export type LedgerEntry = LedgerEntryFieldsFragment;
export type LedgerCollaboration = PortalLedgerQuery['collaboration'];
export type LedgerBalances = PortalLedgerQuery['ledgerBalances'];

/** Given, received and net of one organization, as exact decimal strings. */
export interface OurBalance {
  readonly given: string;
  readonly received: string;
  readonly net: string;
}

/** One bar group of the chart: what we gave and received in a month (or of a type). */
export interface ChartPoint<Key extends string = string> {
  /** YYYY-MM, or a ContributionType. */
  readonly key: Key;
  readonly given: number;
  readonly received: number;
}

export type ChartGrouping = 'month' | 'type';

/** The organization the viewer acts for in this collaboration (its active participation). */
export function ourOrganizationId(collaboration: {
  readonly myParticipations: readonly {
    readonly organizationId: string;
    readonly active: boolean;
  }[];
}): string | null {
  const mine =
    collaboration.myParticipations.find((p) => p.active) ?? collaboration.myParticipations[0];
  return mine?.organizationId ?? null;
}

/** Our line of the balances; zero when we have no confirmed entry yet. */
export function ourBalance(balances: LedgerBalances, organizationId: string | null): OurBalance {
  const row = balances.organizations.find((o) => o.organizationId === organizationId);
  return row
    ? { given: row.given, received: row.received, net: row.net }
    : { given: '0', received: '0', net: '0' };
}

/** Whether the entry went from us (given), to us (received), or neither. */
export function entryDirection(
  entry: Pick<LedgerEntry, 'giverOrganizationId' | 'receiverOrganizationId'>,
  organizationId: string | null,
): 'given' | 'received' | 'other' {
  if (!organizationId) return 'other';
  if (entry.giverOrganizationId === organizationId) return 'given';
  if (entry.receiverOrganizationId === organizationId) return 'received';
  return 'other';
}

/** Only the receiver confirms or disputes, and only while the entry is pending. */
export function canRespond(
  entry: Pick<LedgerEntry, 'status' | 'receiverOrganizationId'>,
  organizationId: string | null,
): boolean {
  return (
    !!organizationId &&
    entry.status === 'PENDING' &&
    entry.receiverOrganizationId === organizationId
  );
}

/**
 * Chart data of what our organization gave and received, from its confirmed entries: by month
 * (YYYY-MM, ascending, gaps filled with zeros) or by contribution type (largest first).
 * The API's own `byMonth`/`byType` totals are for the whole collaboration, not per organization.
 * Number() is fine here: the chart only draws bars; the exact figures come from the API.
 */
export function balanceChart(
  entries: readonly ChartEntry[],
  organizationId: string | null,
  grouping: 'type',
): ChartPoint<ContributionType>[];
export function balanceChart(
  entries: readonly ChartEntry[],
  organizationId: string | null,
  grouping: 'month',
): ChartPoint[];
export function balanceChart(
  entries: readonly ChartEntry[],
  organizationId: string | null,
  grouping: ChartGrouping,
): ChartPoint[] {
  if (grouping === 'type') {
    const sums = confirmedSums(entries, organizationId, (entry) => entry.contributionType);
    return [...sums.entries()]
      .map(([key, v]) => ({ key, given: round(v.given), received: round(v.received) }))
      .sort((a, b) => b.given + b.received - (a.given + a.received) || a.key.localeCompare(b.key));
  }
  const sums = confirmedSums(entries, organizationId, (entry) => entry.occurredOn.slice(0, 7));
  const months = [...sums.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  return monthsBetween(first, last).map((key) => {
    const v = sums.get(key) ?? { given: 0, received: 0 };
    return { key, given: round(v.given), received: round(v.received) };
  });
}

type ChartEntry = Pick<
  LedgerEntry,
  | 'giverOrganizationId'
  | 'receiverOrganizationId'
  | 'status'
  | 'value'
  | 'occurredOn'
  | 'contributionType'
>;

/** What the organization gave and received in confirmed entries, by `keyOf` each entry. */
function confirmedSums<Key extends string>(
  entries: readonly ChartEntry[],
  organizationId: string | null,
  keyOf: (entry: ChartEntry) => Key,
): Map<Key, { given: number; received: number }> {
  const sums = new Map<Key, { given: number; received: number }>();
  for (const entry of entries) {
    if (entry.status !== 'CONFIRMED') continue;
    const direction = entryDirection(entry, organizationId);
    if (direction === 'other') continue;
    const key = keyOf(entry);
    const point = sums.get(key) ?? { given: 0, received: 0 };
    point[direction] += Number(entry.value);
    sums.set(key, point);
  }
  return sums;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Every YYYY-MM from `first` to `last`, inclusive. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** The grant reference of an entry made by an approved disclosure, if that is what it is. */
export function disclosureReference(
  entry: Pick<LedgerEntry, 'source' | 'description'>,
): string | null {
  if (entry.source !== 'DISCLOSURE') return null;
  return /^Disclosure ref\. (\S+)$/.exec(entry.description)?.[1] ?? null;
}

/** A non-negative decimal with at most two decimals, as the API accepts ("12", "12.5"). */
export function normalizeDecimal(input: string): string | null {
  const text = input.trim().replace(',', '.');
  return /^\d{1,16}(\.\d{1,2})?$/.test(text) ? text : null;
}

export const CONTRIBUTION_TYPES: readonly ContributionType[] = [
  'INFORMATION',
  'SUPPLY',
  'MONEY',
  'RECOMMENDATION',
  'REPRESENTATION',
  'LABOUR',
  'LEARNING',
  'EDUCATION',
  'CARE',
  'SECURITY',
  'BACKING',
  'GROUPING',
  'NEIGHBOURHOOD',
  'OTHER',
];
