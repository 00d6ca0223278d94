import { INPUT_LIMITS } from '@alianza/shared';
import type { Locale, MembershipRole } from '@alianza/graphql-client/types';
import { useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Group, Select, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';

const ROLES: readonly MembershipRole[] = ['MEMBER', 'OWNER'];
const LOCALES: readonly Locale[] = ['ES', 'EN'];

/**
 * Invites an email address with a role: the address gets an email, in the language chosen (by
 * default the portal's), with a link to accept (signing up through it if need be). The person
 * becomes a member only on accepting, and the answer is the same whether the address has an
 * account or not.
 */
export function InviteMemberForm(props: {
  inviting: boolean;
  /** Resolves to true once the invitation is sent (the form then empties). */
  onInvite: (email: string, role: MembershipRole, locale: Locale) => Promise<boolean>;
}) {
  const { t, i18n } = useT('organization');
  const limit = useTextLimit();
  const headingId = useId();
  const options = useEnumOptions();
  const roleOptions = options('MembershipRole', ROLES);
  const localeOptions = options('Locale', LOCALES);
  const form = useForm<{ email: string; role: MembershipRole; locale: Locale }>({
    initialValues: { email: '', role: 'MEMBER', locale: i18n.language === 'en' ? 'EN' : 'ES' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('members.invalidEmail')),
    },
  });
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={form.onSubmit(
        (values) =>
          void props.onInvite(values.email.trim(), values.role, values.locale).then((sent) => {
            if (sent) form.setFieldValue('email', '');
          }),
      )}
    >
      <Title order={3} size="h5" mt="lg" id={headingId}>
        {t('invitations.formTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('invitations.formHint')}
      </Text>
      <Group align="flex-start">
        <TextInput
          label={t('invitations.email')}
          type="email"
          required
          w={320}
          {...form.getInputProps('email')}
          {...limit(form.values.email, INPUT_LIMITS.email)}
        />
        <Select
          label={t('invitations.role')}
          data={roleOptions}
          allowDeselect={false}
          w={220}
          {...form.getInputProps('role')}
        />
        <Select
          label={t('invitations.language')}
          data={localeOptions}
          allowDeselect={false}
          w={160}
          {...form.getInputProps('locale')}
        />
        <Button
          type="submit"
          mt={25}
          loading={props.inviting}
          leftSection={<IconSend size={16} aria-hidden />}
        >
          {t('invitations.send')}
        </Button>
      </Group>
      {form.values.role === 'OWNER' && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('invitations.ownerHint')}
        </Text>
      )}
    </form>
  );
}
