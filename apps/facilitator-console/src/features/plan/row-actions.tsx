import { ActionIcon, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

/** A row's two actions: change it, remove it (each named for a screen reader). */
export function RowActions(props: {
  editLabel: string;
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon variant="subtle" size="sm" aria-label={props.editLabel} onClick={props.onEdit}>
        <IconPencil size={14} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        size="sm"
        color="red"
        aria-label={props.removeLabel}
        onClick={props.onRemove}
      >
        <IconTrash size={14} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
