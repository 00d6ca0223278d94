import { useFormat } from '@alianza/i18n';
import { DownloadButtons, EmptyState, PageHeader, QueryState } from '@alianza/ui';
import { Card, Group, Select, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { OrganizationReportTable } from './organization-report-table';
import {
  usePortalOrganizationReportQuery,
  usePortalReportOrganizationsQuery,
} from './reports.generated';

/** Where the API serves an organization's report as files (same numbers as the screen). */
export function organizationReportPath(organizationId: string): string {
  return `/reports/organizations/${encodeURIComponent(organizationId)}`;
}

/** What the member's organization gave, received and saw, per collaboration, and as files. */
export function ReportPage() {
  const { t } = useT('reports');
  const organizations = usePortalReportOrganizationsQuery();
  const [params, setParams] = useSearchParams();
  const list = organizations.data?.organizations.nodes ?? [];
  const chosen = list.find((o) => o.id === params.get('org')) ?? list[0];
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          chosen && (
            <DownloadButtons
              path={organizationReportPath(chosen.id)}
              formats={['xlsx', 'csv']}
              what={t('downloadWhat', { name: chosen.name })}
            />
          )
        }
      />
      <QueryState
        loading={organizations.loading}
        error={organizations.error}
        hasData={!!organizations.data}
        onRetry={() => void organizations.refetch()}
      >
        {!chosen ? (
          <EmptyState text={t('noOrganization')} />
        ) : (
          <Stack>
            {list.length > 1 && (
              <Select
                label={t('select')}
                data={list.map((o) => ({ value: o.id, label: o.name }))}
                value={chosen.id}
                allowDeselect={false}
                onChange={(id) => id && setParams({ org: id }, { replace: true })}
                w={360}
              />
            )}
            <OrganizationReport organizationId={chosen.id} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function OrganizationReport(props: { organizationId: string }) {
  const { t } = useT('reports');
  const format = useFormat();
  const query = usePortalOrganizationReportQuery({
    variables: { organizationId: props.organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const report = query.data?.organizationReport;
  return (
    <Card withBorder padding="md">
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!report}
        onRetry={() => void query.refetch()}
      >
        {report &&
          (report.collaborations.length === 0 ? (
            <EmptyState text={t('empty')} />
          ) : (
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={600}>{report.name}</Text>
                <Text size="sm" c="dimmed">
                  {t('generatedAt', { date: format.dateTime(report.generatedAt) })}
                </Text>
              </Group>
              <OrganizationReportTable
                organizationName={report.name}
                rows={report.collaborations}
              />
              <Text size="xs" c="dimmed">
                {t('confirmedOnly')}
              </Text>
            </Stack>
          ))}
      </QueryState>
    </Card>
  );
}
