import { toApiError, useCompleteLoginMutation } from '@alianza/graphql-client';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';

const NS = 'two-factor-sign-in';

/** What went wrong with the last attempt, in the step's own words where it has them. */
type Problem = 'wrong' | 'expired' | 'other' | null;

/**
 * The second step of signing in, for an account with two-step verification: the code of the
 * authenticator app, or a recovery code. A wrong code can be typed again; an expired (or already
 * used) sign-in goes back to the password (`onRestart`).
 */
export function SecondFactorStep(props: {
  /** The `secondFactorChallenge.token` that `login` answered. */
  challenge: string;
  onSignedIn: () => void;
  onRestart: () => void;
}) {
  const { t } = useT(NS);
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [complete, { loading, error }] = useCompleteLoginMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = value.trim();
    if (!typed) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await complete({
        variables: {
          input: useRecovery
            ? { challenge: props.challenge, recoveryCode: typed }
            : { challenge: props.challenge, code: typed.replace(/\s/g, '') },
        },
      });
      props.onSignedIn();
    } catch (failure) {
      const code = toApiError(failure)?.code;
      setProblem(
        code === 'BAD_USER_INPUT' ? 'wrong' : code === 'UNAUTHENTICATED' ? 'expired' : 'other',
      );
      if (code === 'BAD_USER_INPUT') setValue('');
    }
  };

  const switchMode = () => {
    setUseRecovery((v) => !v);
    setValue('');
    setMissing(false);
    setProblem(null);
  };

  if (problem === 'expired') {
    return (
      <Stack>
        <Title order={2} size="h4">
          {t('title')}
        </Title>
        <Alert color="yellow" role="alert">
          {t('expired')}
        </Alert>
        <Button onClick={props.onRestart}>{t('back')}</Button>
      </Stack>
    );
  }

  const wrongText = useRecovery ? t('wrongRecovery') : t('wrongCode');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <div>
          <Title order={2} size="h4">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {useRecovery ? t('recoveryIntro') : t('intro')}
          </Text>
        </div>
        {useRecovery ? (
          <TextInput
            key="recovery"
            label={t('recoveryCode')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            required
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={missing ? t('recoveryRequired') : undefined}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-autofocus
          />
        ) : (
          <TextInput
            key="code"
            label={t('code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={missing ? t('codeRequired') : undefined}
            styles={{ input: { letterSpacing: '0.3em', fontSize: 'var(--mantine-font-size-lg)' } }}
            data-autofocus
          />
        )}
        {problem === 'wrong' && (
          <Alert color="red" role="alert">
            {wrongText}
          </Alert>
        )}
        {problem === 'other' && error && <ErrorAlert error={error} />}
        <Button type="submit" loading={loading}>
          {t('submit')}
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor component="button" type="button" size="sm" onClick={switchMode}>
            {useRecovery ? t('useApp') : t('useRecovery')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={props.onRestart}>
            {t('back')}
          </Anchor>
        </Group>
        {useRecovery && (
          <Text size="xs" c="dimmed">
            {t('lostEverything')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
