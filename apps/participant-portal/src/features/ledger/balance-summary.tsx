import { useFormat } from '@alianza/i18n';
import { EmptyState, useEnumLabel, useLedgerAxis, type LedgerScale } from '@alianza/ui';
import { BarChart } from '@mantine/charts';
import { Card, Group, SegmentedControl, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { balanceChart, type ChartGrouping, type OurBalance } from './ledger-helpers';
import { usePortalLedgerEntriesQuery } from './ledger.generated';

/** Our given / received / net, in the ledger's scale. */
export function BalanceCards(props: {
  balance: OurBalance;
  formatValue: (value: string) => string;
}) {
  const { t } = useT('ledger');
  const net = Number(props.balance.net);
  const cards = [
    { key: 'given', label: t('balance.given'), value: props.balance.given, color: undefined },
    {
      key: 'received',
      label: t('balance.received'),
      value: props.balance.received,
      color: undefined,
    },
    {
      key: 'net',
      label: t('balance.net'),
      value: props.balance.net,
      color: net > 0 ? 'teal' : net < 0 ? 'orange' : undefined,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {cards.map((card) => (
        <Card key={card.key} withBorder padding="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {card.label}
          </Text>
          <Text fz="xl" fw={700} c={card.color}>
            {props.formatValue(card.value)}
          </Text>
          {card.key === 'net' && (
            <Text size="xs" c="dimmed">
              {net > 0
                ? t('balance.netPositive')
                : net < 0
                  ? t('balance.netNegative')
                  : t('balance.netEven')}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** A bar chart of what we gave and received (confirmed entries), by month or by type. */
export function BalanceChart(props: {
  collaborationId: string;
  organizationId: string;
  scale: LedgerScale | undefined;
  formatValue: (value: number) => string;
}) {
  const { t } = useT('ledger');
  const format = useFormat();
  const axis = useLedgerAxis(props.scale);
  const enumLabel = useEnumLabel();
  const [grouping, setGrouping] = useState<ChartGrouping>('month');
  const { data } = usePortalLedgerEntriesQuery({
    variables: {
      collaborationId: props.collaborationId,
      organizationId: props.organizationId,
      status: 'CONFIRMED',
      first: 100,
    },
  });
  const entries = data?.ledgerEntries.nodes;
  const points = useMemo(() => {
    const monthFormat = new Intl.DateTimeFormat(format.locale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return grouping === 'month'
      ? balanceChart(entries ?? [], props.organizationId, 'month').map((p) => ({
          ...p,
          label: monthFormat.format(new Date(`${p.key}-01T00:00:00Z`)),
        }))
      : balanceChart(entries ?? [], props.organizationId, 'type').map((p) => ({
          ...p,
          label: enumLabel('ContributionType', p.key),
        }));
  }, [entries, props.organizationId, grouping, format.locale, enumLabel]);

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h5">
          {t('chart.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('chart.grouping')}
          value={grouping}
          onChange={(value) => setGrouping(value as ChartGrouping)}
          data={[
            { value: 'month', label: t('chart.byMonth') },
            { value: 'type', label: t('chart.byType') },
          ]}
        />
      </Group>
      {!data ? null : points.length === 0 ? (
        <EmptyState text={t('chart.empty')} />
      ) : (
        <>
          <BarChart
            h={220}
            data={points}
            dataKey="label"
            withLegend
            valueFormatter={props.formatValue}
            yAxisProps={{
              ...axis.props(Math.max(0, ...points.flatMap((p) => [p.given, p.received]))),
              width: 56,
            }}
            yAxisLabel={axis.label}
            maxBarWidth={56}
            series={[
              { name: 'given', label: t('balance.given'), color: 'teal.6' },
              { name: 'received', label: t('balance.received'), color: 'blue.6' },
            ]}
            role="img"
            aria-label={t('chart.description')}
          />
          {data.ledgerEntries.pageInfo.hasNextPage && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('chart.partial', { count: points.length })}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
