import { EnumBadge } from '@alianza/ui';
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
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label={t('areas.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('areas.name')}</Table.Th>
            <Table.Th>{t('areas.description')}</Table.Th>
            <Table.Th w={140}>{t('areas.sensitivity')}</Table.Th>
            <Table.Th w={120} ta="right">
              {t('areas.overlaps')}
            </Table.Th>
            {props.canEdit && <Table.Th w={200}>{t('areas.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.areas.map((area) => (
            <Table.Tr key={area.id}>
              <Table.Td>
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
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {area.description}
                </Text>
              </Table.Td>
              <Table.Td>
                <EnumBadge enum="AreaSensitivity" value={area.sensitivity} />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{props.overlapCount(area.id)}</Text>
              </Table.Td>
              {props.canEdit && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
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
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
