import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import type { ConsoleCollaborationRowFragment } from './collaborations.generated';
import { NeedsSummary } from './needs-summary';

export function CollaborationsTable(props: {
  collaborations: readonly ConsoleCollaborationRowFragment[];
}) {
  const { t } = useT('collaborations');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('table.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.title')}</Table.Th>
            <Table.Th w={140}>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.needs')}</Table.Th>
            <Table.Th w={130}>{t('table.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.collaborations.map((collaboration) => (
            <Table.Tr key={collaboration.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/c/${collaboration.id}`} fw={600}>
                    {collaboration.title}
                  </Anchor>
                  {collaboration.objective && (
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {collaboration.objective}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <EnumBadge enum="CollaborationStatus" value={collaboration.status} />
                  {collaboration.previousCollaborationId && (
                    <Badge variant="outline" color="gray" size="sm">
                      {t('followUp')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <NeedsSummary collaborationId={collaboration.id} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.date(collaboration.createdAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
