import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { ReportLedgerScale } from './amount';
import { ConsoleReportLedgerScaleDocument } from './reports.generated';

/**
 * The ledger scale (points or money) of each collaboration, to word a report's amounts. One
 * small cached query each; until it answers (or if it fails) amounts show as plain numbers.
 */
export function useLedgerScales(
  collaborationIds: readonly string[],
): ReadonlyMap<string, ReportLedgerScale> {
  const client = useApolloClient();
  const [scales, setScales] = useState<ReadonlyMap<string, ReportLedgerScale>>(new Map());
  const key = [...collaborationIds].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let current = true;
    void Promise.allSettled(
      key.split(',').map(async (collaborationId) => {
        const result = await client.query({
          query: ConsoleReportLedgerScaleDocument,
          variables: { collaborationId },
          errorPolicy: 'ignore',
        });
        const scale = result.data?.ledgerSettings;
        return scale ? ([collaborationId, scale] as const) : null;
      }),
    ).then((results) => {
      if (!current) return;
      const found = new Map<string, ReportLedgerScale>();
      for (const r of results) if (r.status === 'fulfilled' && r.value) found.set(...r.value);
      setScales(found);
    });
    return () => {
      current = false;
    };
  }, [client, key]);
  return scales;
}
