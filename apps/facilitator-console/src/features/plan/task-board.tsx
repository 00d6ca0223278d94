import { EmptyState } from '@alianza/ui';
import { Badge, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useEnumLabel } from '@alianza/ui';
import {
  TASK_COLUMNS,
  filterTasksByOrganization,
  groupTasksByOrganization,
  groupTasksByStatus,
  type TaskColumns,
} from './task-grouping';
import { TaskCard } from './task-card';
import type { PlanModel, PlanTask } from './use-plan';

/** Tasks in columns by status, for one organization, all, or one lane per organization. */
export function TaskBoard(props: { model: PlanModel; actions?: ReactNode }) {
  const { t } = useT('plan');
  const { model } = props;
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [byOrganization, setByOrganization] = useState(false);
  const tasks = useMemo(
    () => filterTasksByOrganization(model.tasks, organizationId),
    [model.tasks, organizationId],
  );
  const lanes = useMemo(
    () => groupTasksByOrganization(tasks, model.organizations, t('unknownOrganization')),
    [tasks, model.organizations, t],
  );
  const columns = useMemo(() => groupTasksByStatus(tasks), [tasks]);

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label={t('board.organizationFilter')}
            placeholder={t('board.allOrganizations')}
            data={model.organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={organizationId}
            onChange={setOrganizationId}
            clearable
            w={280}
          />
          <Switch
            label={t('board.groupByOrganization')}
            checked={byOrganization}
            onChange={(e) => setByOrganization(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {props.actions}
      </Group>
      {tasks.length === 0 ? (
        <EmptyState text={model.tasks.length ? t('board.emptyFiltered') : t('board.empty')} />
      ) : byOrganization ? (
        lanes.map((lane) => (
          <Stack key={lane.organizationId} gap="xs">
            <Group gap="xs">
              <Title order={3} size="h4">
                {lane.organizationName}
              </Title>
              <Badge variant="light" color="gray">
                {t('board.taskCount', { count: lane.total })}
              </Badge>
            </Group>
            <Columns columns={lane.columns} model={model} headingOrder={4} />
          </Stack>
        ))
      ) : (
        <Columns columns={columns} model={model} headingOrder={3} />
      )}
    </Stack>
  );
}

function Columns(props: { columns: TaskColumns<PlanTask>; model: PlanModel; headingOrder: 3 | 4 }) {
  const { t } = useT('plan');
  const label = useEnumLabel();
  return (
    <SimpleGrid cols={4} spacing="sm">
      {TASK_COLUMNS.map((status) => (
        <Paper
          key={status}
          withBorder
          p="xs"
          bg="var(--mantine-color-gray-0)"
          component="section"
          aria-label={label('TaskStatus', status)}
        >
          <Group justify="space-between" mb="xs">
            <Title order={props.headingOrder} size="h5">
              {label('TaskStatus', status)}
            </Title>
            <Badge variant="light" color={status === 'BLOCKED' ? 'red' : 'gray'} size="sm">
              {props.columns[status].length}
            </Badge>
          </Group>
          <Stack gap="xs">
            {props.columns[status].map((task) => (
              <TaskCard key={task.id} task={task} model={props.model} />
            ))}
            {props.columns[status].length === 0 && (
              <Text size="xs" c="dimmed" ta="center" py="sm">
                {t('board.emptyColumn')}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
