import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n';
import type { PlanMilestone } from './plan-helpers';
import {
  PortalPlanDocument,
  usePortalProposeMilestoneMutation,
  usePortalProposeTaskMutation,
} from './plan.generated';

/** Propose a milestone to the facilitator, who accepts or declines it. */
export function ProposeMilestoneModal(props: {
  opened: boolean;
  onClose: () => void;
  collaborationId: string;
}) {
  const { t } = useT('plan');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('propose.milestoneTitle')}>
      <ProposeMilestoneForm {...props} />
    </Modal>
  );
}

function ProposeMilestoneForm(props: { onClose: () => void; collaborationId: string }) {
  const { t } = useT('plan');
  const run = useAction();
  const limit = useTextLimit();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [startDate, setStartDate] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [propose, { loading }] = usePortalProposeMilestoneMutation({
    refetchQueries: [PortalPlanDocument],
  });
  const datesWrong = !!startDate && !!dueDate && dueDate < startDate;
  const submit = async () => {
    const done = await run(
      () =>
        propose({
          variables: {
            collaborationId: props.collaborationId,
            input: { title: title.trim(), description: description.trim(), startDate, dueDate },
          },
        }),
      t('propose.sent'),
    );
    if (done) props.onClose();
  };
  return (
    <ProposalForm
      onSubmit={submit}
      onCancel={props.onClose}
      loading={loading}
      disabled={!title.trim() || datesWrong}
    >
      <TextInput
        label={t('propose.title')}
        required
        {...limit(title, INPUT_LIMITS.name)}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-autofocus
      />
      <Textarea
        label={t('propose.description')}
        autosize
        minRows={2}
        {...limit(description, INPUT_LIMITS.longText)}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <Group grow>
        <DateInput
          label={t('propose.startDate')}
          clearable
          value={startDate}
          onChange={setStartDate}
          valueFormat="D MMM YYYY"
        />
        <DateInput
          label={t('propose.dueDate')}
          clearable
          value={dueDate}
          onChange={setDueDate}
          valueFormat="D MMM YYYY"
          minDate={startDate ?? undefined}
          error={datesWrong ? t('propose.datesWrong') : undefined}
        />
      </Group>
    </ProposalForm>
  );
}

/** Propose a task in an accepted milestone, for us or another participant. */
export function ProposeTaskModal(props: {
  opened: boolean;
  onClose: () => void;
  milestones: readonly PlanMilestone[];
  organizationId: string | null;
  organizations: readonly { id: string; name: string }[];
}) {
  const { t } = useT('plan');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('propose.taskTitle')}>
      <ProposeTaskForm {...props} />
    </Modal>
  );
}

function ProposeTaskForm(props: {
  onClose: () => void;
  milestones: readonly PlanMilestone[];
  organizationId: string | null;
  organizations: readonly { id: string; name: string }[];
}) {
  const { t } = useT('plan');
  const run = useAction();
  const limit = useTextLimit();
  const [milestoneId, setMilestoneId] = useState<string | null>(props.milestones[0]?.id ?? null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [responsible, setResponsible] = useState<string | null>(props.organizationId);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [propose, { loading }] = usePortalProposeTaskMutation({
    refetchQueries: [PortalPlanDocument],
  });
  if (props.milestones.length === 0) {
    return <Text size="sm">{t('propose.noMilestones')}</Text>;
  }
  const submit = async () => {
    if (!milestoneId || !responsible) return;
    const done = await run(
      () =>
        propose({
          variables: {
            milestoneId,
            input: {
              title: title.trim(),
              description: description.trim(),
              responsibleOrganizationId: responsible,
              dueDate,
            },
          },
        }),
      t('propose.sent'),
    );
    if (done) props.onClose();
  };
  return (
    <ProposalForm
      onSubmit={submit}
      onCancel={props.onClose}
      loading={loading}
      disabled={!milestoneId || !responsible || !title.trim()}
    >
      <Select
        label={t('propose.milestone')}
        required
        allowDeselect={false}
        data={props.milestones.map((m) => ({ value: m.id, label: m.title }))}
        value={milestoneId}
        onChange={setMilestoneId}
      />
      <TextInput
        label={t('propose.title')}
        required
        {...limit(title, INPUT_LIMITS.name)}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-autofocus
      />
      <Textarea
        label={t('propose.description')}
        autosize
        minRows={2}
        {...limit(description, INPUT_LIMITS.longText)}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <Select
        label={t('propose.responsible')}
        required
        allowDeselect={false}
        data={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
        value={responsible}
        onChange={setResponsible}
      />
      <DateInput
        label={t('propose.dueDate')}
        clearable
        value={dueDate}
        onChange={setDueDate}
        valueFormat="D MMM YYYY"
      />
    </ProposalForm>
  );
}

function ProposalForm(props: {
  children: ReactNode;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  loading: boolean;
  disabled: boolean;
}) {
  const { t } = useT('plan');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!props.disabled) void props.onSubmit();
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('propose.help')}
        </Text>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={props.loading} disabled={props.disabled}>
            {t('propose.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
