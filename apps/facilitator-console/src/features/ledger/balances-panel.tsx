import { EmptyState } from '@alianza/ui';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { BalanceChart } from './balance-chart';
import { PairHeatmap } from './pair-heatmap';
import type { LedgerModel } from './use-ledger';

/** "Debe y haber": given, received and net per organization, and the pair matrix. */
export function BalancesPanel(props: { model: LedgerModel }) {
  const { t } = useT('ledger');
  const { model } = props;
  const balances = [...model.data.ledgerBalances.organizations].sort((a, b) =>
    model
      .organizationName(a.organizationId)
      .localeCompare(model.organizationName(b.organizationId)),
  );
  if (balances.length === 0) return <EmptyState text={t('balances.empty')} />;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('balances.confirmedOnly')}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="ledger-by-organization">
          <Title order={2} size="h4" id="ledger-by-organization" mb="sm">
            {t('balances.chartTitle')}
          </Title>
          <BalanceChart model={model} />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="ledger-balance-table">
          <Title order={2} size="h4" id="ledger-balance-table" mb="sm">
            {t('balances.tableTitle')}
          </Title>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('balances.organization')}</Table.Th>
                <Table.Th ta="right">{t('balances.given')}</Table.Th>
                <Table.Th ta="right">{t('balances.received')}</Table.Th>
                <Table.Th ta="right">{t('balances.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balances.map((b) => {
                const negative = b.net.startsWith('-');
                const zero = Number(b.net) === 0;
                return (
                  <Table.Tr key={b.organizationId}>
                    <Table.Td>{model.organizationName(b.organizationId)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {model.amount(b.given)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {model.amount(b.received)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      fw={600}
                      style={{ whiteSpace: 'nowrap' }}
                      c={zero ? undefined : negative ? 'red' : 'teal'}
                    >
                      {model.amount(b.net)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt="xs">
            {t('balances.netHelp')}
          </Text>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="ledger-matrix">
        <Title order={2} size="h4" id="ledger-matrix" mb="sm">
          {t('matrix.title')}
        </Title>
        <PairHeatmap
          pairs={model.data.ledgerBalances.pairs}
          organizations={model.organizations}
          amount={model.amount}
        />
      </Paper>
    </Stack>
  );
}
