import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { MatrixRow } from './acceptance-matrix';

/** Participant × version grid of ground rules acceptances. */
export function AcceptanceTable(props: {
  rows: readonly MatrixRow[];
  versions: readonly number[];
  currentVersion: number;
}) {
  const { t } = useT('rules');
  const format = useFormat();
  if (props.rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('matrix.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={360 + props.versions.length * 150}>
      <Table aria-label={t('matrix.label')} withColumnBorders withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('matrix.organization')}</Table.Th>
            <Table.Th>{t('matrix.status')}</Table.Th>
            {props.versions.map((version) => (
              <Table.Th
                key={version}
                ta="center"
                bg={version === props.currentVersion ? 'teal.0' : undefined}
              >
                {t('matrix.version', { version })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={row.organizationId}>
              <Table.Th scope="row" fw={600}>
                {row.name}
              </Table.Th>
              <Table.Td>
                {row.status ? <EnumBadge enum="ParticipationStatus" value={row.status} /> : null}
              </Table.Td>
              {props.versions.map((version) => {
                const acceptance = row.cells.get(version);
                return (
                  <Table.Td
                    key={version}
                    ta="center"
                    bg={version === props.currentVersion ? 'teal.0' : undefined}
                  >
                    {acceptance ? (
                      <Stack gap={0} align="center">
                        <ThemeIcon size="sm" radius="xl" color="teal" variant="light" aria-hidden>
                          <IconCheck size={12} />
                        </ThemeIcon>
                        <Text size="xs">
                          {t('matrix.accepted', {
                            date: format.date(acceptance.acceptedAt),
                            name: acceptance.acceptedByName,
                          })}
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('matrix.notAccepted')}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
