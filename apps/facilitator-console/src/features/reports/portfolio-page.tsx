import { useFormat } from '@alianza/i18n';
import {
  DownloadButtons,
  EmptyState,
  EnumBadge,
  PageHeader,
  QueryState,
  formatLedgerAmount,
} from '@alianza/ui';
import { Anchor, Card, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import {
  useConsolePortfolioReportQuery,
  type ConsolePortfolioRowFragment,
} from './reports.generated';

/** One row per collaboration the facilitator runs, with the same rows as Excel and CSV. */
export function PortfolioPage() {
  const { t } = useT('reports');
  const query = useConsolePortfolioReportQuery({ fetchPolicy: 'cache-and-network' });
  const rows = query.data?.portfolioReport ?? [];
  return (
    <>
      <PageHeader
        title={t('portfolio.title')}
        description={t('portfolio.description')}
        actions={
          <DownloadButtons
            path="/reports/portfolio"
            formats={['xlsx', 'csv']}
            what={t('portfolio.downloadWhat')}
          />
        }
      />
      <Card withBorder padding="md">
        <QueryState
          loading={query.loading}
          error={query.error}
          hasData={!!query.data}
          onRetry={() => void query.refetch()}
        >
          {rows.length === 0 ? (
            <EmptyState text={t('portfolio.empty')} />
          ) : (
            <PortfolioTable rows={rows} />
          )}
        </QueryState>
      </Card>
    </>
  );
}

export function PortfolioTable(props: { rows: readonly ConsolePortfolioRowFragment[] }) {
  const { t } = useT('reports');
  const format = useFormat();
  const points = (n: string) => t('points', { value: n });
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('portfolio.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('portfolio.collaboration')}</Table.Th>
            <Table.Th>{t('portfolio.status')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.participants')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.pendingRequests')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.activeGrants')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.percentDone')}</Table.Th>
            <Table.Th>{t('portfolio.overdue')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.confirmedValue')}</Table.Th>
            <Table.Th>{t('portfolio.pledges')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => {
            const overdue = r.overdueMilestones + r.overdueTasks;
            return (
              <Table.Tr key={r.collaborationId}>
                <Table.Th scope="row" fw={400}>
                  <Anchor
                    component={Link}
                    to={`/c/${r.collaborationId}/report`}
                    fw={600}
                    title={t('portfolio.openReport', { title: r.title })}
                  >
                    {r.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <EnumBadge enum="CollaborationStatus" value={r.status} />
                </Table.Td>
                <Table.Td ta="right">{r.activeParticipants}</Table.Td>
                <Table.Td ta="right" fw={r.pendingDisclosureRequests > 0 ? 700 : undefined}>
                  {r.pendingDisclosureRequests}
                </Table.Td>
                <Table.Td ta="right">{r.activeGrants}</Table.Td>
                <Table.Td ta="right">{format.percent(r.percentDone / 100)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={overdue > 0 ? 'red' : 'dimmed'}>
                    {t('portfolio.overdueValue', {
                      milestones: r.overdueMilestones,
                      tasks: r.overdueTasks,
                    })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatLedgerAmount(r.confirmedValue, r, format, points)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={r.overduePledges > 0 ? 'red' : undefined}>
                    {t('portfolio.pledgesValue', {
                      open: r.openPledges,
                      overdue: r.overduePledges,
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
