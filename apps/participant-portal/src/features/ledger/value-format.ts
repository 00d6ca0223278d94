import { useFormat } from '@alianza/i18n';
import { useCallback } from 'react';
import { useT } from '../../i18n';
import type { PortalLedgerQuery } from './ledger.generated';

export type LedgerScale = PortalLedgerQuery['ledgerSettings'];

/** Formats an exact decimal of the ledger in its scale: money with its currency, or points. */
export function useLedgerValue(scale: LedgerScale | undefined): (value: string | number) => string {
  const { t } = useT('ledger');
  const format = useFormat();
  return useCallback(
    (value) =>
      scale?.valuationScale === 'MONEY' && scale.currency
        ? format.money(value, scale.currency)
        : t('points', { value: format.number(value), count: Number(value) }),
    [format, scale, t],
  );
}
