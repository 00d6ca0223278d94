import type { Locale } from '@alianza/graphql-client/types';
import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import {
  ConsoleCollaborationInvitationsDocument,
  useConsoleInviteByEmailMutation,
} from './participants.generated';

const LOCALES: readonly Locale[] = ['ES', 'EN'];

/**
 * Invites an organization by the email of the person who will answer for it, whether or not
 * either is on Alianza. The email goes in the language chosen (by default the console's).
 */
export function InviteByEmailForm(props: {
  collaborationId: string;
  /** What was searched in the directory: the organization's name to start from. */
  organizationName: string;
  onClose: () => void;
}) {
  const { t, i18n } = useT('participants');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const localeOptions = useEnumOptions()('Locale', LOCALES);
  const form = useForm<{
    email: string;
    organizationName: string;
    message: string;
    locale: Locale;
  }>({
    initialValues: {
      email: '',
      organizationName: props.organizationName,
      message: '',
      locale: i18n.language === 'en' ? 'EN' : 'ES',
    },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('byEmail.emailInvalid')),
      organizationName: (value) => (value.trim() ? null : t('byEmail.required')),
    },
  });
  // The organization's name starts from what was searched this time.
  const draft = useDraft(`invitation:${props.collaborationId}`, form, {
    omit: ['organizationName'],
  });
  const [invite, { loading }] = useConsoleInviteByEmailMutation({
    refetchQueries: [ConsoleCollaborationInvitationsDocument],
  });
  const submit = form.onSubmit(async (values) => {
    const email = values.email.trim();
    const result = await run(
      () =>
        invite({
          variables: {
            collaborationId: props.collaborationId,
            input: {
              email,
              organizationName: values.organizationName.trim(),
              message: values.message.trim(),
              locale: values.locale,
            },
          },
        }),
      t('byEmail.done', { email }),
      { form },
    );
    if (result) {
      draft.clear();
      props.onClose();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('byEmail.intro')}
        </Text>
        <DraftNotice draft={draft} />
        <TextInput
          label={t('byEmail.email')}
          type="email"
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('email')}
          {...limit(form.values.email, INPUT_LIMITS.email)}
        />
        <TextInput
          label={t('byEmail.organizationName')}
          required
          {...form.getInputProps('organizationName')}
          {...limit(
            form.values.organizationName,
            INPUT_LIMITS.name,
            t('byEmail.organizationNameDescription'),
          )}
        />
        <Textarea
          label={t('invite.message')}
          autosize
          minRows={3}
          {...form.getInputProps('message')}
          {...limit(form.values.message, INPUT_LIMITS.longText, t('byEmail.messageDescription'))}
        />
        <Select
          label={t('byEmail.language')}
          data={localeOptions}
          allowDeselect={false}
          w={220}
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              props.onClose();
            }}
            disabled={loading}
          >
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('byEmail.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
