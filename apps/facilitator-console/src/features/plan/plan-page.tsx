import { PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Alert, Badge, Button, Group, Stack, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { useDialog } from './use-dialog';
import { MilestoneFormModal } from './milestone-form-modal';
import { MilestoneTimeline } from './milestone-timeline';
import { IndicatorFormModal, ObjectiveFormModal } from './objective-form-modals';
import { ObjectivesPanel } from './objectives-panel';
import { PlanSummary } from './plan-summary';
import { ProgressFeed } from './progress-feed';
import { ProgressFormModal } from './progress-form-modal';
import { ProposalsPanel } from './proposals-panel';
import { ResourceFormModal } from './resource-form-modal';
import { ResourcesPanel } from './resources-panel';
import { TaskBoard } from './task-board';
import { TaskFormModal } from './task-form-modal';
import { usePlan, type PlanMilestone, type PlanModel, type PlanObjective } from './use-plan';

const TABS = ['timeline', 'tasks', 'resources', 'objectives', 'progress', 'proposals'] as const;
type Tab = (typeof TABS)[number];

type Dialog =
  | { kind: 'milestone'; milestone: PlanMilestone | null }
  | { kind: 'task' }
  | { kind: 'resource' }
  | { kind: 'objective' }
  | { kind: 'indicator'; objective: PlanObjective }
  | { kind: 'progress' };

export function PlanPage() {
  const { t } = useT('plan');
  const collaborationId = useCollaborationId();
  const { query, model } = usePlan(collaborationId);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!model}
        onRetry={() => void query.refetch()}
      >
        {model && <PlanTabs model={model} />}
      </QueryState>
    </>
  );
}

function PlanTabs(props: { model: PlanModel }) {
  const { t } = useT('plan');
  const { model } = props;
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'timeline';
  const [dialog, setDialog, close] = useDialog<Dialog>();
  const proposals = model.proposedMilestones.length + model.proposedTasks.length;
  const action = (label: string, open: Dialog) =>
    model.readOnly ? null : (
      <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog(open)}>
        {label}
      </Button>
    );
  return (
    <Stack>
      {model.readOnly && <Alert color="gray">{t('readOnly')}</Alert>}
      <PlanSummary model={model} />
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value && value !== 'timeline' ? { tab: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="timeline">{t('tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('tabs.tasks')}</Tabs.Tab>
          <Tabs.Tab value="resources">{t('tabs.resources')}</Tabs.Tab>
          <Tabs.Tab value="objectives">{t('tabs.objectives')}</Tabs.Tab>
          <Tabs.Tab value="progress">{t('tabs.progress')}</Tabs.Tab>
          <Tabs.Tab
            value="proposals"
            rightSection={
              proposals > 0 ? (
                <Badge
                  size="sm"
                  circle
                  color="yellow"
                  aria-label={t('tabs.pendingProposals', { count: proposals })}
                >
                  {proposals}
                </Badge>
              ) : undefined
            }
          >
            {t('tabs.proposals')}
          </Tabs.Tab>
        </Tabs.List>
        <Panel
          value="timeline"
          heading={t('tabs.timeline')}
          actions={action(t('actions.newMilestone'), { kind: 'milestone', milestone: null })}
        >
          <MilestoneTimeline
            milestones={model.milestones}
            onEdit={
              model.readOnly
                ? undefined
                : (milestone) => setDialog({ kind: 'milestone', milestone })
            }
          />
        </Panel>
        <Panel value="tasks" heading={t('tabs.tasks')}>
          <TaskBoard model={model} actions={action(t('actions.newTask'), { kind: 'task' })} />
        </Panel>
        <Panel value="resources" heading={t('tabs.resources')}>
          <ResourcesPanel
            model={model}
            actions={action(t('actions.newResource'), { kind: 'resource' })}
          />
        </Panel>
        <Panel
          value="objectives"
          heading={t('tabs.objectives')}
          actions={action(t('actions.newObjective'), { kind: 'objective' })}
        >
          <ObjectivesPanel
            model={model}
            onAddIndicator={(objective) => setDialog({ kind: 'indicator', objective })}
          />
        </Panel>
        <Panel
          value="progress"
          heading={t('tabs.progress')}
          actions={action(t('actions.postProgress'), { kind: 'progress' })}
        >
          <ProgressFeed model={model} />
        </Panel>
        <Panel value="proposals" heading={t('tabs.proposals')}>
          <ProposalsPanel model={model} />
        </Panel>
      </Tabs>
      {dialog?.kind === 'milestone' && (
        <MilestoneFormModal
          key={dialog.milestone?.id ?? 'new'}
          collaborationId={model.collaborationId}
          milestone={dialog.milestone}
          opened
          onClose={close}
        />
      )}
      {dialog?.kind === 'task' && <TaskFormModal model={model} opened onClose={close} />}
      {dialog?.kind === 'resource' && <ResourceFormModal model={model} opened onClose={close} />}
      {dialog?.kind === 'objective' && (
        <ObjectiveFormModal collaborationId={model.collaborationId} opened onClose={close} />
      )}
      {dialog?.kind === 'indicator' && (
        <IndicatorFormModal objective={dialog.objective} onClose={close} />
      )}
      {dialog?.kind === 'progress' && <ProgressFormModal model={model} opened onClose={close} />}
    </Stack>
  );
}

/** A tab's content under a heading for screen readers; `actions` go top right, unless the panel places them. */
function Panel(props: { value: Tab; heading: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Tabs.Panel value={props.value} pt="md">
      <h2 style={visuallyHidden}>{props.heading}</h2>
      {props.actions && (
        <Group justify="flex-end" mb="sm">
          {props.actions}
        </Group>
      )}
      {props.children}
    </Tabs.Panel>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
