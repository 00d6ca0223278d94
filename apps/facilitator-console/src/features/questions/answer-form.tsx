import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useTextLimit } from '@alianza/ui';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { ConsoleQuestionsDocument, useConsoleAnswerQuestionMutation } from './questions.generated';

/** The facilitator's private answer to the asking organization; may be changed until published. */
export function AnswerForm(props: { questionId: string; answer: string | null }) {
  const { t } = useT('questions');
  const run = useAction();
  const limit = useTextLimit();
  const [answerQuestion, { loading }] = useConsoleAnswerQuestionMutation({
    refetchQueries: [ConsoleQuestionsDocument],
  });
  const form = useForm({
    initialValues: { answer: props.answer ?? '' },
    validate: { answer: (value) => (value.trim() ? null : t('detail.required')) },
  });
  const draft = useDraft(`answer:${props.questionId}`, form);
  const submit = form.onSubmit(async (values) => {
    const done = await run(
      () =>
        answerQuestion({
          variables: { questionId: props.questionId, input: { answer: values.answer.trim() } },
        }),
      t('detail.answered'),
      { form },
    );
    if (done) {
      draft.clear();
      form.resetDirty();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <DraftNotice draft={draft} />
        <Textarea
          label={t('detail.answer')}
          withAsterisk
          autosize
          minRows={4}
          maxRows={16}
          {...form.getInputProps('answer')}
          {...limit(form.values.answer, INPUT_LIMITS.longText, t('detail.answerHint'))}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {props.answer === null ? t('detail.submitAnswer') : t('detail.updateAnswer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
