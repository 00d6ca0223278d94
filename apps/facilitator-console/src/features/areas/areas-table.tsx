import { EnumBadge, ResponsiveTable } from '@alianza/ui';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleAreaFragment } from './areas.generated';

export function AreasTable(props: {
  areas: readonly ConsoleAreaFragment[];
  overlapCount: (areaId: string) => number;
  canEdit: boolean;
  onEdit: (area: ConsoleAreaFragment) => void;
  /** Archive an area (`true`) or bring it back (`false`). */
  onArchive: (area: ConsoleAreaFragment, archived: boolean) => void;
}) {
  const { t } = useT('areas');
  return (
    <ResponsiveTable
      label={t('areas.label')}
      minWidth={720}
      tableProps={{ verticalSpacing: 'xs' }}
      rows={props.areas}
      rowKey={(area) => area.id}
      columns={[
        {
          key: 'name',
          header: t('areas.name'),
          primary: true,
          cell: (area) => (
            <Group gap={6}>
              <Text size="sm" fw={600} c={area.archivedAt ? 'dimmed' : undefined}>
                {area.name}
              </Text>
              {area.archivedAt && (
                <Badge size="xs" color="gray" variant="light">
                  {t('areas.archived')}
                </Badge>
              )}
            </Group>
          ),
        },
        {
          key: 'description',
          header: t('areas.description'),
          cell: (area) => (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {area.description}
            </Text>
          ),
        },
        {
          key: 'sensitivity',
          header: t('areas.sensitivity'),
          th: { w: 140 },
          cell: (area) => <EnumBadge enum="AreaSensitivity" value={area.sensitivity} />,
        },
        {
          key: 'overlaps',
          header: t('areas.overlaps'),
          th: { w: 120, ta: 'right' },
          td: { ta: 'right' },
          cell: (area) => <Text size="sm">{props.overlapCount(area.id)}</Text>,
        },
        props.canEdit && {
          key: 'actions',
          header: t('areas.actions'),
          actions: true,
          th: { w: 200 },
          cell: (area) => (
            <Group gap={4}>
              <Button
                size="xs"
                variant="subtle"
                aria-label={t('areas.editLabel', { name: area.name })}
                onClick={() => props.onEdit(area)}
              >
                {t('areas.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color={area.archivedAt ? undefined : 'red'}
                aria-label={t(area.archivedAt ? 'areas.restoreLabel' : 'areas.archiveLabel', {
                  name: area.name,
                })}
                onClick={() => props.onArchive(area, !area.archivedAt)}
              >
                {area.archivedAt ? t('areas.restore') : t('areas.archive')}
              </Button>
            </Group>
          ),
        },
      ]}
    />
  );
}

/** What each sensitivity means for sharing, under the table. */
export function SensitivityLegend() {
  const { t } = useT('areas');
  return (
    <Table withRowBorders={false} verticalSpacing={2} mt="sm">
      <Table.Tbody>
        {(['OPEN', 'MODERATED', 'RESTRICTED'] as const).map((value) => (
          <Table.Tr key={value}>
            <Table.Td w={120}>
              <EnumBadge enum="AreaSensitivity" value={value} size="xs" />
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed">
                {t(`areas.explain.${value}`)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
