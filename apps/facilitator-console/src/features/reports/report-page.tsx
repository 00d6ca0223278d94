import { useFormat } from '@alianza/i18n';
import {
  DownloadButtons,
  EnumBadge,
  PageHeader,
  QueryState,
  useCollaborationId,
  formatLedgerAmount,
} from '@alianza/ui';
import { Group, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useT } from '../../i18n';
import { DisclosureFunnel } from './disclosure-funnel';
import { EvaluationSection } from './evaluation-section';
import { LedgerSection } from './ledger-section';
import { ParticipationSection } from './participation-section';
import { PlanSection } from './plan-section';
import {
  useConsoleCollaborationReportQuery,
  type ConsoleCollaborationReportQuery,
} from './reports.generated';

/** Where the API serves a collaboration's report as files (same numbers as the screen). */
export function collaborationReportPath(collaborationId: string): string {
  return `/reports/collaborations/${encodeURIComponent(collaborationId)}`;
}

/** The collaboration's report: the numbers of every other screen, in one place, and as files. */
export function ReportPage() {
  const { t } = useT('reports');
  const collaborationId = useCollaborationId();
  const query = useConsoleCollaborationReportQuery({
    variables: { collaborationId },
    skip: !collaborationId,
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <DownloadButtons
            path={collaborationReportPath(collaborationId)}
            formats={['xlsx', 'csv', 'pdf']}
            what={
              query.data
                ? t('downloadWhatNamed', { title: query.data.collaborationReport.title })
                : t('downloadWhat')
            }
          />
        }
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        onRetry={() => void query.refetch()}
      >
        {query.data && <ReportBody data={query.data} />}
      </QueryState>
    </>
  );
}

function ReportBody(props: { data: ConsoleCollaborationReportQuery }) {
  const { t } = useT('reports');
  const format = useFormat();
  const report = props.data.collaborationReport;
  const scale = report.ledger;
  const amount = useCallback(
    (value: string) => formatLedgerAmount(value, scale, format, (n) => t('points', { value: n })),
    [scale, format, t],
  );
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text fw={600}>{report.title}</Text>
        <EnumBadge enum="CollaborationStatus" value={report.status} />
        <Text size="sm" c="dimmed">
          {t('generatedAt', { date: format.dateTime(report.generatedAt) })}
        </Text>
      </Group>
      <ParticipationSection participation={report.participation} />
      <PlanSection plan={report.plan} />
      <DisclosureFunnel funnel={report.disclosure} />
      <LedgerSection ledger={report.ledger} amount={amount} />
      <EvaluationSection evaluation={report.evaluation} />
    </Stack>
  );
}
