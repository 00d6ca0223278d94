import { useFormat } from '@alianza/i18n';
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../i18n';
import type { PortalRulesParticipationFragment } from './rules.generated';

/** Which versions of the ground rules our organization accepted, who and when. */
export function AcceptanceHistory(props: {
  participation: PortalRulesParticipationFragment;
  currentVersion: number;
}) {
  const { t } = useT('rules');
  const format = useFormat();
  const headingId = useId();
  const organization = props.participation.organization.name;
  const rows = props.participation.groundRulesAcceptances;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t('history.title', { organization })}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty', { organization })}
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.version')}</Table.Th>
              <Table.Th>{t('history.acceptedAt')}</Table.Th>
              <Table.Th>{t('history.acceptedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  {row.version}{' '}
                  {row.version === props.currentVersion && (
                    <Badge size="xs" variant="light" ml={4}>
                      {t('history.current')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{format.dateTime(row.acceptedAt)}</Table.Td>
                <Table.Td>{row.acceptedByName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
