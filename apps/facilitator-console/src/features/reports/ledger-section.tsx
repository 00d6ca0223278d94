import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleCollaborationReportQuery } from './reports.generated';
import { Stat } from './stat';

type Ledger = ConsoleCollaborationReportQuery['collaborationReport']['ledger'];

/** "Debe y haber": confirmed value, what waits, pledges, and balances per organization and pair. */
export function LedgerSection(props: { ledger: Ledger; amount: (value: string) => string }) {
  const { t } = useT('reports');
  const { ledger, amount } = props;
  const organizations = [...ledger.organizations].sort((a, b) => a.name.localeCompare(b.name));
  const pairs = [...ledger.pairs].sort((a, b) => Number(b.value) - Number(a.value));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-ledger">
      <Title order={2} size="h4" id="report-ledger" mb="sm">
        {t('ledger.title')}
      </Title>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Stat label={t('ledger.confirmedValue')} value={amount(ledger.confirmedValue)} />
          <Stat label={t('ledger.entriesPending')} value={ledger.entriesPending} />
          <Stat
            label={t('ledger.entriesDisputed')}
            value={ledger.entriesDisputed}
            alert={ledger.entriesDisputed > 0}
          />
          <Stat
            label={t('ledger.pledges')}
            value={ledger.pledgesOpen}
            alert={ledger.pledgesOverdue > 0}
            note={t('ledger.pledgesSummary', {
              overdue: ledger.pledgesOverdue,
              fulfilled: ledger.pledgesFulfilled,
              cancelled: ledger.pledgesCancelled,
            })}
          />
        </SimpleGrid>
        {organizations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ledger.empty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('ledger.byOrganization')}
              </Title>
              <Table verticalSpacing="xs" aria-label={t('ledger.byOrganizationCaption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ledger.organization')}</Table.Th>
                    <Table.Th ta="right">{t('ledger.given')}</Table.Th>
                    <Table.Th ta="right">{t('ledger.received')}</Table.Th>
                    <Table.Th ta="right">{t('ledger.net')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organizations.map((o) => {
                    const net = Number(o.net);
                    return (
                      <Table.Tr key={o.organizationId}>
                        <Table.Th scope="row" fw={500}>
                          {o.name}
                        </Table.Th>
                        <Table.Td ta="right">{amount(o.given)}</Table.Td>
                        <Table.Td ta="right">{amount(o.received)}</Table.Td>
                        <Table.Td
                          ta="right"
                          fw={600}
                          c={net === 0 ? undefined : net < 0 ? 'red' : 'teal'}
                        >
                          {amount(o.net)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('ledger.pairs')}
              </Title>
              <Table verticalSpacing="xs" aria-label={t('ledger.pairsCaption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ledger.giver')}</Table.Th>
                    <Table.Th>{t('ledger.receiver')}</Table.Th>
                    <Table.Th ta="right">{t('ledger.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pairs.map((p) => (
                    <Table.Tr key={`${p.giverOrganizationId}-${p.receiverOrganizationId ?? 'all'}`}>
                      <Table.Td>{p.giverName}</Table.Td>
                      <Table.Td>{p.receiverName ?? t('wholeCollaboration')}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {amount(p.value)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
