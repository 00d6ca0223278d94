import { useLedgerAxis } from '@alianza/ui';
import { BarChart } from '@mantine/charts';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { balanceChartRows, balanceChartSeries } from './balance-chart-data';
import type { LedgerModel } from './use-ledger';

/** Given vs received per organization, as bars. */
export function BalanceChart(props: { model: LedgerModel }) {
  const { t } = useT('ledger');
  const { model } = props;
  const rows = useMemo(
    () => balanceChartRows(model.data.ledgerBalances.organizations, model.organizationName),
    [model],
  );
  const axis = useLedgerAxis(model.scale);
  const max = Math.max(0, ...rows.flatMap((r) => [r.given, r.received]));
  const series = balanceChartSeries({
    given: t('balances.given'),
    received: t('balances.received'),
  });
  return (
    <BarChart
      h={Math.max(200, 64 * rows.length + 70)}
      orientation="vertical"
      data={rows}
      dataKey="organization"
      series={series}
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={(v) => model.amount(String(v))}
      xAxisProps={axis.props(max)}
      xAxisLabel={axis.label}
      yAxisProps={{ width: 150 }}
      aria-label={t('balances.chartLabel')}
    />
  );
}
