import { toApiError, useLoginMutation } from '@alianza/graphql-client';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { SecondFactorStep } from '../account/two-factor/second-factor-step';
import { ErrorAlert } from './api-error';
import { useT } from './i18n';

/**
 * Signing in, both steps: the address and password, then, for an account with two-step
 * verification, the code of its app or a recovery code (`SecondFactorStep`). The sign-in page and
 * every other page that signs someone in (an invitation's link) use it, so that none calls `login`
 * on its own and misses the second step.
 */
export function SignInForm(props: {
  onSignedIn: () => void;
  /** The address to sign in with when it is given (an invitation's): shown, not typed. */
  email?: string;
  /** Above the fields: what the page is. */
  header: ReactNode;
  /** Below the button: links, hints. */
  footer?: ReactNode;
  /** The button's words (by default "Sign in"). */
  submitLabel?: string;
  /** What a refused password says (by default "Wrong email or password."). */
  invalidText?: string;
}) {
  const { t } = useT('common');
  const [typedEmail, setTypedEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error, reset }] = useLoginMutation();
  // The password was right and the account has two-step verification: its code comes next.
  const [challenge, setChallenge] = useState<string | null>(null);
  const email = props.email ?? typedEmail;
  const invalid = toApiError(error)?.code === 'UNAUTHENTICATED';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await login({ variables: { input: { email: email.trim(), password } } });
      const pending = result.data?.login.secondFactorChallenge;
      if (pending) setChallenge(pending.token);
      else props.onSignedIn();
    } catch {
      // Shown below from `error`.
    }
  };
  if (challenge)
    return (
      <SecondFactorStep
        challenge={challenge}
        onSignedIn={props.onSignedIn}
        onRestart={() => {
          setChallenge(null);
          setPassword('');
          reset();
        }}
      />
    );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {props.header}
        {props.email === undefined ? (
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            value={typedEmail}
            onChange={(e) => setTypedEmail(e.currentTarget.value)}
            data-autofocus
          />
        ) : (
          <TextInput label={t('auth.email')} value={props.email} readOnly autoComplete="username" />
        )}
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          data-autofocus={props.email !== undefined || undefined}
        />
        {error &&
          (invalid ? (
            <Alert color="red" role="alert">
              {props.invalidText ?? t('auth.invalid')}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          ))}
        <Button type="submit" loading={loading} disabled={!email || !password}>
          {props.submitLabel ?? t('actions.signIn')}
        </Button>
        {props.footer}
      </Stack>
    </form>
  );
}
