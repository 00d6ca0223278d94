import { useRequestPasswordResetMutation, toApiError } from '@alianza/graphql-client';
import { useMessages } from '@alianza/i18n';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { AccountFrame } from './account-frame';
import { passwordResetMessages } from './messages';

const NS = { 'password-reset': passwordResetMessages };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Forgot your password?": asks for a reset link by email (written in the account's language).
 * The answer is the same whatever the address (the API tells no one who has an account).
 */
export function ForgotPasswordPage(props: { appTitle: string }) {
  useMessages(NS);
  const { t } = useT('password-reset');
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error, reset }] = useRequestPasswordResetMutation();
  const serverRefusedEmail = toApiError(error)?.code === 'BAD_USER_INPUT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!EMAIL.test(address)) {
      setInvalid(true);
      return;
    }
    try {
      await request({
        variables: { input: { email: address } },
      });
      setSentTo(address);
    } catch {
      // Shown below from `error`.
    }
  };

  const backToSignIn = (
    <Anchor component={Link} to="/" size="sm">
      {t('backToSignIn')}
    </Anchor>
  );

  if (sentTo !== null)
    return (
      <AccountFrame appTitle={props.appTitle} title={t('forgot.sentTitle')}>
        <Alert color="teal" role="status" variant="light">
          {t('forgot.sent', { email: sentTo })}
        </Alert>
        <Button
          variant="default"
          onClick={() => {
            reset();
            setSentTo(null);
          }}
        >
          {t('forgot.again')}
        </Button>
        {backToSignIn}
      </AccountFrame>
    );

  return (
    <AccountFrame appTitle={props.appTitle} title={t('forgot.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('forgot.intro')}</Text>
          <TextInput
            label={t('common:auth.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            error={invalid || serverRefusedEmail ? t('forgot.invalidEmail') : undefined}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
              setInvalid(false);
            }}
            data-autofocus
          />
          {error && !serverRefusedEmail && <ErrorAlert error={error} />}
          <Button type="submit" loading={loading} disabled={!email.trim()}>
            {t('forgot.submit')}
          </Button>
          {backToSignIn}
        </Stack>
      </form>
    </AccountFrame>
  );
}
