import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { useNavigate } from 'react-router';
import { useConsoleStartFollowUpCollaborationMutation } from './closing.generated';
import type { ClosingModel } from './use-closing';

interface Values {
  title: string;
  objective: string;
  description: string;
  organizationIds: string[];
}

/** A new collaboration that follows up this closed one, inviting the chosen former participants. */
export function FollowUpModal(props: { model: ClosingModel; onClose: () => void }) {
  const { t } = useT('closing');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const run = useAction();
  const navigate = useNavigate();
  const { model } = props;
  const [create] = useConsoleStartFollowUpCollaborationMutation();
  const form = useForm<Values>({
    initialValues: {
      title: t('followUp.defaultTitle', { title: model.collaboration.title }),
      objective: model.collaboration.objective,
      description: '',
      organizationIds: model.former.map((o) => o.id),
    },
    validate: {
      title: (v) => (v.trim() ? null : t('followUp.required')),
      organizationIds: (v) => (v.length > 0 ? null : t('followUp.chooseOne')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    const result = await run(
      () =>
        create({
          variables: {
            collaborationId: model.collaboration.id,
            input: {
              title: values.title.trim(),
              objective: values.objective.trim(),
              description: values.description.trim(),
              organizationIds: values.organizationIds,
            },
          },
        }),
      t('followUp.created'),
    );
    const id = result?.data?.startFollowUpCollaboration.id;
    if (id) {
      props.onClose();
      void navigate(`/c/${id}`);
    }
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t('followUp.title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('followUp.help')}
          </Text>
          <TextInput
            label={t('followUp.name')}
            required
            data-autofocus
            {...form.getInputProps('title')}
            {...limit(form.values.title, INPUT_LIMITS.name)}
          />
          <Textarea
            label={t('followUp.objective')}
            autosize
            minRows={2}
            {...form.getInputProps('objective')}
            {...limit(form.values.objective, INPUT_LIMITS.longText)}
          />
          <Textarea
            label={t('followUp.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
            {...limit(form.values.description, INPUT_LIMITS.longText)}
          />
          <Checkbox.Group
            label={t('followUp.participants')}
            description={t('followUp.participantsHelp')}
            required
            {...form.getInputProps('organizationIds')}
          >
            <Stack gap="xs" mt="xs">
              {model.former.map((o) => (
                <Checkbox key={o.id} value={o.id} label={o.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('followUp.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
