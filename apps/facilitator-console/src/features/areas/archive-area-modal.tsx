import { useAction } from '@alianza/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  ConsoleAreasDocument,
  useConsoleSetAreaArchivedMutation,
  type ConsoleAreaFragment,
} from './areas.generated';

/**
 * Asks before archiving an area (or bringing it back): an archived area keeps its information
 * and grants, and takes no new information. Areas are never deleted: history names them.
 */
export function ArchiveAreaModal(props: {
  area: ConsoleAreaFragment;
  archived: boolean;
  onClose: () => void;
}) {
  const { t } = useT('areas');
  const tc = useT('common').t;
  const run = useAction();
  const [busy, setBusy] = useState(false);
  const [setArchived] = useConsoleSetAreaArchivedMutation({
    refetchQueries: [ConsoleAreasDocument],
    awaitRefetchQueries: true,
  });
  const key = props.archived ? 'archive' : 'restore';
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={t(`${key}Dialog.title`, { name: props.area.name })}
    >
      <Stack>
        <Text size="sm">{t(`${key}Dialog.message`)}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            {tc('actions.cancel')}
          </Button>
          <Button
            color={props.archived ? 'red' : undefined}
            loading={busy}
            onClick={() => {
              setBusy(true);
              void run(
                () =>
                  setArchived({
                    variables: { areaId: props.area.id, input: { archived: props.archived } },
                  }),
                t(`${key}Dialog.done`),
              )
                .then((done) => {
                  if (done) props.onClose();
                })
                .finally(() => setBusy(false));
            }}
          >
            {t(`${key}Dialog.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
