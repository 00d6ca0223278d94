import { toApiError, useResetPasswordMutation } from '@alianza/graphql-client';
import { useMessages } from '@alianza/i18n';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { AccountFrame } from './account-frame';
import { passwordResetMessages } from './messages';

const NS = { 'password-reset': passwordResetMessages };
/** As the API's rule for every password (`LIMITS.password` in libs/api-core). */
export const PASSWORD_MIN_LENGTH = 10;

/** Why a link does not work, as the API says it (`extensions.reason`). */
const LINK_REFUSALS = {
  RESET_LINK_EXPIRED: 'reset.expired',
  RESET_LINK_USED: 'reset.used',
  RESET_LINK_UNKNOWN: 'reset.unknown',
} as const;

/**
 * The page the email's link opens (`reset-password?token=…`): a new password, twice. Says
 * clearly when the link is incomplete, expired or used (with a way to ask for another), and
 * once done, that every session ended and how to sign in.
 */
export function ResetPasswordPage(props: { appTitle: string }) {
  useMessages(NS);
  const { t } = useT('password-reset');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState(false);
  const [resetPassword, { loading, error }] = useResetPasswordMutation();

  const api = toApiError(error);
  const linkRefusal =
    api?.reason && api.reason in LINK_REFUSALS
      ? LINK_REFUSALS[api.reason as keyof typeof LINK_REFUSALS]
      : undefined;
  const tooShort = password.length < PASSWORD_MIN_LENGTH;
  const mismatch = password !== confirm;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooShort || mismatch) return;
    try {
      await resetPassword({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch {
      // Shown below from `error`.
    }
  };

  const requestNew = (
    <Button component={Link} to="/forgot-password" variant="light">
      {t('reset.requestNew')}
    </Button>
  );

  if (done)
    return (
      <AccountFrame appTitle={props.appTitle} title={t('reset.doneTitle')}>
        <Alert color="teal" role="status" variant="light">
          {t('reset.done')}
        </Alert>
        <Button component={Link} to="/">
          {t('signIn')}
        </Button>
      </AccountFrame>
    );

  if (!token || linkRefusal)
    return (
      <AccountFrame appTitle={props.appTitle} title={t('reset.title')}>
        <Alert color="red" role="alert" variant="light">
          {linkRefusal ? t(linkRefusal) : t('reset.missing')}
        </Alert>
        {requestNew}
        <Anchor component={Link} to="/" size="sm">
          {t('backToSignIn')}
        </Anchor>
      </AccountFrame>
    );

  return (
    <AccountFrame appTitle={props.appTitle} title={t('reset.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('reset.intro')}</Text>
          <PasswordInput
            label={t('reset.password')}
            description={t('reset.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            value={password}
            error={
              checked && tooShort ? t('reset.tooShort', { min: PASSWORD_MIN_LENGTH }) : undefined
            }
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-autofocus
          />
          <PasswordInput
            label={t('reset.confirm')}
            autoComplete="new-password"
            required
            value={confirm}
            error={checked && !tooShort && mismatch ? t('reset.mismatch') : undefined}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          {error && <ErrorAlert error={error} />}
          <Button type="submit" loading={loading} disabled={!password || !confirm}>
            {t('reset.submit')}
          </Button>
          <Anchor component={Link} to="/" size="sm">
            {t('backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </AccountFrame>
  );
}
