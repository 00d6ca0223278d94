import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { useNavigate } from 'react-router';
import {
  ConsoleCollaborationsDocument,
  useConsoleCreateCollaborationMutation,
} from './collaborations.generated';

/** Opens a draft collaboration and goes to it. */
export function CreateCollaborationModal(props: { opened: boolean; onClose: () => void }) {
  const { t } = useT('collaborations');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const navigate = useNavigate();
  const [create, { loading }] = useConsoleCreateCollaborationMutation({
    refetchQueries: [ConsoleCollaborationsDocument],
  });
  const form = useForm({
    initialValues: { title: '', objective: '', description: '' },
    validate: { title: (value) => (value.trim() ? null : t('create.titleRequired')) },
  });
  const close = () => {
    form.reset();
    props.onClose();
  };
  const submit = form.onSubmit(async (values) => {
    const result = await run(
      () =>
        create({
          variables: {
            input: {
              title: values.title.trim(),
              objective: values.objective.trim(),
              description: values.description.trim(),
            },
          },
        }),
      t('create.done'),
      { form },
    );
    const id = result?.data?.createCollaboration.id;
    if (id) {
      close();
      void navigate(`/c/${id}`);
    }
  });
  return (
    <Modal opened={props.opened} onClose={close} title={t('create.heading')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('create.hint')}
          </Text>
          <TextInput
            label={t('create.titleLabel')}
            placeholder={t('create.titlePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('title')}
            {...limit(form.values.title, INPUT_LIMITS.name)}
          />
          <Textarea
            label={t('create.objective')}
            autosize
            minRows={2}
            {...form.getInputProps('objective')}
            {...limit(
              form.values.objective,
              INPUT_LIMITS.longText,
              t('create.objectiveDescription'),
            )}
          />
          <Textarea
            label={t('create.descriptionLabel')}
            autosize
            minRows={3}
            {...form.getInputProps('description')}
            {...limit(
              form.values.description,
              INPUT_LIMITS.longText,
              t('create.descriptionDescription'),
            )}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
