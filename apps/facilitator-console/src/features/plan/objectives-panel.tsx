import { EmptyState, useEnumLabel } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { indicatorChartRows } from './indicator-chart';
import type { PlanModel, PlanObjective } from './use-plan';

/** Objectives with their indicators: a table and a chart of baseline, target and latest value. */
export function ObjectivesPanel(props: {
  model: PlanModel;
  onAddIndicator: (objective: PlanObjective) => void;
}) {
  const { t } = useT('plan');
  if (props.model.objectives.length === 0) return <EmptyState text={t('objectives.empty')} />;
  return (
    <Stack>
      {props.model.objectives.map((objective) => (
        <ObjectiveCard
          key={objective.id}
          objective={objective}
          readOnly={props.model.readOnly}
          onAddIndicator={() => props.onAddIndicator(objective)}
        />
      ))}
    </Stack>
  );
}

function ObjectiveCard(props: {
  objective: PlanObjective;
  readOnly: boolean;
  onAddIndicator: () => void;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  const label = useEnumLabel();
  const { objective } = props;
  const rows = useMemo(() => indicatorChartRows(objective.indicators), [objective.indicators]);
  const series = [
    { name: 'baseline', label: t('objectives.series.baseline'), color: 'gray.5' },
    { name: 'target', label: t('objectives.series.target'), color: 'teal.6' },
    { name: 'current', label: t('objectives.series.current'), color: 'blue.6' },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`objective-${objective.id}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h4" id={`objective-${objective.id}`}>
            {objective.title}
          </Title>
          {objective.description && (
            <Text size="sm" c="dimmed">
              {objective.description}
            </Text>
          )}
        </div>
        {!props.readOnly && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={props.onAddIndicator}
            aria-label={t('objectives.addIndicatorTo', { title: objective.title })}
          >
            {t('objectives.addIndicator')}
          </Button>
        )}
      </Group>
      {objective.indicators.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('objectives.noIndicators')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={700} mt="sm">
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('objectives.indicator')}</Table.Th>
                  <Table.Th>{t('objectives.direction')}</Table.Th>
                  <Table.Th ta="right">{t('objectives.series.baseline')}</Table.Th>
                  <Table.Th ta="right">{t('objectives.series.target')}</Table.Th>
                  <Table.Th ta="right">{t('objectives.series.current')}</Table.Th>
                  <Table.Th w={200}>{t('objectives.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {objective.indicators.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      {i.name}{' '}
                      <Text span size="xs" c="dimmed">
                        ({i.unit})
                      </Text>
                    </Table.Td>
                    <Table.Td>{label('IndicatorDirection', i.direction)}</Table.Td>
                    <Table.Td ta="right">{format.number(i.baseline)}</Table.Td>
                    <Table.Td ta="right">{format.number(i.target)}</Table.Td>
                    <Table.Td ta="right">
                      {i.current === null ? t('objectives.noValue') : format.number(i.current)}
                    </Table.Td>
                    <Table.Td>
                      {i.progressPercent === null ? (
                        <Text size="xs" c="dimmed">
                          {t('objectives.noValue')}
                        </Text>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Progress
                            value={i.progressPercent}
                            w={120}
                            aria-label={t('objectives.progressOf', { name: i.name })}
                          />
                          <Text size="xs">{format.percent(i.progressPercent / 100)}</Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <BarChart
            mt="md"
            h={Math.max(180, 70 * rows.length + 60)}
            data={rows}
            dataKey="indicator"
            orientation="vertical"
            series={series}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            valueFormatter={(v) => format.number(v)}
            yAxisProps={{ width: 200 }}
            aria-label={t('objectives.chartLabel', { title: objective.title })}
          />
        </>
      )}
    </Paper>
  );
}
