import { useAction } from '@alianza/ui';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n';
import {
  type ConsoleQuestionFragment,
  ConsoleQuestionsDocument,
  useConsolePublishQuestionMutation,
} from './questions.generated';

export const TEXT_MAX = 20_000;

/** The texts the publish dialog starts from: the original question and answer, to be edited. */
export function publishDraft(question: ConsoleQuestionFragment): {
  question: string;
  answer: string;
} {
  return {
    question: [question.subject, question.body].filter(Boolean).join('\n\n'),
    answer: question.answer ?? '',
  };
}

/**
 * Publishes an anonymised version of an answered question to every active participant. The
 * texts start as the originals; the facilitator removes whatever identifies the asker.
 */
export function PublishDialog(props: {
  question: ConsoleQuestionFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('questions');
  const tc = useT('common').t;
  return (
    <Modal
      opened={props.question !== null}
      onClose={props.onClose}
      title={t('publish.heading')}
      size="xl"
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {props.question && <PublishForm question={props.question} onDone={props.onClose} />}
    </Modal>
  );
}

function PublishForm(props: { question: ConsoleQuestionFragment; onDone: () => void }) {
  const { t } = useT('questions');
  const tc = useT('common').t;
  const run = useAction();
  const [publish, { loading }] = useConsolePublishQuestionMutation({
    refetchQueries: [ConsoleQuestionsDocument],
  });
  const form = useForm({
    initialValues: publishDraft(props.question),
    validate: {
      question: (value) => (value.trim() ? null : t('publish.required')),
      answer: (value) => (value.trim() ? null : t('publish.required')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    const done = await run(
      () =>
        publish({
          variables: {
            id: props.question.id,
            input: { question: values.question.trim(), answer: values.answer.trim() },
          },
        }),
      t('publish.published'),
    );
    if (done) props.onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('publish.warning')}
        </Alert>
        <Textarea
          label={t('publish.question')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={12}
          maxLength={TEXT_MAX}
          data-autofocus
          {...form.getInputProps('question')}
        />
        <Textarea
          label={t('publish.answer')}
          withAsterisk
          autosize
          minRows={4}
          maxRows={16}
          maxLength={TEXT_MAX}
          {...form.getInputProps('answer')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
