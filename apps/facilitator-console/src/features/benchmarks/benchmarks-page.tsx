import { useFormat } from '@alianza/i18n';
import type { CreateBenchmarkRoundInput } from '@alianza/graphql-client/types';
import { EnumBadge, PageHeader, QueryState, useAction, useCollaborationId } from '@alianza/ui';
import { Alert, Button, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import {
  type ConsoleBenchmarkRoundFragment,
  ConsoleBenchmarksDocument,
  useConsoleBenchmarkNoisePreviewQuery,
  useConsoleBenchmarksQuery,
  useConsoleCreateBenchmarkRoundMutation,
} from './benchmarks.generated';
import { CreateRoundForm, type NoisePreviewRequest } from './create-round-form';
import { NoiseSummary } from './noise-summary';
import { useValueFormat } from './round-outcome';
import { RoundDetail } from './round-detail';

/** The facilitator's benchmark rounds: list, one round in detail, and defining a new one. */
export function BenchmarksPage() {
  const { t } = useT('benchmarks');
  const collaborationId = useCollaborationId();
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useSearchParams();
  const query = useConsoleBenchmarksQuery({ variables: { collaborationId } });
  const data = query.data;
  const rounds = data?.collaboration.benchmarkRounds.nodes;
  const closed = data?.collaboration.status === 'CLOSED';
  const names = new Map(
    data?.collaboration.participations.map((p) => [p.organizationId, p.organization.name]) ?? [],
  );
  const organizationName = (id: string) => names.get(id) ?? id;
  const areaName = (id: string | null) =>
    (id && data?.collaboration.areas.nodes.find((a) => a.id === id)?.name) || null;
  const selected = rounds?.find((r) => r.id === params.get('round')) ?? rounds?.[0] ?? null;
  const select = (id: string) => setParams({ round: id }, { replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
            disabled={!data || closed}
          >
            {t('new')}
          </Button>
        }
      />
      {closed && <Alert color="gray">{t('closedCollaboration')}</Alert>}
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!rounds}
        empty={rounds?.length === 0}
        emptyText={t('empty')}
        onRetry={() => void query.refetch()}
      >
        {rounds && (
          <RoundsTable rounds={rounds} selectedId={selected?.id ?? null} onSelect={select} />
        )}
        {selected && (
          <RoundDetail round={selected} organizationName={organizationName} areaName={areaName} />
        )}
      </QueryState>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('form.heading')}
        size="xl"
      >
        {data && (
          <CreateRound
            collaborationId={collaborationId}
            participants={data.collaboration.participations
              .filter((p) => p.active)
              .map((p) => ({ organizationId: p.organizationId, name: p.organization.name }))
              .sort((a, b) => a.name.localeCompare(b.name))}
            areas={data.collaboration.areas.nodes}
            onDone={(id) => {
              setCreating(false);
              select(id);
            }}
            onCancel={() => setCreating(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function CreateRound(props: {
  collaborationId: string;
  participants: { organizationId: string; name: string }[];
  areas: { id: string; name: string }[];
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useT('benchmarks');
  const run = useAction();
  const [create, { loading }] = useConsoleCreateBenchmarkRoundMutation({
    refetchQueries: [ConsoleBenchmarksDocument],
    awaitRefetchQueries: true,
  });
  const submit = async (input: CreateBenchmarkRoundInput) => {
    const done = await run(
      () => create({ variables: { collaborationId: props.collaborationId, input } }),
      t('form.created'),
    );
    const id = done?.data?.createBenchmarkRound.id;
    if (id) props.onDone(id);
  };
  return (
    <CreateRoundForm
      participants={props.participants}
      areas={props.areas}
      loading={loading}
      onSubmit={(input) => void submit(input)}
      onCancel={props.onCancel}
      renderNoisePreview={(request) => <NoisePreview request={request} />}
    />
  );
}

/** The noise of the settings being chosen, asked of the API (public facts only). */
function NoisePreview(props: { request: NoisePreviewRequest }) {
  const [request] = useDebouncedValue(props.request, 300);
  const format = useValueFormat('');
  const preview = useConsoleBenchmarkNoisePreviewQuery({ variables: request });
  const noise = preview.data?.benchmarkNoisePreview ?? preview.previousData?.benchmarkNoisePreview;
  if (!noise) return null;
  return (
    <NoiseSummary
      noise={noise}
      width={Number(request.privacy.upperDecimal) - Number(request.privacy.lowerDecimal)}
      format={format}
    />
  );
}

function RoundsTable(props: {
  rounds: ConsoleBenchmarkRoundFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useT('benchmarks');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover>
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.metric')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.submissions')}</Table.Th>
            <Table.Th>{t('table.closes')}</Table.Th>
            <Table.Th>{t('table.outcome')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('table.view')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rounds.map((round) => {
            const isSelected = round.id === props.selectedId;
            return (
              <Table.Tr key={round.id} bg={isSelected ? 'var(--mantine-color-teal-0)' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {round.metricName}
                  </Text>
                  {round.unit && (
                    <Text size="xs" c="dimmed">
                      {round.unit}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <EnumBadge enum="BenchmarkRoundStatus" value={round.status} />
                </Table.Td>
                <Table.Td>
                  {t('table.submissionsOf', {
                    count: round.submissionCount ?? 0,
                    total: round.participantCount,
                  })}
                </Table.Td>
                <Table.Td>{format.date(round.closedAt ?? round.closesAt)}</Table.Td>
                <Table.Td>
                  {round.outcome ? (
                    <EnumBadge enum="BenchmarkOutcome" value={round.outcome} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('table.pending')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant={isSelected ? 'filled' : 'light'}
                    aria-pressed={isSelected}
                    aria-label={`${t('table.view')}: ${round.metricName}`}
                    onClick={() => props.onSelect(round.id)}
                  >
                    {t('table.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
