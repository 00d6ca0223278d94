import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { useConsoleUpdateCollaborationMutation } from './overview.generated';
import { ConsoleCollaborationsDocument } from '../collaborations/collaborations.generated';

export interface CollaborationText {
  readonly title: string;
  readonly objective: string;
  readonly description: string;
}

/** Title, objective and description, edited in a dialog (the form starts anew each time). */
export function EditCollaborationModal(props: {
  collaborationId: string;
  opened: boolean;
  onClose: () => void;
  initial: CollaborationText;
}) {
  const { t } = useT('overview');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('edit.heading')} size="lg">
      <EditCollaborationForm {...props} />
    </Modal>
  );
}

function EditCollaborationForm(props: {
  collaborationId: string;
  onClose: () => void;
  initial: CollaborationText;
}) {
  const { t } = useT('overview');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const [update, { loading }] = useConsoleUpdateCollaborationMutation({
    refetchQueries: [ConsoleCollaborationsDocument],
  });
  const form = useForm<CollaborationText>({
    initialValues: props.initial,
    validate: { title: (value) => (value.trim() ? null : t('edit.titleRequired')) },
  });
  const submit = form.onSubmit(async (values) => {
    const result = await run(
      () =>
        update({
          variables: {
            collaborationId: props.collaborationId,
            input: {
              title: values.title.trim(),
              objective: values.objective.trim(),
              description: values.description.trim(),
            },
          },
        }),
      t('edit.done'),
      { form },
    );
    if (result) props.onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('edit.titleLabel')}
          required
          data-autofocus
          {...form.getInputProps('title')}
          {...limit(form.values.title, INPUT_LIMITS.name)}
        />
        <Textarea
          label={t('edit.objective')}
          autosize
          minRows={2}
          {...form.getInputProps('objective')}
          {...limit(form.values.objective, INPUT_LIMITS.longText)}
        />
        <Textarea
          label={t('edit.description')}
          autosize
          minRows={4}
          {...form.getInputProps('description')}
          {...limit(form.values.description, INPUT_LIMITS.longText)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!form.isDirty()}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
