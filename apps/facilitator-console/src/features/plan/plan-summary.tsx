import { useFormat } from '@alianza/i18n';
import { Group, Paper, RingProgress, SimpleGrid, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { PlanModel } from './use-plan';

/** How far the plan is, and what is overdue. */
export function PlanSummary(props: { model: PlanModel }) {
  const { t } = useT('plan');
  const format = useFormat();
  const { model } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Paper withBorder p="sm">
        <Group gap="sm" wrap="nowrap">
          <RingProgress
            size={56}
            thickness={6}
            sections={[{ value: model.percentDone, color: 'teal' }]}
            aria-hidden
          />
          <div>
            <Text size="xs" c="dimmed">
              {t('summary.percentDone')}
            </Text>
            <Text fw={700} size="lg">
              {format.percent(model.percentDone / 100)}
            </Text>
          </div>
        </Group>
      </Paper>
      <Stat
        label={t('summary.overdueMilestones')}
        value={model.overdueMilestoneCount}
        total={model.milestones.length}
      />
      <Stat
        label={t('summary.overdueTasks')}
        value={model.overdueTaskCount}
        total={model.tasks.length}
      />
    </SimpleGrid>
  );
}

function Stat(props: { label: string; value: number; total: number }) {
  const { t } = useT('plan');
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="lg" c={props.value > 0 ? 'red' : undefined}>
        {t('summary.ofTotal', { value: props.value, total: props.total })}
      </Text>
    </Paper>
  );
}
