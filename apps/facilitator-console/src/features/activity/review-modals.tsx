import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { OverlapNotesFields, overlapNotesInput } from '../areas/overlap-notes-fields';
import { defaultNote, type DetectedOverlap } from './activity-helpers';
import {
  ConsoleActivityDocument,
  useConsoleDeclareDetectedOverlapMutation,
  useConsoleDismissDetectedOverlapMutation,
} from './activity.generated';
import { ConsoleAreasDocument } from '../areas/areas.generated';
import { ConsoleCollaborationNeedsDocument } from '../collaborations/collaborations.generated';

/** Declaring changes the disclosure engine: its screens refetch too. */
export const DETECTED_REFETCH = [
  ConsoleActivityDocument,
  ConsoleAreasDocument,
  ConsoleCollaborationNeedsDocument,
];

interface ReviewProps {
  overlap: DetectedOverlap;
  areaName: string;
  names: string;
  onClose: () => void;
}

/**
 * Turns a detected overlap into a declared one: your own note (by default, where it came from)
 * and, apart, what the organizations involved will read.
 */
export function DeclareDetectedModal(props: ReviewProps) {
  const { t } = useT('activity');
  const tc = useT('common').t;
  const run = useAction();
  const [notes, setNotes] = useState({
    note: defaultNote(t('declare.noteStart')),
    sharedNote: '',
  });
  const [declare, { loading }] = useConsoleDeclareDetectedOverlapMutation({
    refetchQueries: DETECTED_REFETCH,
    awaitRefetchQueries: true,
  });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await run(
      () =>
        declare({
          variables: {
            input: {
              areaId: props.overlap.areaId,
              organizationIds: [...props.overlap.organizationIds],
              ...overlapNotesInput(notes),
            },
          },
        }),
      t('declare.done'),
    );
    if (done) props.onClose();
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={t('declare.heading')}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text fw={600}>{t('declare.between', { names: props.names, area: props.areaName })}</Text>
          <OverlapNotesFields value={notes} onChange={setNotes} autoFocus />
          <Alert color="blue" variant="light">
            <Text size="sm">{t('declare.effect')}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('declare.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Sets a detected overlap aside, with the reason (required). */
export function DismissDetectedModal(props: ReviewProps) {
  const { t } = useT('activity');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const run = useAction();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [dismiss, { loading }] = useConsoleDismissDetectedOverlapMutation({
    refetchQueries: DETECTED_REFETCH,
    awaitRefetchQueries: true,
  });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    const done = await run(
      () =>
        dismiss({
          variables: {
            input: {
              areaId: props.overlap.areaId,
              organizationIds: [...props.overlap.organizationIds],
              reason: reason.trim(),
            },
          },
        }),
      t('dismiss.done'),
    );
    if (done) props.onClose();
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('dismiss.heading')}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text fw={600}>{t('dismiss.between', { names: props.names, area: props.areaName })}</Text>
          <Textarea
            label={t('dismiss.reason')}
            required
            autosize
            minRows={3}
            data-autofocus
            {...limit(reason, INPUT_LIMITS.longText, t('dismiss.reasonDescription'))}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('dismiss.reasonRequired') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" color="gray" loading={loading}>
              {t('dismiss.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
