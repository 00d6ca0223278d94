import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';

/**
 * Asks before removing a part of the plan: what goes, and that what history names is archived
 * rather than deleted (it stays in progress reports, the ledger and the audit log).
 */
export function ConfirmRemoveModal(props: {
  title: string;
  message: string;
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={props.title}
    >
      <Stack>
        <Text size="sm">{props.message}</Text>
        <Text size="sm" c="dimmed">
          {t('remove.archiveNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            {tc('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => {
              setBusy(true);
              void props
                .onConfirm()
                .then((done) => {
                  if (done) props.onClose();
                })
                .finally(() => setBusy(false));
            }}
          >
            {t('remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
