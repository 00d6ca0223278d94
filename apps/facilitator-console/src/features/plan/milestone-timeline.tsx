import { AddToCalendar, EnumBadge, EmptyState } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { ActionIcon, Badge, Box, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import type { MilestoneStatus } from '@alianza/graphql-client/types';
import { layoutTimeline, todayIso, type TimelineBar } from './timeline';
import type { PlanMilestone } from './use-plan';

const LABEL_WIDTH = 300;

const STATUS_COLOR: Record<MilestoneStatus, string> = {
  PLANNED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'teal',
  CANCELLED: 'dark',
};

/** Milestones against a month scale: one row each, bar = its window, fill = share of tasks done. */
export function MilestoneTimeline(props: {
  milestones: PlanMilestone[];
  onEdit?: (milestone: PlanMilestone) => void;
  today?: string;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  const today = props.today ?? todayIso();
  const layout = useMemo(() => layoutTimeline(props.milestones, today), [props.milestones, today]);
  const monthFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    [format.locale],
  );
  if (props.milestones.length === 0) return <EmptyState text={t('timeline.empty')} />;
  return (
    <Paper withBorder p="md">
      <TimelineLegend showToday={layout.todayPct !== null} />
      <Box mt="md" style={{ display: 'grid', gridTemplateColumns: `${LABEL_WIDTH}px 1fr` }}>
        <Text size="xs" c="dimmed" fw={600} pb={6}>
          {t('timeline.milestone')}
        </Text>
        <Box pos="relative" h={24} aria-hidden>
          {layout.months.map((month) => (
            <Text
              key={month.key}
              size="xs"
              c="dimmed"
              pos="absolute"
              top={0}
              pl={4}
              style={{
                left: `${month.leftPct}%`,
                width: `${month.widthPct}%`,
                borderLeft: '1px solid var(--mantine-color-gray-3)',
                whiteSpace: 'nowrap',
                overflow: 'hidden',
              }}
            >
              {monthFormat.format(new Date(`${month.key}-01T00:00:00Z`))}
            </Text>
          ))}
        </Box>
        {props.milestones.map((milestone) => (
          <TimelineRow
            key={milestone.id}
            milestone={milestone}
            bar={layout.bars[milestone.id] ?? { kind: 'none' }}
            months={layout.months}
            todayPct={layout.todayPct}
            onEdit={props.onEdit}
          />
        ))}
      </Box>
    </Paper>
  );
}

function TimelineRow(props: {
  milestone: PlanMilestone;
  bar: TimelineBar;
  months: { key: string; leftPct: number }[];
  todayPct: number | null;
  onEdit?: (milestone: PlanMilestone) => void;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  const m = props.milestone;
  const color = m.overdue ? 'red' : STATUS_COLOR[m.status];
  const window =
    m.startDate && m.dueDate
      ? t('timeline.window', { start: format.date(m.startDate), end: format.date(m.dueDate) })
      : m.dueDate
        ? t('timeline.dueOnly', { date: format.date(m.dueDate) })
        : m.startDate
          ? t('timeline.startOnly', { date: format.date(m.startDate) })
          : t('timeline.noDates');
  return (
    <>
      <Stack gap={2} py={8} pr="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Text fw={600} size="sm" lineClamp={2}>
            {m.title}
          </Text>
          {(m.startDate || m.dueDate) && (
            <AddToCalendar kind="milestone" id={m.id} title={m.title} compact />
          )}
          {props.onEdit && (
            <Tooltip label={t('timeline.edit', { title: m.title })}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('timeline.edit', { title: m.title })}
                onClick={() => props.onEdit?.(m)}
              >
                <IconPencil size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {window}
        </Text>
        <Group gap={4}>
          <EnumBadge enum="MilestoneStatus" value={m.status} size="xs" />
          {m.overdue && (
            <Badge color="red" size="xs" variant="filled">
              {t('overdue')}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('timeline.percentDone', { percent: format.percent(m.percentDone / 100) })}
          </Text>
        </Group>
      </Stack>
      <Box
        pos="relative"
        aria-hidden
        style={{ borderTop: '1px solid var(--mantine-color-gray-2)', minHeight: 56 }}
      >
        {props.months.map((month) => (
          <Box
            key={month.key}
            pos="absolute"
            top={0}
            bottom={0}
            style={{
              left: `${month.leftPct}%`,
              borderLeft: '1px solid var(--mantine-color-gray-2)',
            }}
          />
        ))}
        {props.todayPct !== null && (
          <Box
            pos="absolute"
            top={0}
            bottom={0}
            style={{
              left: `${props.todayPct}%`,
              borderLeft: '2px dashed var(--mantine-color-red-5)',
            }}
          />
        )}
        <Bar
          bar={props.bar}
          color={color}
          percentDone={m.percentDone}
          cancelled={m.status === 'CANCELLED'}
        />
      </Box>
    </>
  );
}

function Bar(props: { bar: TimelineBar; color: string; percentDone: number; cancelled: boolean }) {
  const { bar, color } = props;
  if (bar.kind === 'none') return null;
  if (bar.kind === 'point') {
    return (
      <Box
        pos="absolute"
        top={20}
        w={14}
        h={14}
        style={{
          left: `calc(${bar.leftPct}% - 7px)`,
          transform: 'rotate(45deg)',
          background: `var(--mantine-color-${color}-6)`,
        }}
      />
    );
  }
  return (
    <Box
      pos="absolute"
      top={16}
      h={22}
      style={{
        left: `${bar.leftPct}%`,
        width: `${bar.widthPct}%`,
        minWidth: 8,
        borderRadius: 6,
        overflow: 'hidden',
        background: `var(--mantine-color-${color}-1)`,
        border: `1px solid var(--mantine-color-${color}-6)`,
        opacity: props.cancelled ? 0.5 : 1,
      }}
    >
      <Box
        h="100%"
        style={{ width: `${props.percentDone}%`, background: `var(--mantine-color-${color}-6)` }}
      />
    </Box>
  );
}

function TimelineLegend(props: { showToday: boolean }) {
  const { t } = useT('plan');
  const swatch = (color: string) => (
    <Box
      w={14}
      h={10}
      style={{
        borderRadius: 3,
        background: `var(--mantine-color-${color}-6)`,
      }}
      aria-hidden
    />
  );
  const entries: [string, string][] = [
    [STATUS_COLOR.PLANNED, t('timeline.legend.planned')],
    [STATUS_COLOR.IN_PROGRESS, t('timeline.legend.inProgress')],
    [STATUS_COLOR.DONE, t('timeline.legend.done')],
    ['red', t('timeline.legend.overdue')],
  ];
  return (
    <Group gap="md">
      {entries.map(([color, label]) => (
        <Group key={label} gap={6}>
          {swatch(color)}
          <Text size="xs">{label}</Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        {t('timeline.legend.fill')}
      </Text>
      {props.showToday && (
        <Group gap={6}>
          <Box
            w={0}
            h={12}
            style={{ borderLeft: '2px dashed var(--mantine-color-red-5)' }}
            aria-hidden
          />
          <Text size="xs">{t('timeline.legend.today')}</Text>
        </Group>
      )}
    </Group>
  );
}
