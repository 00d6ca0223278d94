import { useFormat } from '@alianza/i18n';
import { AddToCalendar, EmptyState, EnumBadge } from '@alianza/ui';
import { Accordion, Badge, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { allTasks, type PlanCollaboration, type PlanMilestone, type TaskRow } from './plan-helpers';
import type { PortalPlanResourceFragment } from './plan.generated';
import { TaskTable } from './task-table';

/** Milestones in plan order: status, dates, % done, overdue; inside, all tasks and resources. */
export function MilestonesPanel(props: {
  milestones: readonly PlanMilestone[];
  organizationId: string | null;
  collaborationStatus: PlanCollaboration['status'];
  organizationNames: ReadonlyMap<string, string>;
  onReport: (task: TaskRow) => void;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  if (props.milestones.length === 0) return <EmptyState text={t('milestones.empty')} />;
  const tasks = allTasks(props.milestones);
  const ordered = [...props.milestones].sort((a, b) => a.position - b.position);
  return (
    <Accordion variant="separated" multiple defaultValue={ordered.slice(0, 1).map((m) => m.id)}>
      {ordered.map((milestone) => (
        <Accordion.Item key={milestone.id} value={milestone.id}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600}>{milestone.title}</Text>
                  {milestone.proposalStatus === 'ACCEPTED' ? (
                    <EnumBadge enum="MilestoneStatus" value={milestone.status} />
                  ) : (
                    <EnumBadge enum="ProposalStatus" value={milestone.proposalStatus} />
                  )}
                  {milestone.overdue && (
                    <Badge color="red" size="sm" variant="filled">
                      {t('overdue')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {milestone.startDate || milestone.dueDate
                    ? t('milestones.dates', {
                        start: format.date(milestone.startDate),
                        due: format.date(milestone.dueDate),
                      })
                    : t('milestones.noDates')}
                </Text>
              </Stack>
              <Stack gap={2} w={160}>
                <Text size="xs" ta="right">
                  {t('milestones.percentDone', {
                    percent: format.percent(milestone.percentDone / 100),
                  })}
                </Text>
                <Progress
                  value={milestone.percentDone}
                  aria-label={t('milestones.progressOf', { title: milestone.title })}
                />
              </Stack>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack>
              {(milestone.startDate || milestone.dueDate) && (
                <div>
                  <AddToCalendar kind="milestone" id={milestone.id} title={milestone.title} />
                </div>
              )}
              {milestone.description && <Text size="sm">{milestone.description}</Text>}
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('milestones.tasks')}
                </Title>
                <TaskTable
                  tasks={tasks.filter((task) => task.milestoneId === milestone.id)}
                  organizationId={props.organizationId}
                  collaborationStatus={props.collaborationStatus}
                  organizationNames={props.organizationNames}
                  showResponsible
                  showMilestone={false}
                  emptyText={t('milestones.noTasks')}
                  onReport={props.onReport}
                />
              </div>
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('resources.title')}
                </Title>
                {milestone.resources.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('resources.empty')}
                  </Text>
                ) : (
                  <List spacing="xs" listStyleType="none">
                    {milestone.resources.map((resource) => (
                      <List.Item key={resource.id}>
                        <ResourceLine
                          resource={resource}
                          organizationNames={props.organizationNames}
                        />
                      </List.Item>
                    ))}
                  </List>
                )}
              </div>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function ResourceLine(props: {
  resource: PortalPlanResourceFragment;
  organizationNames: ReadonlyMap<string, string>;
}) {
  const { t } = useT('plan');
  const format = useFormat();
  const r = props.resource;
  const amounts = [
    r.quantity !== null ? `${format.number(r.quantity)}${r.unit ? ` ${r.unit}` : ''}` : null,
    r.value !== null && r.currency ? format.money(r.value, r.currency) : null,
  ].filter((x): x is string => !!x);
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <EnumBadge enum="ResourceKind" value={r.kind} />
      {r.detailsVisible ? (
        <Stack gap={0}>
          <Text size="sm">{r.description}</Text>
          <Text size="xs" c="dimmed">
            {[
              r.providerOrganizationId
                ? t('resources.providedBy', {
                    name:
                      props.organizationNames.get(r.providerOrganizationId) ??
                      t('unknownOrganization'),
                  })
                : null,
              ...amounts,
              r.confidential ? t('resources.confidential') : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      ) : (
        <Group gap={4}>
          <IconLock size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('resources.hidden')}
          </Text>
        </Group>
      )}
    </Group>
  );
}
