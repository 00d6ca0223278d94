import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { ConsoleParticipationRowFragment } from './participants.generated';
import {
  ConsoleParticipantsDocument,
  useConsoleWithdrawInvitationMutation,
} from './participants.generated';
import { ConsoleAreasDocument } from '../areas/areas.generated';
import { ConsoleGroundRulesDocument } from '../rules/rules.generated';
import { ConsoleOverviewDocument } from '../overview/overview.generated';

/** Confirms withdrawing an invitation (invited) or removing a participant (accepted). */
export function WithdrawModal(props: {
  participation: ConsoleParticipationRowFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('participants');
  const participation = props.participation;
  const removing = participation?.status === 'ACCEPTED';
  const name = participation?.organization.name ?? '';
  return (
    <Modal
      opened={participation !== null}
      onClose={props.onClose}
      title={
        removing
          ? t('withdraw.participantHeading', { name })
          : t('withdraw.invitationHeading', { name })
      }
      size="lg"
    >
      {participation && (
        <WithdrawForm participation={participation} removing={removing} onClose={props.onClose} />
      )}
    </Modal>
  );
}

function WithdrawForm(props: {
  participation: ConsoleParticipationRowFragment;
  removing: boolean;
  onClose: () => void;
}) {
  const { t } = useT('participants');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const [reason, setReason] = useState('');
  const [withdraw, { loading }] = useConsoleWithdrawInvitationMutation({
    refetchQueries: [
      ConsoleParticipantsDocument,
      ConsoleOverviewDocument,
      ConsoleAreasDocument,
      ConsoleGroundRulesDocument,
    ],
  });
  const name = props.participation.organization.name;
  const confirm = async () => {
    const result = await run(
      () =>
        withdraw({
          variables: {
            participationId: props.participation.id,
            input: { reason: reason.trim() },
          },
        }),
      t('withdraw.done', { name }),
    );
    if (result) props.onClose();
  };
  return (
    <Stack>
      <Alert color="orange" variant="light">
        <Text size="sm">
          {props.removing ? t('withdraw.participantWarning') : t('withdraw.invitationWarning')}
        </Text>
      </Alert>
      <Textarea
        label={t('withdraw.reason')}
        {...limit(reason, INPUT_LIMITS.reason, t('withdraw.reasonDescription'))}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        autosize
        minRows={2}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose} disabled={loading}>
          {tc('actions.cancel')}
        </Button>
        <Button color="red" loading={loading} onClick={() => void confirm()}>
          {props.removing ? t('withdraw.confirmRemove') : t('withdraw.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
