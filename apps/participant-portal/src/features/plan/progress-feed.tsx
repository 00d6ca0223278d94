import { useFormat } from '@alianza/i18n';
import { EmptyState } from '@alianza/ui';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { FeedItem, PlanData } from './plan-helpers';

/** What has been reported on the plan, newest first. */
export function ProgressFeed(props: {
  items: readonly FeedItem[];
  objectives: PlanData['objectives'];
  organizationNames: ReadonlyMap<string, string>;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  if (props.items.length === 0) return <EmptyState text={t('progress.empty')} />;
  const indicators = new Map(
    props.objectives.flatMap((o) => o.indicators).map((i) => [i.id, i] as const),
  );
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {props.items.map((item) => (
        <Paper key={item.id} withBorder p="sm" component="li">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Text size="sm" fw={600}>
              {item.organizationId
                ? (props.organizationNames.get(item.organizationId) ?? t('unknownOrganization'))
                : t('progress.facilitator')}
            </Text>
            <Text size="xs" c="dimmed" title={format.dateTime(item.createdAt)}>
              {format.relative(item.createdAt)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {item.taskTitle
              ? t('progress.about', { milestone: item.milestoneTitle, task: item.taskTitle })
              : item.milestoneTitle}
          </Text>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {item.text}
          </Text>
          {(item.indicatorValues.length > 0 || item.evidenceGrantId) && (
            <Group gap="xs" mt="xs">
              {item.indicatorValues.map((v) => {
                const indicator = indicators.get(v.indicatorId);
                return (
                  <Badge key={v.indicatorId} variant="light" color="blue" tt="none">
                    {t('progress.indicatorValue', {
                      name: indicator?.name ?? t('progress.indicator'),
                      value: `${format.number(v.valueDecimal)}${indicator ? ` ${indicator.unit}` : ''}`,
                    })}
                  </Badge>
                );
              })}
              {item.evidenceGrantId && (
                <Badge
                  variant="light"
                  color="gray"
                  tt="none"
                  leftSection={<IconPaperclip size={12} aria-hidden />}
                >
                  {t('progress.withEvidence')}
                </Badge>
              )}
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
