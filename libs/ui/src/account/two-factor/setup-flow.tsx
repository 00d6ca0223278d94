import {
  MyAccountEventsDocument,
  toApiError,
  useConfirmTwoFactorSetupMutation,
  useStartTwoFactorSetupMutation,
} from '@alianza/graphql-client';
import {
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Image,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { QueryState } from '../../lib/query-state';
import { RecoveryCodesReveal } from './recovery-codes';

const NS = 'two-factor';

/** Groups a Base32 secret in fours, as authenticator apps show it. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Setting two-step verification up: a new secret as a QR code and as text, a first code to
 * confirm it, then the recovery codes, once. `onDone` once the codes are saved; `onCancel` (if
 * given) before confirming.
 */
export function TwoFactorSetupFlow(props: {
  email: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useT(NS);
  // The secret and the codes are never written to Apollo's cache: they live in this screen only.
  const [start, started] = useStartTwoFactorSetupMutation({ fetchPolicy: 'no-cache' });
  // The log shows the factor turned on. Not where it stands yet: a screen that sends staff here
  // (SecondFactorGate) would move on before the recovery codes are saved.
  const [confirm, confirming] = useConfirmTwoFactorSetupMutation({
    fetchPolicy: 'no-cache',
    refetchQueries: [MyAccountEventsDocument],
  });
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  // One secret per visit (an effect may run twice in development: a second secret would
  // replace the first one shown).
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void start().catch(() => undefined); // shown from `started.error`
  }, [start]);

  if (codes) return <RecoveryCodesReveal codes={codes} email={props.email} onDone={props.onDone} />;

  const setup = started.data?.startTwoFactorSetup;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(typed)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setWrong(false);
    try {
      const result = await confirm({ variables: { input: { code: typed } } });
      const answered = result.data?.confirmTwoFactorSetup.codes;
      if (answered) {
        notifications.show({ color: 'teal', message: t('setup.done'), autoClose: 2500 });
        setCodes(answered);
      }
    } catch (failure) {
      if (toApiError(failure)?.code === 'BAD_USER_INPUT') {
        setWrong(true);
        setCode('');
      }
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="two-factor-setup">
      <Title order={2} size="h4" id="two-factor-setup" mb="sm">
        {t('setup.title')}
      </Title>
      <QueryState
        loading={started.loading || (!setup && !started.error)}
        error={started.error}
        hasData={!!setup}
        onRetry={() => void start().catch(() => undefined)}
      >
        {setup && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              <Text size="sm">{t('setup.step1')}</Text>
              <Image
                src={setup.qrCodeDataUrl}
                alt={t('setup.qrAlt')}
                w={200}
                h={200}
                fit="contain"
                bg="white"
              />
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t('setup.manual')}
                </Text>
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('setup.secretLabel')}
                    value={groupedSecret(setup.secret)}
                    readOnly
                    onFocus={(e) => e.currentTarget.select()}
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    style={{ flex: 1, maxWidth: 420 }}
                  />
                  <CopyButton value={setup.secret} timeout={2000}>
                    {({ copied, copy }) => (
                      <Button
                        variant={copied ? 'light' : 'default'}
                        color={copied ? 'teal' : undefined}
                        leftSection={
                          copied ? (
                            <IconCheck size={16} aria-hidden />
                          ) : (
                            <IconCopy size={16} aria-hidden />
                          )
                        }
                        onClick={copy}
                      >
                        {copied ? t('setup.copied') : t('setup.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              </Stack>
              <Text size="sm">{t('setup.step2')}</Text>
              <TextInput
                label={t('setup.code')}
                description={t('setup.codeHint')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                w={220}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={missing ? t('setup.codeRequired') : undefined}
                styles={{ input: { letterSpacing: '0.3em' } }}
              />
              {wrong && (
                <Alert color="red" role="alert">
                  {t('setup.wrongCode')}
                </Alert>
              )}
              {confirming.error && !wrong && <ErrorAlert error={confirming.error} />}
              <Group>
                <Button type="submit" loading={confirming.loading}>
                  {t('setup.confirm')}
                </Button>
                {props.onCancel && (
                  <Button variant="default" onClick={props.onCancel}>
                    {t('setup.cancel')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        )}
      </QueryState>
    </Card>
  );
}
