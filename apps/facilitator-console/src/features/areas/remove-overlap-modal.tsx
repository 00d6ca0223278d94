import { useAction } from '@alianza/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { useConsoleRemoveOverlapMutation } from './areas.generated';
import { OVERLAP_REFETCH } from './declare-overlap-modal';
import type { MatrixOverlap } from './overlap-cells';

/** Confirms removing one overlap (a pair's, or a group's). */
export function RemoveOverlapModal(props: {
  overlap: MatrixOverlap | null;
  areaName: string;
  names: (overlap: MatrixOverlap) => string;
  onClose: () => void;
}) {
  const { t } = useT('areas');
  const tc = useT('common').t;
  const run = useAction();
  const [remove, { loading }] = useConsoleRemoveOverlapMutation({
    refetchQueries: OVERLAP_REFETCH,
  });
  const overlap = props.overlap;
  const confirm = async () => {
    if (!overlap) return;
    const result = await run(
      () => remove({ variables: { overlapId: overlap.id } }),
      t('remove.done'),
    );
    if (result) props.onClose();
  };
  return (
    <Modal opened={overlap !== null} onClose={props.onClose} title={t('remove.heading')}>
      {overlap && (
        <Stack>
          <Text size="sm">
            {t('remove.pairText', { names: props.names(overlap), area: props.areaName })}
          </Text>
          {overlap.note && (
            <Text size="sm" c="dimmed" fs="italic">
              {overlap.note}
            </Text>
          )}
          <Text size="sm">{t('remove.effect')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={loading}>
              {tc('actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()} data-autofocus>
              {t('remove.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** A pair that only meets inside group overlaps: explain, and offer to remove a group. */
export function GroupOverlapModal(props: {
  pair: readonly [{ name: string }, { name: string }] | null;
  groups: readonly MatrixOverlap[];
  names: (overlap: MatrixOverlap) => string;
  onRemove: (overlap: MatrixOverlap) => void;
  onClose: () => void;
}) {
  const { t } = useT('areas');
  const tc = useT('common').t;
  const pair = props.pair;
  return (
    <Modal
      opened={pair !== null}
      onClose={props.onClose}
      size="lg"
      title={pair ? t('remove.groupHeading', { a: pair[0].name, b: pair[1].name }) : ''}
    >
      <Stack>
        <Text size="sm">{t('remove.groupText')}</Text>
        {props.groups.map((group) => (
          <Stack key={group.id} gap={6} align="flex-start">
            <div>
              <Text size="sm" fw={600}>
                {props.names(group)}
              </Text>
              {group.note && (
                <Text size="xs" c="dimmed">
                  {group.note}
                </Text>
              )}
            </div>
            <Button size="xs" color="red" variant="light" onClick={() => props.onRemove(group)}>
              {t('remove.groupRemove')}
            </Button>
          </Stack>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {tc('actions.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
