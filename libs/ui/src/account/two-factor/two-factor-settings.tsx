import {
  MyAccountEventsDocument,
  MyTwoFactorDocument,
  toApiError,
  useDisableTwoFactorMutation,
  useMyTwoFactorQuery,
  useRegenerateRecoveryCodesMutation,
  type TwoFactorStatusFieldsFragment,
} from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { QueryState } from '../../lib/query-state';
import { useSession } from '../../lib/session';
import { RecoveryCodesReveal } from './recovery-codes';
import { TwoFactorSetupFlow } from './setup-flow';

const NS = 'two-factor';
/** Fewer recovery codes than this left: suggest new ones. */
const FEW_CODES = 3;

/** After a change of the factor: where it stands, and the log that recorded it. */
const REFETCH = [MyTwoFactorDocument, MyAccountEventsDocument];

/**
 * Two-step verification of the signed-in user: where it stands, turning it on (QR code, key,
 * first code, recovery codes once), new recovery codes, turning it off.
 */
export function TwoFactorSettings() {
  const { user } = useSession();
  const status = useMyTwoFactorQuery({ fetchPolicy: 'cache-and-network' });
  const [mode, setMode] = useState<'view' | 'setup' | 'disable' | 'regenerate'>('view');
  const [codes, setCodes] = useState<string[] | null>(null);
  const back = () => {
    setMode('view');
    void status.refetch();
  };
  const current = status.data?.myTwoFactor;
  return (
    <QueryState
      loading={status.loading}
      error={status.error}
      hasData={!!current}
      onRetry={() => void status.refetch()}
    >
      {current && (
        <Stack gap="lg">
          {codes ? (
            <RecoveryCodesReveal codes={codes} email={user.email} onDone={() => setCodes(null)} />
          ) : mode === 'setup' ? (
            <TwoFactorSetupFlow email={user.email} onDone={back} onCancel={back} />
          ) : (
            <StatusCard
              status={current}
              onStart={() => setMode('setup')}
              onRegenerate={() => setMode('regenerate')}
              onDisable={() => setMode('disable')}
            />
          )}
          <RegenerateModal
            opened={mode === 'regenerate'}
            onClose={() => setMode('view')}
            onCodes={(fresh) => {
              setMode('view');
              setCodes(fresh);
            }}
          />
          <DisableModal
            opened={mode === 'disable'}
            required={current.required}
            onClose={() => setMode('view')}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function StatusCard(props: {
  status: TwoFactorStatusFieldsFragment;
  onStart: () => void;
  onRegenerate: () => void;
  onDisable: () => void;
}) {
  const { t } = useT(NS);
  const format = useFormat();
  const { status } = props;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="two-factor-status">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconShieldCheck size={20} aria-hidden />
          <Title order={2} size="h4" id="two-factor-status">
            {t('status.title')}
          </Title>
        </Group>
        <Badge color={status.enabled ? 'teal' : 'gray'} variant="light">
          {status.enabled ? t('status.on') : t('status.off')}
        </Badge>
      </Group>
      <Stack gap="xs">
        <Text size="sm">
          {status.enabled
            ? t('status.onSince', { date: format.date(status.enabledAt) })
            : t('status.offText')}
        </Text>
        {status.required && (
          <Text size="sm" c="dimmed">
            {t('status.required')}
          </Text>
        )}
        {status.enabled && (
          <Text size="sm">{t('status.codesLeft', { count: status.recoveryCodesLeft })}</Text>
        )}
        {status.enabled && status.recoveryCodesLeft < FEW_CODES && (
          <Alert color="yellow" variant="light">
            {t('status.codesLow')}
          </Alert>
        )}
        <Group mt="xs">
          {status.enabled ? (
            <>
              <Button variant="default" onClick={props.onRegenerate}>
                {t('status.regenerate')}
              </Button>
              <Button variant="subtle" color="red" onClick={props.onDisable}>
                {t('status.disable')}
              </Button>
            </>
          ) : (
            <Button onClick={props.onStart}>{t('status.start')}</Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function RegenerateModal(props: {
  opened: boolean;
  onClose: () => void;
  onCodes: (codes: string[]) => void;
}) {
  const { t } = useT(NS);
  const [code, setCode] = useState('');
  const [wrong, setWrong] = useState(false);
  const [regenerate, { loading, error }] = useRegenerateRecoveryCodesMutation({
    fetchPolicy: 'no-cache',
    refetchQueries: REFETCH,
  });
  const close = () => {
    setCode('');
    setWrong(false);
    props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWrong(false);
    try {
      const result = await regenerate({
        variables: { input: { code: code.replace(/\s/g, '') } },
      });
      const codes = result.data?.regenerateRecoveryCodes.codes;
      setCode('');
      if (codes) props.onCodes(codes);
    } catch (failure) {
      if (toApiError(failure)?.code === 'BAD_USER_INPUT') setWrong(true);
    }
  };
  return (
    <Modal opened={props.opened} onClose={close} title={t('regenerate.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('regenerate.text')}</Text>
          <TextInput
            label={t('setup.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            data-autofocus
          />
          {wrong && (
            <Alert color="red" role="alert">
              {t('setup.wrongCode')}
            </Alert>
          )}
          {error && !wrong && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('setup.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!code.trim()}>
              {t('regenerate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DisableModal(props: { opened: boolean; required: boolean; onClose: () => void }) {
  const { t } = useT(NS);
  const [proof, setProof] = useState<'password' | 'code'>('password');
  const [value, setValue] = useState('');
  const [wrong, setWrong] = useState(false);
  const [disable, { loading, error, reset }] = useDisableTwoFactorMutation({
    refetchQueries: REFETCH,
  });
  const close = () => {
    setValue('');
    setWrong(false);
    reset();
    props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWrong(false);
    const input = proof === 'password' ? { password: value } : { code: value.trim() };
    try {
      await disable({ variables: { input } });
    } catch (failure) {
      // A wrong password or code is said by its field; anything else below the form.
      setWrong(toApiError(failure)?.code === 'BAD_USER_INPUT');
      return;
    }
    notifications.show({ color: 'teal', message: t('disable.done'), autoClose: 2500 });
    close();
  };
  return (
    <Modal opened={props.opened} onClose={close} title={t('disable.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('disable.text')}</Text>
          {props.required && (
            <Alert color="yellow" variant="light">
              {t('disable.requiredWarning')}
            </Alert>
          )}
          <SegmentedControl
            value={proof}
            onChange={(v) => {
              setProof(v === 'code' ? 'code' : 'password');
              setValue('');
              setWrong(false);
            }}
            data={[
              { value: 'password', label: t('disable.withPassword') },
              { value: 'code', label: t('disable.withCode') },
            ]}
          />
          {proof === 'password' ? (
            <PasswordInput
              label={t('disable.password')}
              autoComplete="current-password"
              required
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={wrong ? t('disable.wrongPassword') : undefined}
            />
          ) : (
            <TextInput
              label={t('disable.code')}
              autoComplete="one-time-code"
              maxLength={40}
              required
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={wrong ? t('setup.wrongCode') : undefined}
            />
          )}
          {error && !wrong && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('setup.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} disabled={!value}>
              {t('disable.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
