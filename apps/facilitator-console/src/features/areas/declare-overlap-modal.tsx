import { useAction } from '@alianza/ui';
import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { ConsoleAreasDocument, useConsoleDeclareOverlapMutation } from './areas.generated';
import type { MatrixOrganization } from './overlap-cells';
import { OverlapNotesFields, overlapNotesInput } from './overlap-notes-fields';
import { ConsoleCollaborationNeedsDocument } from '../collaborations/collaborations.generated';

export const OVERLAP_REFETCH = [ConsoleAreasDocument, ConsoleCollaborationNeedsDocument];

/**
 * Declares an overlap in an area: for a pair picked in the matrix (fixed), or for a group
 * chosen here (two or more organizations). Two optional texts, kept apart: the facilitator's own
 * note, and what the organizations involved will read.
 */
export function DeclareOverlapModal(props: {
  opened: boolean;
  onClose: () => void;
  area: { id: string; name: string };
  organizations: readonly MatrixOrganization[];
  /** Given: a pair from the matrix. Absent: choose a group. */
  pair?: readonly [MatrixOrganization, MatrixOrganization] | null;
}) {
  const { t } = useT('areas');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      title={t('declare.heading', { area: props.area.name })}
    >
      <DeclareForm {...props} />
    </Modal>
  );
}

function DeclareForm(props: {
  onClose: () => void;
  area: { id: string; name: string };
  organizations: readonly MatrixOrganization[];
  pair?: readonly [MatrixOrganization, MatrixOrganization] | null;
}) {
  const { t } = useT('areas');
  const tc = useT('common').t;
  const run = useAction();
  const [chosen, setChosen] = useState<string[]>(
    props.pair ? props.pair.map((organization) => organization.id) : [],
  );
  const [notes, setNotes] = useState({ note: '', sharedNote: '' });
  const [tooFew, setTooFew] = useState(false);
  const [declare, { loading }] = useConsoleDeclareOverlapMutation({
    refetchQueries: OVERLAP_REFETCH,
  });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (chosen.length < 2) {
      setTooFew(true);
      return;
    }
    const result = await run(
      () =>
        declare({
          variables: {
            areaId: props.area.id,
            input: { organizationIds: chosen, ...overlapNotesInput(notes) },
          },
        }),
      t('declare.done'),
    );
    if (result) props.onClose();
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {props.pair ? (
          <Text fw={600}>
            {t('declare.pair', { a: props.pair[0].name, b: props.pair[1].name })}
          </Text>
        ) : (
          <MultiSelect
            label={t('declare.organizations')}
            description={t('declare.organizationsDescription')}
            required
            data-autofocus
            data={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setTooFew(false);
            }}
            error={tooFew ? t('declare.organizationsRequired') : undefined}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <OverlapNotesFields value={notes} onChange={setNotes} autoFocus={Boolean(props.pair)} />
        <Alert color="blue" variant="light">
          <Text size="sm">{t('declare.effect')}</Text>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('declare.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
