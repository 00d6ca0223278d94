import { toApiError } from '@alianza/graphql-client';
import { ErrorAlert } from '@alianza/ui';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  AdminAccountEventsDocument,
  type AdminUserRowFragment,
  useAdminResetSecondFactorMutation,
} from './admin-users.generated';

/**
 * Turns off a user's second factor (a lost device), with the reason the user will read in their
 * security log. The warning says what it costs: the password alone opens the account again.
 */
export function ResetSecondFactorModal(props: {
  user: AdminUserRowFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('admin-users');
  const name = props.user?.displayName ?? '';
  return (
    <Modal
      opened={props.user !== null}
      onClose={props.onClose}
      title={t('resetSecondFactor.heading', { name })}
      size="lg"
    >
      {props.user && <ResetForm user={props.user} onClose={props.onClose} />}
    </Modal>
  );
}

function ResetForm(props: { user: AdminUserRowFragment; onClose: () => void }) {
  const { t } = useT('admin-users');
  const tc = useT('common').t;
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [reset, { loading }] = useAdminResetSecondFactorMutation({
    refetchQueries: [AdminAccountEventsDocument],
    // The list's row says at once that the user has no second factor any more.
    update: (cache, _result, { variables }) => {
      cache.modify({
        id: cache.identify({ __typename: 'User', id: variables?.userId }),
        fields: { hasSecondFactor: () => false },
      });
    },
  });
  const name = props.user.displayName;
  const submit = async () => {
    const trimmed = reason.trim();
    setMissingReason(!trimmed);
    if (!trimmed) return;
    setFailure(null);
    try {
      await reset({ variables: { userId: props.user.id, input: { reason: trimmed } } });
    } catch (error) {
      setFailure(error);
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('resetSecondFactor.done', { name }),
      autoClose: 4000,
    });
    props.onClose();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <Text size="sm">{t('resetSecondFactor.warning', { name })}</Text>
        </Alert>
        {failure !== null &&
          // A user without a second factor: said in words, rather than as a bare conflict.
          (toApiError(failure)?.code === 'CONFLICT' ? (
            <Alert color="gray" variant="light" role="status">
              <Text size="sm">{t('resetSecondFactor.none', { name })}</Text>
            </Alert>
          ) : (
            <ErrorAlert error={failure} />
          ))}
        <Textarea
          label={t('resetSecondFactor.reason')}
          description={t('resetSecondFactor.reasonDescription', { name })}
          withAsterisk
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missingReason ? t('resetSecondFactor.reasonRequired') : undefined}
          maxLength={500}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('resetSecondFactor.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
