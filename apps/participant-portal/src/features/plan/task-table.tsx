import { useFormat } from '@alianza/i18n';
import { AddToCalendar, EmptyState, EnumBadge } from '@alianza/ui';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
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
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.columns.task')}</Table.Th>
            {showMilestone && <Table.Th>{t('tasks.columns.milestone')}</Table.Th>}
            {props.showResponsible && <Table.Th>{t('tasks.columns.responsible')}</Table.Th>}
            <Table.Th>{t('tasks.columns.due')}</Table.Th>
            <Table.Th>{t('tasks.columns.status')}</Table.Th>
            {props.onReport && <Table.Th>{t('tasks.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.tasks.map((task) => {
            const workable = canWorkOn(task, props.organizationId, props.collaborationStatus);
            return (
              <Table.Tr key={task.id}>
                <Table.Td>
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
                </Table.Td>
                {showMilestone && (
                  <Table.Td>
                    <Text size="sm">{task.milestoneTitle}</Text>
                  </Table.Td>
                )}
                {props.showResponsible && (
                  <Table.Td>
                    <Text size="sm">
                      {props.organizationNames.get(task.responsibleOrganizationId) ??
                        t('unknownOrganization')}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
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
                </Table.Td>
                <Table.Td>
                  {task.proposalStatus !== 'ACCEPTED' ? (
                    <EnumBadge enum="ProposalStatus" value={task.proposalStatus} />
                  ) : workable ? (
                    <TaskStatusControl task={task} />
                  ) : (
                    <EnumBadge enum="TaskStatus" value={task.status} />
                  )}
                </Table.Td>
                {props.onReport && (
                  <Table.Td>
                    {workable && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconMessagePlus size={14} aria-hidden />}
                        aria-label={t('progress.reportOn', { title: task.title })}
                        onClick={() => props.onReport?.(task)}
                      >
                        {t('progress.report')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
