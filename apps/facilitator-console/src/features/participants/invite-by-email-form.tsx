import type { Locale } from '@alianza/graphql-client/types';
import { useAction, useEnumOptions } from '@alianza/ui';
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
    );
    if (result) props.onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('byEmail.intro')}
        </Text>
        <TextInput
          label={t('byEmail.email')}
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          data-autofocus
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('byEmail.organizationName')}
          description={t('byEmail.organizationNameDescription')}
          required
          maxLength={200}
          {...form.getInputProps('organizationName')}
        />
        <Textarea
          label={t('invite.message')}
          description={t('byEmail.messageDescription')}
          autosize
          minRows={3}
          {...form.getInputProps('message')}
        />
        <Select
          label={t('byEmail.language')}
          data={localeOptions}
          allowDeselect={false}
          w={220}
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
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
