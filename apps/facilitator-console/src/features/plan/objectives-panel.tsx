import { EmptyState, useAction, useEnumLabel } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { BarChart } from '@mantine/charts';
import {
  ActionIcon,
  Button,
  Group,
  Menu,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { ConfirmRemoveModal } from './confirm-remove-modal';
import { indicatorChartRows } from './indicator-chart';
import { IndicatorFormModal, ObjectiveFormModal } from './objective-form-modals';
import {
  ConsolePlanDocument,
  useConsoleRemoveIndicatorMutation,
  useConsoleRemoveObjectiveMutation,
} from './plan.generated';
import { RowActions } from './row-actions';
import type { PlanIndicator, PlanModel, PlanObjective } from './use-plan';

/** What an objective's card has open: a change or a removal, of it or of one of its indicators. */
type CardDialog =
  | { kind: 'edit' | 'remove' }
  | { kind: 'editIndicator' | 'removeIndicator'; indicator: PlanIndicator };

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
          collaborationId={props.model.collaborationId}
          readOnly={props.model.readOnly}
          onAddIndicator={() => props.onAddIndicator(objective)}
        />
      ))}
    </Stack>
  );
}

function ObjectiveCard(props: {
  objective: PlanObjective;
  collaborationId: string;
  readOnly: boolean;
  onAddIndicator: () => void;
}) {
  const { t } = useT('plan');
  const run = useAction();
  const [dialog, setDialog] = useState<CardDialog | null>(null);
  const close = () => setDialog(null);
  const refetch = { refetchQueries: [ConsolePlanDocument], awaitRefetchQueries: true };
  const [removeObjective] = useConsoleRemoveObjectiveMutation(refetch);
  const [removeIndicator] = useConsoleRemoveIndicatorMutation(refetch);
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
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={props.onAddIndicator}
              aria-label={t('objectives.addIndicatorTo', { title: objective.title })}
            >
              {t('objectives.addIndicator')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  aria-label={`${t('objectives.actions')}: ${objective.title}`}
                >
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setDialog({ kind: 'edit' })}>
                  {t('objectives.edit', { title: objective.title })}
                </Menu.Item>
                <Menu.Item color="red" onClick={() => setDialog({ kind: 'remove' })}>
                  {t('objectives.remove', { title: objective.title })}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
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
                  {!props.readOnly && <Table.Th w={80}>{t('objectives.actions')}</Table.Th>}
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
                    <Table.Td ta="right">{format.number(i.baselineDecimal)}</Table.Td>
                    <Table.Td ta="right">{format.number(i.targetDecimal)}</Table.Td>
                    <Table.Td ta="right">
                      {i.currentDecimal === null
                        ? t('objectives.noValue')
                        : format.number(i.currentDecimal)}
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
                    {!props.readOnly && (
                      <Table.Td>
                        <RowActions
                          editLabel={t('objectives.editIndicator', { name: i.name })}
                          removeLabel={t('objectives.removeIndicator', { name: i.name })}
                          onEdit={() => setDialog({ kind: 'editIndicator', indicator: i })}
                          onRemove={() => setDialog({ kind: 'removeIndicator', indicator: i })}
                        />
                      </Table.Td>
                    )}
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
      {dialog?.kind === 'edit' && (
        <ObjectiveFormModal
          collaborationId={props.collaborationId}
          objective={objective}
          opened
          onClose={close}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmRemoveModal
          title={t('remove.objectiveTitle', { title: objective.title })}
          message={t('remove.objectiveMessage')}
          onClose={close}
          onConfirm={async () =>
            !!(await run(
              () => removeObjective({ variables: { objectiveId: objective.id } }),
              t('remove.objectiveDone'),
            ))
          }
        />
      )}
      {dialog?.kind === 'editIndicator' && (
        <IndicatorFormModal objective={objective} indicator={dialog.indicator} onClose={close} />
      )}
      {dialog?.kind === 'removeIndicator' && (
        <ConfirmRemoveModal
          title={t('remove.indicatorTitle', { name: dialog.indicator.name })}
          message={t('remove.indicatorMessage')}
          onClose={close}
          onConfirm={async () =>
            !!(await run(
              () => removeIndicator({ variables: { indicatorId: dialog.indicator.id } }),
              t('remove.indicatorDone'),
            ))
          }
        />
      )}
    </Paper>
  );
}
