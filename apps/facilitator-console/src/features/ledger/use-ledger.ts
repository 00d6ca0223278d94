import { useFormat } from '@alianza/i18n';
import { useLiveNotifications, formatLedgerAmount, type LedgerScale } from '@alianza/ui';
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n';
import {
  ConsoleLedgerDocument,
  ConsoleLedgerEntriesDocument,
  type ConsoleLedgerQuery,
  useConsoleLedgerQuery,
} from './ledger.generated';

/** The summary and the list of entries: both change when an entry does. */
export const LEDGER_QUERIES = [ConsoleLedgerDocument, ConsoleLedgerEntriesDocument];

export interface LedgerModel {
  readonly collaborationId: string;
  readonly data: ConsoleLedgerQuery;
  /** A closed collaboration can no longer change. */
  readonly readOnly: boolean;
  readonly scale: LedgerScale;
  /** Organizations that took part (accepted), by name. */
  readonly organizations: { id: string; name: string }[];
  organizationName(id: string | null | undefined): string;
  /** An exact amount in the ledger's scale (money or points). */
  amount(value: string | null | undefined): string;
  /** The scale and currency can no longer change (an entry with a value exists). */
  readonly scaleLocked: boolean;
  readonly pendingCount: number;
  readonly disputedCount: number;
  readonly overduePledgeCount: number;
}

export function useLedger(collaborationId: string) {
  const { t } = useT('ledger');
  const format = useFormat();
  const query = useConsoleLedgerQuery({ variables: { collaborationId }, skip: !collaborationId });
  useLiveNotifications(['LEDGER_TO_CONFIRM', 'LEDGER_DISPUTED', 'LEDGER_PLEDGE_OVERDUE'], () => {
    void query.refetch();
  });
  const data = query.data;
  const points = useCallback((n: string) => t('points', { value: n }), [t]);
  const model = useMemo<LedgerModel | null>(() => {
    if (!data) return null;
    const names = new Map(
      data.collaboration.participations.map((p) => [p.organization.id, p.organization.name]),
    );
    const scale = data.ledgerSettings;
    return {
      collaborationId,
      data,
      readOnly: data.collaboration.status === 'CLOSED',
      scale,
      organizations: data.collaboration.participations
        .filter((p) => p.status === 'ACCEPTED')
        .map((p) => p.organization)
        .sort((a, b) => a.name.localeCompare(b.name)),
      organizationName: (id) =>
        id ? (names.get(id) ?? t('unknownOrganization')) : t('wholeCollaboration'),
      amount: (value) => formatLedgerAmount(value, scale, format, points),
      scaleLocked: data.ledgerSettings.scaleLocked,
      pendingCount: data.pendingEntries.totalCount,
      disputedCount: data.disputedEntries.totalCount,
      overduePledgeCount: data.collaboration.pledges.nodes.filter((p) => p.overdue).length,
    };
  }, [data, collaborationId, format, points, t]);
  return { query, model };
}
