import type { EntryDirection } from '@alianza/graphql-client/types';
import { EnumBadge } from '@alianza/ui';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { EntryFormModal } from './entry-form-modal';
import type {
  PortalExchangeEntryFragment,
  PortalExchangeParticipationFragment,
} from './exchange.generated';
import { useEntryActions } from './use-entry-actions';

type Editing =
  { mode: 'add'; direction: EntryDirection } | { mode: 'edit'; entry: PortalExchangeEntryFragment };

/** Our organization's seeks and offers, with add / edit / remove. */
export function OurEntries(props: {
  participation: PortalExchangeParticipationFragment;
  editable: boolean;
}) {
  const { t } = useT('exchange');
  const headingId = useId();
  const actions = useEntryActions(props.participation.id);
  // Kept after closing so the dialog does not change while it fades out.
  const [editing, setEditing] = useState<Editing | null>(null);
  const [formOpened, setFormOpened] = useState(false);
  const [removing, setRemoving] = useState<PortalExchangeEntryFragment | null>(null);
  const [removeOpened, setRemoveOpened] = useState(false);
  const open = (next: Editing) => {
    setEditing(next);
    setFormOpened(true);
  };
  const close = () => setFormOpened(false);
  const askRemove = (entry: PortalExchangeEntryFragment) => {
    setRemoving(entry);
    setRemoveOpened(true);
  };
  const closeRemove = () => setRemoveOpened(false);

  const list = (direction: EntryDirection) => (
    <EntryColumn
      direction={direction}
      entries={direction === 'SEEK' ? props.participation.seeks : props.participation.offers}
      editable={props.editable}
      onAdd={() => open({ mode: 'add', direction })}
      onEdit={(entry) => open({ mode: 'edit', entry })}
      onRemove={askRemove}
    />
  );

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('ours.title', { organization: props.participation.organization.name })}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('ours.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list('SEEK')}
        {list('OFFER')}
      </SimpleGrid>

      <EntryFormModal
        opened={formOpened}
        direction={
          editing?.mode === 'edit' ? editing.entry.direction : (editing?.direction ?? 'SEEK')
        }
        initial={editing?.mode === 'edit' ? editing.entry : undefined}
        draftKey={
          editing?.mode === 'edit'
            ? `exchange-entry:${editing.entry.id}`
            : `exchange:${props.participation.id}:${editing?.direction ?? 'SEEK'}`
        }
        saving={actions.saving}
        onClose={close}
        onSubmit={async (values) => {
          if (!editing) return undefined;
          const result =
            editing.mode === 'add'
              ? await actions.add(editing.direction, values)
              : await actions.update(editing.entry.id, values);
          if (result) close();
          return result;
        }}
      />
      <Modal opened={removeOpened} onClose={closeRemove} title={t('remove.title')} centered>
        <Stack>
          <Text size="sm">{t('remove.body', { description: removing?.description ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeRemove} disabled={actions.removing}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={actions.removing}
              onClick={() => {
                if (!removing) return;
                void actions.remove(removing.id).then((result) => {
                  if (result) closeRemove();
                });
              }}
            >
              {t('remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}

function EntryColumn(props: {
  direction: EntryDirection;
  entries: readonly PortalExchangeEntryFragment[];
  editable: boolean;
  onAdd: () => void;
  onEdit: (entry: PortalExchangeEntryFragment) => void;
  onRemove: (entry: PortalExchangeEntryFragment) => void;
}) {
  const { t } = useT('exchange');
  const seek = props.direction === 'SEEK';
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h4">
          {seek ? t('ours.seekTitle') : t('ours.offerTitle')}
        </Title>
        {props.editable && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={props.onAdd}
          >
            {seek ? t('ours.addSeek') : t('ours.addOffer')}
          </Button>
        )}
      </Group>
      {props.entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {seek ? t('ours.emptySeek') : t('ours.emptyOffer')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {props.entries.map((entry) => (
            <Group
              key={entry.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
            >
              <Stack gap={4}>
                <div>
                  <EnumBadge enum="ContributionType" value={entry.contributionType} />
                </div>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.description}
                </Text>
              </Stack>
              {props.editable && (
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('ours.edit', { description: entry.description })}
                    onClick={() => props.onEdit(entry)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('ours.remove', { description: entry.description })}
                    onClick={() => props.onRemove(entry)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
