import { useFormat } from '@alianza/i18n';
import { formatLedgerAmount } from '@alianza/ui';
import { useCallback } from 'react';
import { useT } from '../../i18n';
import type { PortalLedgerQuery } from './ledger.generated';

export type LedgerScale = PortalLedgerQuery['ledgerSettings'];

const POINTS = { valuationScale: 'POINTS', currency: null };

/**
 * Formats an exact decimal of the ledger in its scale: money with its currency, or points
 * (until the scale is known). On one line, as every ledger amount (`formatLedgerAmount`).
 */
export function useLedgerValue(scale: LedgerScale | undefined): (value: string | number) => string {
  const { t } = useT('ledger');
  const format = useFormat();
  return useCallback(
    (value) =>
      formatLedgerAmount(String(value), scale ?? POINTS, format, (n) =>
        t('points', { value: n, count: Number(value) }),
      ),
    [format, scale, t],
  );
}
