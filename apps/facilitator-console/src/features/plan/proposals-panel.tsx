import { EmptyState, useAction } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  ConsolePlanDocument,
  useConsoleDecideMilestoneProposalMutation,
  useConsoleDecideTaskProposalMutation,
} from './plan.generated';
import type { PlanModel } from './use-plan';

interface Proposal {
  kind: 'milestone' | 'task';
  id: string;
  title: string;
  description: string;
  organizationId: string | null;
  detail: string;
}

/** Milestones and tasks that participants proposed, for the facilitator to accept or decline. */
export function ProposalsPanel(props: { model: PlanModel }) {
  const { t } = useT('plan');
  const format = useFormat();
  const { model } = props;
  const proposals: Proposal[] = [
    ...model.proposedMilestones.map((m) => ({
      kind: 'milestone' as const,
      id: m.id,
      title: m.title,
      description: m.description,
      organizationId: m.proposedByOrganizationId,
      detail:
        m.startDate || m.dueDate
          ? t('proposals.window', { start: format.date(m.startDate), end: format.date(m.dueDate) })
          : t('timeline.noDates'),
    })),
    ...model.proposedTasks.map((task) => ({
      kind: 'task' as const,
      id: task.id,
      title: task.title,
      description: task.description,
      organizationId: null,
      detail: [
        t('proposals.responsible', {
          organization: model.organizationName(task.responsibleOrganizationId),
        }),
        t('proposals.inMilestone', { milestone: task.milestoneTitle }),
        task.dueDate
          ? t('proposals.due', { date: format.date(task.dueDate) })
          : t('proposals.noDue'),
      ].join(' · '),
    })),
  ];
  if (proposals.length === 0) return <EmptyState text={t('proposals.empty')} />;
  return (
    <Stack>
      {proposals.map((p) => (
        <ProposalCard key={p.id} proposal={p} model={model} />
      ))}
    </Stack>
  );
}

function ProposalCard(props: { proposal: Proposal; model: PlanModel }) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const run = useAction();
  const { proposal: p } = props;
  const [declining, setDeclining] = useState(false);
  const options = { refetchQueries: [ConsolePlanDocument], awaitRefetchQueries: true };
  const [decideMilestone, milestoneState] = useConsoleDecideMilestoneProposalMutation(options);
  const [decideTask, taskState] = useConsoleDecideTaskProposalMutation(options);
  const busy = milestoneState.loading || taskState.loading;
  const decide = async (accept: boolean) => {
    const text = accept ? t('proposals.accepted') : t('proposals.declined');
    return run(async () => {
      if (p.kind === 'milestone')
        await decideMilestone({ variables: { milestoneId: p.id, input: { accept } } });
      else await decideTask({ variables: { taskId: p.id, input: { accept } } });
      return true;
    }, text);
  };
  return (
    <Card withBorder component="article" aria-labelledby={`proposal-${p.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light" color={p.kind === 'milestone' ? 'violet' : 'blue'}>
              {p.kind === 'milestone' ? t('proposals.milestone') : t('proposals.task')}
            </Badge>
            <Title order={3} size="h5" id={`proposal-${p.id}`}>
              {p.title}
            </Title>
          </Group>
          {p.description && <Text size="sm">{p.description}</Text>}
          <Text size="xs" c="dimmed">
            {p.organizationId
              ? `${t('proposals.by', { organization: props.model.organizationName(p.organizationId) })} · `
              : ''}
            {p.detail}
          </Text>
        </Stack>
        {!props.model.readOnly && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              color="red"
              disabled={busy}
              onClick={() => setDeclining(true)}
              aria-label={t('proposals.declineNamed', { title: p.title })}
            >
              {tc('actions.decline')}
            </Button>
            <Button
              size="xs"
              loading={busy && !declining}
              onClick={() => void decide(true)}
              aria-label={t('proposals.acceptNamed', { title: p.title })}
            >
              {tc('actions.accept')}
            </Button>
          </Group>
        )}
      </Group>
      <Modal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={declining}
        onClose={() => setDeclining(false)}
        title={t('proposals.declineTitle', { title: p.title })}
      >
        <Stack>
          <Text size="sm">{t('proposals.declineText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeclining(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={async () => {
                if (await decide(false)) setDeclining(false);
              }}
            >
              {tc('actions.decline')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
