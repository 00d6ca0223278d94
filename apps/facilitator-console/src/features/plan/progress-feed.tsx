import { EmptyState } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Badge, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import type { PlanModel } from './use-plan';

/** Every progress update of the plan, newest first: what, on which milestone/task, who, when. */
export function ProgressFeed(props: { model: PlanModel }) {
  const { t } = useT('plan');
  const format = useFormat();
  const { model } = props;
  const indicators = useMemo(
    () => new Map(model.objectives.flatMap((o) => o.indicators).map((i) => [i.id, i])),
    [model.objectives],
  );
  const updates = useMemo(() => {
    const tasks = new Map(model.milestones.flatMap((m) => m.tasks).map((task) => [task.id, task]));
    return model.milestones
      .flatMap((m) =>
        m.progress.map((p) => ({
          update: p,
          milestone: m.title,
          task: p.taskId ? (tasks.get(p.taskId)?.title ?? null) : null,
        })),
      )
      .sort((a, b) => (a.update.createdAt < b.update.createdAt ? 1 : -1));
  }, [model.milestones]);
  if (updates.length === 0) return <EmptyState text={t('progress.empty')} />;
  return (
    <Paper withBorder p="md">
      <Timeline bulletSize={22} lineWidth={2}>
        {updates.map(({ update, milestone, task }) => (
          <Timeline.Item
            key={update.id}
            bullet={<IconMessageCircle size={12} aria-hidden />}
            title={
              <Text size="sm" fw={600}>
                {task ? t('progress.onTask', { milestone, task }) : milestone}
              </Text>
            }
          >
            <Stack gap={4}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {update.text}
              </Text>
              {update.indicatorValues.length > 0 && (
                <Group gap={4}>
                  {update.indicatorValues.map((v) => {
                    const indicator = indicators.get(v.indicatorId);
                    return (
                      <Badge key={v.indicatorId} variant="light" color="blue" tt="none">
                        {t('progress.indicatorValue', {
                          name: indicator?.name ?? t('progress.unknownIndicator'),
                          value: format.number(v.valueDecimal),
                          unit: indicator?.unit ?? '',
                        })}
                      </Badge>
                    );
                  })}
                </Group>
              )}
              <Text size="xs" c="dimmed">
                {t('progress.byline', {
                  who: model.authorName(update),
                  when: format.dateTime(update.createdAt),
                })}
              </Text>
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
