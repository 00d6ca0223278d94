import { useFormat } from '@alianza/i18n';
import { EnumBadge, formatLedgerAmount, type LedgerScale } from '@alianza/ui';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import type { PortalOrganizationCollaborationReportFragment } from './reports.generated';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * One row per collaboration: given, received and balance (in that collaboration's scale), what
 * the organization saw and shared, its requests and its pledges.
 */
export function OrganizationReportTable(props: {
  organizationName: string;
  rows: readonly PortalOrganizationCollaborationReportFragment[];
}) {
  const { t } = useT('reports');
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table
        verticalSpacing="sm"
        aria-label={t('caption', { name: props.organizationName })}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.collaboration')}</Table.Th>
            <Table.Th ta="right">{t('table.given')}</Table.Th>
            <Table.Th ta="right">{t('table.received')}</Table.Th>
            <Table.Th ta="right">{t('table.net')}</Table.Th>
            <Table.Th>{t('table.seen')}</Table.Th>
            <Table.Th>{t('table.shared')}</Table.Th>
            <Table.Th>{t('table.requests')}</Table.Th>
            <Table.Th>{t('table.pledges')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <ReportRow key={row.collaborationId} row={row} scale={row} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReportRow(props: {
  row: PortalOrganizationCollaborationReportFragment;
  scale: LedgerScale | null | undefined;
}) {
  const { t } = useT('reports');
  const format = useFormat();
  const { row } = props;
  const amount = (value: string) =>
    formatLedgerAmount(value, props.scale, format, (n) => t('points', { value: n }));
  const net = Number(row.net);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Stack gap={4}>
          <Anchor component={Link} to={`/c/${row.collaborationId}`} fw={600}>
            {row.title}
          </Anchor>
          <Group gap={4}>
            <EnumBadge enum="CollaborationStatus" value={row.status} size="xs" />
            {row.participationStatus !== 'ACCEPTED' && (
              <EnumBadge enum="ParticipationStatus" value={row.participationStatus} size="xs" />
            )}
          </Group>
        </Stack>
      </Table.Th>
      <Table.Td ta="right" style={NOWRAP}>
        <Text size="sm" fw={600}>
          {amount(row.given)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('table.entries', { count: row.givenEntries })}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={NOWRAP}>
        <Text size="sm" fw={600}>
          {amount(row.received)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('table.entries', { count: row.receivedEntries })}
        </Text>
        {row.entriesToConfirm > 0 && (
          <Text size="xs" c="yellow">
            {t('table.toConfirm', { count: row.entriesToConfirm })}
          </Text>
        )}
      </Table.Td>
      <Table.Td
        ta="right"
        style={NOWRAP}
        fw={700}
        c={net === 0 ? undefined : net < 0 ? 'red' : 'teal'}
      >
        {amount(row.net)}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t('table.seenValue', { count: row.itemsSeen })}</Text>
        <Text size="xs" c="dimmed">
          {t('table.grantsValue', { active: row.grantsReceivedActive, total: row.grantsReceived })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t('table.sharedValue', { count: row.grantsGiven })}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t('table.requestsValue', { made: row.requestsMade })}</Text>
        <Text size="xs" c="dimmed">
          {t('table.requestsDetail', {
            approved: row.requestsApproved,
            rejected: row.requestsRejected,
            pending: row.requestsPending,
          })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t('table.pledgesValue', { open: row.pledgesOpen, fulfilled: row.pledgesFulfilled })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
