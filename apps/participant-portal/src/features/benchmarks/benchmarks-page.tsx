import { useFormat } from '@alianza/i18n';
import { EnumBadge, PageHeader, QueryState, useAction, useCollaborationId } from '@alianza/ui';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import {
  usePortalBenchmarksQuery,
  usePortalSubmitBenchmarkValueMutation,
  type PortalBenchmarkRoundFragment,
} from './benchmarks.generated';
import { RoundResult } from './round-result';
import { SubmitValueForm } from './submit-value-form';

/** The benchmark rounds the organization is asked to: submit while open, results after. */
export function BenchmarksPage() {
  const { t } = useT('benchmarks');
  const collaborationId = useCollaborationId();
  const query = usePortalBenchmarksQuery({ variables: { collaborationId } });
  const rounds = query.data?.collaboration.benchmarkRounds.nodes;
  const areaName = (id: string | null) =>
    (id && query.data?.collaboration.areas.nodes.find((a) => a.id === id)?.name) || null;
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!rounds}
        empty={rounds?.length === 0}
        emptyText={t('empty')}
        onRetry={() => void query.refetch()}
      >
        <Stack gap="md">
          {rounds?.map((round) => (
            <RoundCard key={round.id} round={round} areaName={areaName(round.areaId)} />
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}

function RoundCard(props: { round: PortalBenchmarkRoundFragment; areaName: string | null }) {
  const { t } = useT('benchmarks');
  const format = useFormat();
  const run = useAction();
  const [submitValue, { loading }] = usePortalSubmitBenchmarkValueMutation();
  const { round } = props;
  const headingId = `round-${round.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="h4" id={headingId}>
              {round.unit ? `${round.metricName} (${round.unit})` : round.metricName}
            </Title>
            <Text size="xs" c="dimmed">
              {[
                props.areaName,
                round.status === 'SCHEDULED'
                  ? t('round.opens', { date: format.dateTime(round.opensAt) })
                  : round.closedAt
                    ? t('round.closedOn', { date: format.dateTime(round.closedAt) })
                    : t('round.closes', { date: format.dateTime(round.closesAt) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <EnumBadge enum="BenchmarkRoundStatus" value={round.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('round.k', { k: round.k, count: round.participantCount })}{' '}
          {round.higherIsBetter ? t('round.direction.higher') : t('round.direction.lower')}
        </Text>
        {round.status === 'SCHEDULED' && <Text size="sm">{t('round.scheduled')}</Text>}
        {round.status === 'OPEN' && (
          <SubmitValueForm
            unit={round.unit}
            summable={round.summable}
            facilitatorSeesValues={round.facilitatorSeesValues}
            range={round.privacy}
            current={round.mySubmission}
            loading={loading}
            onSubmit={(value) =>
              void run(
                () => submitValue({ variables: { roundId: round.id, input: { value } } }),
                t('submit.sent'),
              )
            }
          />
        )}
        {round.status === 'CLOSED' && <RoundResult round={round} />}
      </Stack>
    </Paper>
  );
}
