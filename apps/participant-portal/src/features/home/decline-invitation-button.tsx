import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { usePortalDeclineInvitationMutation } from './home.generated';

/** Declines an invitation (owners), with an optional reason, after confirming. */
export function DeclineInvitationButton(props: {
  participationId: string;
  organizationName: string;
  collaborationTitle: string;
  onDeclined?: () => void;
}) {
  const { t } = useT('home');
  const limit = useTextLimit();
  const run = useAction();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  // The answer updates the participation in the cache: lists drop declined ones at once.
  const [decline, { loading }] = usePortalDeclineInvitationMutation();
  const close = () => {
    if (loading) return;
    setOpened(false);
    setReason('');
  };
  const confirm = async () => {
    const result = await run(
      () =>
        decline({
          variables: { participationId: props.participationId, input: { reason: reason.trim() } },
        }),
      t('decline.done'),
    );
    if (result) {
      setOpened(false);
      setReason('');
      props.onDeclined?.();
    }
  };
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpened(true)}>
        {t('decline.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('decline.title')} centered>
        <Stack>
          <Text size="sm">
            {t('decline.body', {
              organization: props.organizationName,
              collaboration: props.collaborationTitle,
            })}
          </Text>
          <Textarea
            label={t('decline.reason')}
            {...limit(reason, INPUT_LIMITS.reason, t('decline.reasonHint'))}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('decline.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
