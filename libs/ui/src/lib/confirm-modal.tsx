import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from './i18n';

/**
 * The confirmation of an action that cannot be undone (revoking a token, deleting an endpoint):
 * its title and warning, Cancel, and a red button that waits for the action to finish.
 */
export function ConfirmModal(props: {
  opened: boolean;
  title: string;
  warning: string;
  confirmLabel: string;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}) {
  const tc = useT('common').t;
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack>
        <Text size="sm">{props.warning}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
