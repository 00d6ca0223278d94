import { useFormat } from '@alianza/i18n';
import { AddToCalendar, EmptyState, EnumBadge, ResponsiveTable } from '@alianza/ui';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { canWorkOn, type PlanCollaboration, type TaskRow } from './plan-helpers';
import { TaskStatusControl } from './task-status-control';

/**
 * Tasks in a table. Our own accepted tasks get a status control and "report progress";
 * the others show their status only.
 */
export function TaskTable(props: {
  tasks: readonly TaskRow[];
  organizationId: string | null;
  collaborationStatus: PlanCollaboration['status'];
  organizationNames: ReadonlyMap<string, string>;
  /** Show the responsible organization (the "all tasks" view). */
  showResponsible?: boolean;
  /** Show the milestone column (off inside a milestone). */
  showMilestone?: boolean;
  emptyText: string;
  onReport?: (task: TaskRow) => void;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  const showMilestone = props.showMilestone ?? true;
  if (props.tasks.length === 0) return <EmptyState text={props.emptyText} />;
  return (
    <ResponsiveTable
      minWidth={720}
      tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
      rows={props.tasks}
      rowKey={(task) => task.id}
      columns={[
        {
          key: 'task',
          header: t('tasks.columns.task'),
          primary: true,
          cell: (task) => (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {task.title}
              </Text>
              {task.description && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {task.description}
                </Text>
              )}
              {task.status === 'BLOCKED' && task.blockedReason && (
                <Text size="xs" c="red">
                  {t('tasks.blockedBecause', { reason: task.blockedReason })}
                </Text>
              )}
            </Stack>
          ),
        },
        showMilestone && {
          key: 'milestone',
          header: t('tasks.columns.milestone'),
          cell: (task) => <Text size="sm">{task.milestoneTitle}</Text>,
        },
        props.showResponsible && {
          key: 'responsible',
          header: t('tasks.columns.responsible'),
          cell: (task) => (
            <Text size="sm">
              {props.organizationNames.get(task.responsibleOrganizationId) ??
                t('unknownOrganization')}
            </Text>
          ),
        },
        {
          key: 'due',
          header: t('tasks.columns.due'),
          cell: (task) => (
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{format.date(task.dueDate)}</Text>
              {task.dueDate && (
                <AddToCalendar kind="task" id={task.id} title={task.title} compact />
              )}
              {task.overdue && (
                <Badge color="red" size="sm" variant="filled">
                  {t('overdue')}
                </Badge>
              )}
            </Group>
          ),
        },
        {
          key: 'status',
          header: t('tasks.columns.status'),
          cell: (task) =>
            task.proposalStatus !== 'ACCEPTED' ? (
              <EnumBadge enum="ProposalStatus" value={task.proposalStatus} />
            ) : canWorkOn(task, props.organizationId, props.collaborationStatus) ? (
              <TaskStatusControl task={task} />
            ) : (
              <EnumBadge enum="TaskStatus" value={task.status} />
            ),
        },
        props.onReport && {
          key: 'actions',
          header: t('tasks.columns.actions'),
          actions: true,
          cell: (task) =>
            canWorkOn(task, props.organizationId, props.collaborationStatus) && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconMessagePlus size={14} aria-hidden />}
                aria-label={t('progress.reportOn', { title: task.title })}
                onClick={() => props.onReport?.(task)}
              >
                {t('progress.report')}
              </Button>
            ),
        },
      ]}
    />
  );
}
