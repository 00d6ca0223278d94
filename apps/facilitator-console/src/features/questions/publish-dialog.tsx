import { INPUT_LIMITS, repeatsPrivateText } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useTextLimit } from '@alianza/ui';
import { Alert, Blockquote, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n';
import {
  type ConsoleQuestionFragment,
  ConsoleQuestionsDocument,
  useConsolePublishQuestionMutation,
} from './questions.generated';

/**
 * The texts the publish dialog starts from: the question blank, to be written anew (the private
 * one is shown beside it, never copied in), and the facilitator's own answer, to be edited.
 */
export function publishDraft(question: ConsoleQuestionFragment): {
  question: string;
  answer: string;
} {
  return { question: '', answer: question.answer ?? '' };
}

/**
 * Publishes an anonymised version of an answered question to every active participant. The
 * facilitator writes the question anew from the private one (shown, not copied in), and edits
 * the answer to remove whatever identifies the asker.
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
  const limit = useTextLimit();
  const [publish, { loading }] = useConsolePublishQuestionMutation({
    refetchQueries: [ConsoleQuestionsDocument],
  });
  const form = useForm({
    initialValues: publishDraft(props.question),
    validate: {
      question: (value) =>
        !value.trim()
          ? t('publish.required')
          : repeatsPrivateText(value, props.question)
            ? t('publish.repeatsPrivate')
            : null,
      answer: (value) => (value.trim() ? null : t('publish.required')),
    },
  });
  const draft = useDraft(`publish-question:${props.question.id}`, form);
  const submit = form.onSubmit(async (values) => {
    const done = await run(
      () =>
        publish({
          variables: {
            questionId: props.question.id,
            input: { question: values.question.trim(), answer: values.answer.trim() },
          },
        }),
      t('publish.published'),
      { form },
    );
    if (done) {
      draft.clear();
      props.onDone();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('publish.warning')}
        </Alert>
        <DraftNotice draft={draft} />
        <div>
          <Text size="sm" fw={500} id="private-question">
            {t('publish.original')}
          </Text>
          <Blockquote
            aria-labelledby="private-question"
            p="sm"
            mt={4}
            style={{ whiteSpace: 'pre-wrap' }}
          >
            {[props.question.subject, props.question.body].filter(Boolean).join('\n\n')}
          </Blockquote>
        </div>
        <Textarea
          label={t('publish.question')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={12}
          data-autofocus
          {...form.getInputProps('question')}
          {...limit(form.values.question, INPUT_LIMITS.longText, t('publish.questionHint'))}
        />
        <Textarea
          label={t('publish.answer')}
          withAsterisk
          autosize
          minRows={4}
          maxRows={16}
          {...form.getInputProps('answer')}
          {...limit(form.values.answer, INPUT_LIMITS.longText)}
        />
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              props.onDone();
            }}
            disabled={loading}
          >
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
