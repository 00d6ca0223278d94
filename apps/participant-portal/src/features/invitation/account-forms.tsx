import { INPUT_LIMITS } from '@alianza/shared';
import { useLoginMutation, useLogoutMutation } from '@alianza/graphql-client';
import { apiLocale, ErrorAlert, SignInForm, useTextLimit } from '@alianza/ui';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useT } from '../../i18n';
import { usePortalSignUpWithInvitationMutation } from './invitation.generated';

const MIN_PASSWORD = 10;

/**
 * A newcomer creates the account of the address invited (the link proves it), then is signed in
 * with it: the next step answers the invitation.
 */
export function SignUpStep(props: { token: string; email: string; onSignedIn: () => void }) {
  const { t, i18n } = useT('invitation');
  const limit = useTextLimit();
  const [signUp, signingUp] = usePortalSignUpWithInvitationMutation();
  const [login, signingIn] = useLoginMutation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { displayName: '', password: '' },
    validate: {
      displayName: (value) => (value.trim() ? null : t('signUp.required')),
      password: (value) => (value.length >= MIN_PASSWORD ? null : t('signUp.passwordShort')),
    },
  });
  const submit = form.onSubmit(async ({ displayName, password }) => {
    setError(null);
    try {
      await signUp({
        variables: {
          input: {
            token: props.token,
            displayName: displayName.trim(),
            password,
            locale: apiLocale(i18n.language),
          },
        },
      });
      await login({ variables: { input: { email: props.email, password } } });
      props.onSignedIn();
    } catch (failure) {
      setError(failure);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('signUp.heading')}
        </Title>
        <Text size="sm">{t('signUp.intro', { email: props.email })}</Text>
        <TextInput label={t('signUp.email')} value={props.email} readOnly />
        <TextInput
          label={t('signUp.name')}
          autoComplete="name"
          required
          data-autofocus
          {...form.getInputProps('displayName')}
          {...limit(form.values.displayName, INPUT_LIMITS.displayName)}
        />
        <PasswordInput
          label={t('signUp.password')}
          description={t('signUp.passwordHint')}
          autoComplete="new-password"
          required
          maxLength={200}
          {...form.getInputProps('password')}
        />
        {error !== null && <ErrorAlert error={error} />}
        <Button type="submit" loading={signingUp.loading || signingIn.loading}>
          {t('signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The address has an account: its holder signs in with it (the address is the link's), with the
 * sign-in page's own form, second step included for an account with two-step verification.
 */
export function SignInStep(props: { email: string; onSignedIn: () => void }) {
  const { t } = useT('invitation');
  return (
    <SignInForm
      email={props.email}
      onSignedIn={props.onSignedIn}
      header={
        <>
          <Title order={2} size="h4">
            {t('signIn.heading')}
          </Title>
          <Text size="sm">{t('signIn.intro', { email: props.email })}</Text>
        </>
      }
      submitLabel={t('signIn.submit')}
      invalidText={t('signIn.invalid')}
    />
  );
}

/** Signed in with another address: the link is not theirs; sign out to use the right account. */
export function WrongAccountStep(props: {
  current: string;
  email: string;
  onSignedOut: () => void;
}) {
  const { t } = useT('invitation');
  const apollo = useApolloClient();
  const [logout, { loading }] = useLogoutMutation();
  const signOut = async () => {
    await logout();
    await apollo.clearStore();
    props.onSignedOut();
  };
  return (
    <Stack>
      <Alert color="orange" role="alert" title={t('wrongAccount.heading')}>
        {t('wrongAccount.body', { current: props.current, email: props.email })}
      </Alert>
      <Button variant="default" loading={loading} onClick={() => void signOut()}>
        {t('wrongAccount.signOut', { email: props.email })}
      </Button>
    </Stack>
  );
}
