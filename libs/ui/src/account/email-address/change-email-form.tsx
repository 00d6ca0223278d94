import { useRequestEmailChangeMutation } from '@alianza/graphql-client';
import { useMessages } from '@alianza/i18n';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { emailAddressMessages } from './messages';

const NS = { 'email-address': emailAddressMessages };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The account's address on the security screen: whether it is confirmed, and moving the account
 * to another one (the password asked again). Sent, it says where the link went and that nothing
 * changes until it is followed; the answer is the same whether the address was free or not.
 */
export function ChangeEmailForm() {
  useMessages(NS);
  const { t } = useT('email-address');
  const { user } = useSession();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error, reset }] = useRequestEmailChangeMutation();
  const address = newEmail.trim();
  const invalid = !EMAIL.test(address);
  const same = address.toLowerCase() === user.email.toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalid || same || !password) return;
    try {
      await request({
        variables: {
          input: { newEmail: address, currentPassword: password },
        },
      });
      setSentTo(address);
      setNewEmail('');
      setPassword('');
      setChecked(false);
    } catch {
      // Shown below from `error`.
    }
  };

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="email-address-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="email-address-title">
            {t('form.title')}
          </Title>
          <Badge color={user.emailVerified ? 'teal' : 'yellow'} variant="light">
            {user.emailVerified ? t('form.verified') : t('form.unverified')}
          </Badge>
        </Group>
        <Text size="sm">{t('form.current', { email: user.email })}</Text>
        {sentTo ? (
          <>
            <Alert color="teal" variant="light" role="status" title={t('form.sentTitle')}>
              {t('form.sent', { email: sentTo })}
            </Alert>
            <Group>
              <Button
                variant="default"
                onClick={() => {
                  setSentTo(null);
                  reset();
                }}
              >
                {t('form.again')}
              </Button>
            </Group>
          </>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="sm" maw={420}>
              <TextInput
                label={t('form.newEmail')}
                type="email"
                autoComplete="email"
                required
                value={newEmail}
                error={
                  checked && invalid
                    ? t('form.invalidEmail')
                    : checked && same
                      ? t('form.same')
                      : undefined
                }
                onChange={(e) => setNewEmail(e.currentTarget.value)}
              />
              <PasswordInput
                label={t('form.password')}
                description={t('form.passwordHint')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              {error && <ErrorAlert error={error} />}
              <Group>
                <Button type="submit" loading={loading} disabled={!newEmail || !password}>
                  {t('form.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
