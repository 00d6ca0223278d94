import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import type { MilestoneStatus } from '@alianza/graphql-client/types';
import {
  ConsolePlanDocument,
  useConsoleCreateMilestoneMutation,
  useConsoleUpdateMilestoneMutation,
} from './plan.generated';
import type { PlanMilestone } from './use-plan';

const STATUSES: readonly MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

interface Values {
  title: string;
  description: string;
  startDate: string | null;
  dueDate: string | null;
  status: MilestoneStatus;
}

/** Create a milestone, or edit one (then also its status). */
export function MilestoneFormModal(props: {
  collaborationId: string;
  opened: boolean;
  onClose: () => void;
  /** Edit this one; create when absent. */
  milestone?: PlanMilestone | null;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const statusOptions = useEnumOptions()('MilestoneStatus', STATUSES);
  const editing = props.milestone ?? null;
  const [create] = useConsoleCreateMilestoneMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const [update] = useConsoleUpdateMilestoneMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values>({
    initialValues: {
      title: editing?.title ?? '',
      description: editing?.description ?? '',
      startDate: editing?.startDate ?? null,
      dueDate: editing?.dueDate ?? null,
      status: editing?.status ?? 'PLANNED',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('form.required')),
      dueDate: (v, values) =>
        v && values.startDate && v < values.startDate ? t('milestoneForm.dueBeforeStart') : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    const base = {
      title: values.title.trim(),
      description: values.description.trim(),
      startDate: values.startDate || null,
      dueDate: values.dueDate || null,
    };
    const done = editing
      ? await run(
          () =>
            update({
              variables: { milestoneId: editing.id, input: { ...base, status: values.status } },
            }),
          t('milestoneForm.updated'),
        )
      : await run(
          () => create({ variables: { collaborationId: props.collaborationId, input: base } }),
          t('milestoneForm.created'),
        );
    if (done) props.onClose();
  });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t('milestoneForm.editTitle') : t('milestoneForm.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('milestoneForm.title')}
            required
            data-autofocus
            {...form.getInputProps('title')}
            {...limit(form.values.title, INPUT_LIMITS.name)}
          />
          <Textarea
            label={t('milestoneForm.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
            {...limit(form.values.description, INPUT_LIMITS.longText)}
          />
          <Group grow align="flex-start">
            <DatePickerInput
              label={t('milestoneForm.startDate')}
              placeholder={t('form.pickDate')}
              clearable
              valueFormat="D MMM YYYY"
              {...form.getInputProps('startDate')}
            />
            <DatePickerInput
              label={t('milestoneForm.dueDate')}
              placeholder={t('form.pickDate')}
              clearable
              valueFormat="D MMM YYYY"
              {...form.getInputProps('dueDate')}
            />
          </Group>
          {editing && (
            <Select
              label={t('milestoneForm.status')}
              data={statusOptions}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {editing ? tc('actions.save') : t('milestoneForm.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
