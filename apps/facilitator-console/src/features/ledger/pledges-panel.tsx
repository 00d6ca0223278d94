import { EmptyState, EnumBadge, useEnumLabel } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Badge, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { LedgerModel } from './use-ledger';

/** Commitments to future contributions, by due date, overdue ones marked. */
export function PledgesPanel(props: { model: LedgerModel }) {
  const { t } = useT('ledger');
  const format = useFormat();
  const label = useEnumLabel();
  const { model } = props;
  const pledges = model.data.collaboration.pledges.nodes;
  if (pledges.length === 0) return <EmptyState text={t('pledges.empty')} />;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{t('pledges.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pledges.dueOn')}</Table.Th>
            <Table.Th>{t('pledges.pledger')}</Table.Th>
            <Table.Th>{t('pledges.receiver')}</Table.Th>
            <Table.Th>{t('pledges.type')}</Table.Th>
            <Table.Th>{t('pledges.description')}</Table.Th>
            <Table.Th>{t('pledges.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pledges.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={p.overdue ? 'red' : undefined} fw={p.overdue ? 600 : 400}>
                  {format.date(p.dueOn)}
                </Text>
              </Table.Td>
              <Table.Td>{model.organizationName(p.pledgerOrganizationId)}</Table.Td>
              <Table.Td>{model.organizationName(p.receiverOrganizationId)}</Table.Td>
              <Table.Td>{label('ContributionType', p.contributionType)}</Table.Td>
              <Table.Td>
                <Text size="sm">{p.description}</Text>
                {p.cancelReason && (
                  <Text size="xs" c="dimmed">
                    {t('pledges.cancelReason', { reason: p.cancelReason })}
                  </Text>
                )}
                {p.fulfilledByEntryIds.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('pledges.fulfilledBy', { count: p.fulfilledByEntryIds.length })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <EnumBadge enum="PledgeStatus" value={p.status} />
                {p.overdue && (
                  <Badge color="red" variant="filled" size="sm" ml={4}>
                    {t('pledges.overdue')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
