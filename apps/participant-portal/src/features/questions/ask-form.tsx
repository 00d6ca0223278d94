import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useTextLimit } from '@alianza/ui';
import { Alert, Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { PortalQuestionsDocument, usePortalAskQuestionMutation } from './questions.generated';

/** Asks the facilitator in private; says plainly who will read it. */
export function AskForm(props: { collaborationId: string }) {
  const { t } = useT('questions');
  const run = useAction();
  const limit = useTextLimit();
  const [ask, { loading }] = usePortalAskQuestionMutation({
    refetchQueries: [PortalQuestionsDocument],
  });
  const form = useForm({
    initialValues: { subject: '', body: '' },
    validate: { body: (value) => (value.trim() ? null : t('ask.required')) },
  });
  const draft = useDraft(`question:${props.collaborationId}`, form);
  const submit = form.onSubmit(async (values) => {
    const subject = values.subject.trim();
    const done = await run(
      () =>
        ask({
          variables: {
            collaborationId: props.collaborationId,
            input: { subject: subject || null, body: values.body.trim() },
          },
        }),
      t('ask.sent'),
      { form },
    );
    if (done) {
      draft.clear();
      form.reset();
    }
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ask-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="ask-heading">
            {t('ask.heading')}
          </Title>
          <Alert color="blue" variant="light" icon={<IconLock size={18} aria-hidden />}>
            {t('ask.privacy')}
          </Alert>
          <DraftNotice draft={draft} />
          <TextInput
            label={t('ask.subject')}
            {...form.getInputProps('subject')}
            {...limit(form.values.subject, INPUT_LIMITS.name, t('ask.subjectHint'))}
          />
          <Textarea
            label={t('ask.body')}
            withAsterisk
            autosize
            minRows={4}
            maxRows={14}
            {...form.getInputProps('body')}
            {...limit(form.values.body, INPUT_LIMITS.longText)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('ask.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
