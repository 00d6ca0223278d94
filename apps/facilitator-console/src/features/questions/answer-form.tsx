import { useAction } from '@alianza/ui';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { TEXT_MAX } from './publish-dialog';
import { ConsoleQuestionsDocument, useConsoleAnswerQuestionMutation } from './questions.generated';

/** The facilitator's private answer to the asking organization; may be changed until published. */
export function AnswerForm(props: { questionId: string; answer: string | null }) {
  const { t } = useT('questions');
  const run = useAction();
  const [answerQuestion, { loading }] = useConsoleAnswerQuestionMutation({
    refetchQueries: [ConsoleQuestionsDocument],
  });
  const form = useForm({
    initialValues: { answer: props.answer ?? '' },
    validate: { answer: (value) => (value.trim() ? null : t('detail.required')) },
  });
  const submit = form.onSubmit(async (values) => {
    const done = await run(
      () =>
        answerQuestion({
          variables: { id: props.questionId, input: { answer: values.answer.trim() } },
        }),
      t('detail.answered'),
    );
    if (done) form.resetDirty();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('detail.answer')}
          description={t('detail.answerHint')}
          withAsterisk
          autosize
          minRows={4}
          maxRows={16}
          maxLength={TEXT_MAX}
          {...form.getInputProps('answer')}
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
