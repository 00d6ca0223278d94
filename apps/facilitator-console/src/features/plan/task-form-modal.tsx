import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useTextLimit } from '@alianza/ui';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import {
  ConsolePlanDocument,
  useConsoleCreateTaskMutation,
  useConsoleUpdateTaskMutation,
} from './plan.generated';
import type { PlanModel, PlanTask } from './use-plan';

interface Values {
  title: string;
  description: string;
  milestoneId: string | null;
  responsibleOrganizationId: string | null;
  dueDate: string | null;
}

/**
 * A new task in a milestone, with the organization responsible for it; or a change of one
 * (`task`: its milestone stays; its status moves on the board).
 */
export function TaskFormModal(props: {
  model: PlanModel;
  opened: boolean;
  onClose: () => void;
  task?: PlanTask;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const { model } = props;
  const milestones = model.milestones.filter((m) => m.status !== 'CANCELLED');
  const [create] = useConsoleCreateTaskMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const [update] = useConsoleUpdateTaskMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const editing = props.task;
  const form = useForm<Values>({
    initialValues: editing
      ? {
          title: editing.title,
          description: editing.description,
          milestoneId: editing.milestoneId,
          responsibleOrganizationId: editing.responsibleOrganizationId,
          dueDate: editing.dueDate,
        }
      : {
          title: '',
          description: '',
          milestoneId: milestones.length === 1 ? milestones[0].id : null,
          responsibleOrganizationId: null,
          dueDate: null,
        },
    validate: {
      title: (v) => (v.trim() ? null : t('form.required')),
      milestoneId: (v) => (v ? null : t('form.required')),
      responsibleOrganizationId: (v) => (v ? null : t('form.required')),
    },
  });
  const draft = useDraft(
    editing ? `task:${editing.id}` : `task:${model.collaborationId}:new`,
    form,
  );
  const submit = form.onSubmit(async (values) => {
    const input = {
      title: values.title.trim(),
      description: values.description.trim(),
      responsibleOrganizationId: values.responsibleOrganizationId as string,
      dueDate: values.dueDate || null,
    };
    const done = editing
      ? await run(
          () => update({ variables: { taskId: editing.id, input } }),
          t('taskForm.updated'),
          { form },
        )
      : await run(
          () => create({ variables: { milestoneId: values.milestoneId as string, input } }),
          t('taskForm.created'),
          { form },
        );
    if (done) {
      draft.clear();
      props.onClose();
    }
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t('taskForm.editHeading', { title: editing.title }) : t('taskForm.heading')}
      size="lg"
    >
      {milestones.length === 0 ? (
        <Alert color="yellow">{t('taskForm.needsMilestone')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <DraftNotice draft={draft} />
            <TextInput
              label={t('taskForm.title')}
              required
              data-autofocus
              {...form.getInputProps('title')}
              {...limit(form.values.title, INPUT_LIMITS.name)}
            />
            <Textarea
              label={t('taskForm.description')}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
              {...limit(form.values.description, INPUT_LIMITS.longText)}
            />
            <Select
              label={t('taskForm.milestone')}
              required
              disabled={!!editing}
              data={milestones.map((m) => ({ value: m.id, label: m.title }))}
              {...form.getInputProps('milestoneId')}
            />
            <Select
              label={t('taskForm.responsible')}
              description={t('taskForm.responsibleHelp')}
              required
              searchable
              data={model.organizations.map((o) => ({ value: o.id, label: o.name }))}
              {...form.getInputProps('responsibleOrganizationId')}
            />
            <DatePickerInput
              label={t('taskForm.dueDate')}
              placeholder={t('form.pickDate')}
              clearable
              valueFormat="D MMM YYYY"
              {...form.getInputProps('dueDate')}
            />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  draft.discard();
                  props.onClose();
                }}
              >
                {tc('actions.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {editing ? t('form.save') : t('taskForm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
