import { useFormat } from '@alianza/i18n';
import { PageHeader, QueryState, useCollaborationId, useLivePlan } from '@alianza/ui';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { IconMessagePlus, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { MilestonesPanel } from './milestones-panel';
import { ObjectivesPanel } from './objectives-panel';
import {
  acceptedMilestones,
  organizationNames,
  ourOrganizationId,
  ourTasks,
  progressFeed,
  proposals,
  reportableMilestones,
  type PlanData,
  type TaskRow,
} from './plan-helpers';
import { usePortalPlanQuery } from './plan.generated';
import { ProgressFeed } from './progress-feed';
import { ProgressModal, type ProgressTarget } from './progress-modal';
import { ProposalsPanel } from './proposals-panel';
import { ProposeMilestoneModal, ProposeTaskModal } from './propose-modals';
import { TaskTable } from './task-table';

type Dialog = 'progress' | 'milestone' | 'task' | null;

export function PlanPage() {
  const { t } = useT('plan');
  const collaborationId = useCollaborationId();
  const query = usePortalPlanQuery({ variables: { collaborationId } });
  // Every change of the plan, whoever made it (edits, removals, decisions, progress).
  useLivePlan(collaborationId, () => query.refetch());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [target, setTarget] = useState<ProgressTarget>({ milestoneId: null, taskId: null });
  const data = query.data;

  const view = useMemo(() => {
    if (!data) return null;
    const organizationId = ourOrganizationId(data.collaboration);
    const milestones = data.plan.milestones;
    return {
      organizationId,
      names: organizationNames(data.collaboration),
      organizations: data.collaboration.participations
        .filter((p) => p.active)
        .map((p) => ({ id: p.organizationId, name: p.organization.name })),
      ourTasks: ourTasks(milestones, organizationId),
      reportable: reportableMilestones(milestones, organizationId),
      accepted: acceptedMilestones(milestones),
      feed: progressFeed(milestones),
      proposals: proposals(milestones, organizationId),
    };
  }, [data]);

  const closed = data?.collaboration.status === 'CLOSED';
  const participating = data?.collaboration.myParticipations.some((p) => p.active) ?? false;
  const report = (task?: TaskRow) => {
    setTarget({ milestoneId: task?.milestoneId ?? null, taskId: task?.id ?? null });
    setDialog('progress');
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          view &&
          !closed &&
          participating && (
            <>
              <Button
                leftSection={<IconMessagePlus size={16} aria-hidden />}
                onClick={() => report()}
                disabled={view.reportable.length === 0}
              >
                {t('progress.report')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setDialog('milestone')}
              >
                {t('propose.milestoneButton')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setDialog('task')}
                disabled={view.accepted.length === 0}
              >
                {t('propose.taskButton')}
              </Button>
            </>
          )
        }
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!data}
        onRetry={() => void query.refetch()}
      >
        {data && view && (
          <Stack gap="lg">
            {closed && (
              <Alert color="gray" variant="light">
                {t('closedNotice')}
              </Alert>
            )}
            {!closed && !participating && (
              <Alert color="gray" variant="light">
                {t('notParticipant')}{' '}
                <Anchor component={Link} to={`/c/${collaborationId}`} inherit>
                  {t('toRules')}
                </Anchor>
              </Alert>
            )}
            <PlanSummary plan={data.plan} ourOpenTasks={view.ourTasks} />
            <ObjectivesPanel objectives={data.plan.objectives} />
            <Tabs defaultValue="ours" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="ours">{t('tabs.ours', { count: view.ourTasks.length })}</Tabs.Tab>
                <Tabs.Tab value="milestones">
                  {t('tabs.milestones', { count: data.plan.milestones.length })}
                </Tabs.Tab>
                <Tabs.Tab value="progress">
                  {t('tabs.progress', { count: view.feed.length })}
                </Tabs.Tab>
                <Tabs.Tab value="proposals">
                  {t('tabs.proposals', { count: view.proposals.length })}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="ours" pt="md">
                <TaskTable
                  tasks={view.ourTasks}
                  organizationId={view.organizationId}
                  collaborationStatus={data.collaboration.status}
                  organizationNames={view.names}
                  emptyText={t('tasks.noneOurs')}
                  onReport={report}
                />
              </Tabs.Panel>
              <Tabs.Panel value="milestones" pt="md">
                <MilestonesPanel
                  milestones={data.plan.milestones}
                  organizationId={view.organizationId}
                  collaborationStatus={data.collaboration.status}
                  organizationNames={view.names}
                  onReport={report}
                />
              </Tabs.Panel>
              <Tabs.Panel value="progress" pt="md">
                <ProgressFeed
                  items={view.feed}
                  objectives={data.plan.objectives}
                  organizationNames={view.names}
                />
              </Tabs.Panel>
              <Tabs.Panel value="proposals" pt="md">
                <ProposalsPanel proposals={view.proposals} />
              </Tabs.Panel>
            </Tabs>
            <ProgressModal
              opened={dialog === 'progress'}
              onClose={() => setDialog(null)}
              target={target}
              collaborationId={collaborationId}
              organizationId={view.organizationId}
              milestones={view.reportable}
              objectives={data.plan.objectives}
              organizationNames={view.names}
            />
            <ProposeMilestoneModal
              opened={dialog === 'milestone'}
              onClose={() => setDialog(null)}
              collaborationId={collaborationId}
            />
            <ProposeTaskModal
              opened={dialog === 'task'}
              onClose={() => setDialog(null)}
              milestones={view.accepted}
              organizationId={view.organizationId}
              organizations={view.organizations}
            />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function PlanSummary(props: { plan: PlanData; ourOpenTasks: readonly TaskRow[] }) {
  const { t } = useT('plan');
  const format = useFormat();
  const open = props.ourOpenTasks.filter(
    (task) => task.proposalStatus === 'ACCEPTED' && task.status !== 'DONE',
  ).length;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Card withBorder padding="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('summary.progress')}
        </Text>
        <Text fz="xl" fw={700}>
          {format.percent(props.plan.percentDone / 100)}
        </Text>
        <Progress value={props.plan.percentDone} mt="xs" aria-label={t('summary.progress')} />
      </Card>
      <Card withBorder padding="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('summary.ourOpenTasks')}
        </Text>
        <Text fz="xl" fw={700}>
          {format.number(open)}
        </Text>
      </Card>
      <Card withBorder padding="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('summary.overdue')}
        </Text>
        <Group gap="xs" mt={4}>
          <Badge
            color={props.plan.overdueMilestoneCount ? 'red' : 'gray'}
            variant="light"
            tt="none"
          >
            {t('summary.overdueMilestones', { count: props.plan.overdueMilestoneCount })}
          </Badge>
          <Badge color={props.plan.overdueTaskCount ? 'red' : 'gray'} variant="light" tt="none">
            {t('summary.overdueTasks', { count: props.plan.overdueTaskCount })}
          </Badge>
        </Group>
      </Card>
    </SimpleGrid>
  );
}
