import { useFormat } from '@alianza/i18n';
import { EmptyState } from '@alianza/ui';
import { Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { decisionTime, shapeFunnel, type FunnelBar } from './funnel';
import type { ConsoleDisclosureFunnelFragment } from './reports.generated';

/**
 * Requests to share by outcome, the grants they produced by state, and how long the
 * facilitator took to decide (median and 90th percentile).
 */
export function DisclosureFunnel(props: { funnel: ConsoleDisclosureFunnelFragment }) {
  const { t } = useT('reports');
  const format = useFormat();
  const shaped = shapeFunnel(props.funnel);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-funnel">
      <Title order={2} size="h4" id="report-funnel" mb="sm">
        {t('funnel.title')}
      </Title>
      {shaped.requested === 0 ? (
        <EmptyState text={t('funnel.none')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <Stack gap="xs">
            <FunnelStage
              title={t('funnel.requests')}
              total={t('funnel.requestedCount', { count: shaped.requested })}
              bars={shaped.outcomes}
              of={shaped.requested}
            />
            {shaped.automatic > 0 && (
              <Text size="xs" c="dimmed">
                {t('funnel.automatic', { count: shaped.automatic })}
              </Text>
            )}
            <Text size="sm">
              {t('funnel.approvalRate')}: <b>{format.percent(shaped.approvalRate)}</b>
            </Text>
          </Stack>
          <FunnelStage
            title={t('funnel.grants')}
            total={t('funnel.grantsCount', { count: shaped.grants })}
            bars={shaped.grantStates}
            of={shaped.grants}
          />
          <Stack gap="xs">
            <Text fw={600}>{t('funnel.time')}</Text>
            <DecisionTimeFigure label={t('funnel.p50')} hours={props.funnel.decisionHoursP50} />
            <DecisionTimeFigure label={t('funnel.p90')} hours={props.funnel.decisionHoursP90} />
            <Text size="xs" c="dimmed">
              {t('funnel.timeHelp')}
            </Text>
          </Stack>
        </SimpleGrid>
      )}
    </Paper>
  );
}

function FunnelStage(props: {
  title: string;
  total: string;
  bars: readonly FunnelBar[];
  of: number;
}) {
  const { t } = useT('reports');
  const format = useFormat();
  return (
    <Table verticalSpacing={4} withRowBorders={false} aria-label={props.title} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="42%">{props.title}</Table.Th>
          <Table.Th colSpan={2} ta="right" fw={400} c="dimmed">
            {props.total}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.bars.map((bar) => {
          const label = t(`funnel.${bar.key}`);
          return (
            <Table.Tr key={bar.key}>
              <Table.Th scope="row" fw={400}>
                {label}
              </Table.Th>
              <Table.Td>
                <Progress
                  value={Math.round(bar.share * 100)}
                  color={bar.color}
                  size="lg"
                  aria-label={t('funnel.barLabel', { label, count: bar.count, total: props.of })}
                />
              </Table.Td>
              <Table.Td w={56} ta="right" fw={600}>
                {format.number(bar.count)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function DecisionTimeFigure(props: { label: string; hours: number | null }) {
  const { t } = useT('reports');
  const format = useFormat();
  const time = decisionTime(props.hours);
  const text = !time
    ? t('funnel.noDecisions')
    : time.unit === 'hoursAndDays'
      ? t('funnel.hoursAndDays', {
          value: format.number(time.value),
          days: format.number(time.days),
        })
      : t(`funnel.${time.unit}`, { value: format.number(time.value) });
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="lg" c={time ? undefined : 'dimmed'}>
        {text}
      </Text>
    </div>
  );
}
