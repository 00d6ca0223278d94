import { useFormat } from '@alianza/i18n';
import { EnumBadge, QueryState, useAction } from '@alianza/ui';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n';
import {
  useConsoleBenchmarkSubmissionsQuery,
  useConsoleCloseBenchmarkRoundMutation,
  type ConsoleBenchmarkRoundFragment,
} from './benchmarks.generated';
import { RoundOutcome, useValueFormat } from './round-outcome';

/** One round for its facilitator: settings, progress, closing, and the outcome. */
export function RoundDetail(props: {
  round: ConsoleBenchmarkRoundFragment;
  organizationName: (id: string) => string;
  areaName: (id: string | null) => string | null;
}) {
  const { t } = useT('benchmarks');
  const format = useFormat();
  const { round } = props;
  const submitted = round.submissionCount ?? 0;
  const facts: [string, string][] = [
    [t('detail.k'), String(round.k)],
    [
      t('detail.cap'),
      round.summable ? format.percent(round.dominanceCap) : t('detail.capNotApplicable'),
    ],
    [
      t('detail.direction'),
      round.higherIsBetter ? t('detail.higherIsBetter') : t('detail.lowerIsBetter'),
    ],
    [t('detail.summable'), round.summable ? t('detail.yes') : t('detail.no')],
    [t('detail.area'), props.areaName(round.areaId) ?? t('detail.noArea')],
    [t('detail.opens'), format.dateTime(round.opensAt)],
    [t('detail.closes'), format.dateTime(round.closedAt ?? round.closesAt)],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`round-${round.id}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={2} fz="h4" id={`round-${round.id}`}>
              {round.unit ? `${round.metricName} (${round.unit})` : round.metricName}
            </Title>
            <EnumBadge enum="BenchmarkRoundStatus" value={round.status} />
            {round.outcome && <EnumBadge enum="BenchmarkOutcome" value={round.outcome} />}
          </Group>
          {!round.closedAt && round.status !== 'SCHEDULED' && <CloseButton round={round} />}
        </Group>

        {!round.canPublish && round.cannotPublishReason && !round.closedAt && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {round.cannotPublishReason === 'DOMINANCE'
              ? t('warnings.CAP_UNREACHABLE', {
                  cap: format.percent(round.dominanceCap),
                  needed: Math.ceil(1 / round.dominanceCap - 1e-9),
                  participants: round.participantCount,
                })
              : t('warnings.TOO_FEW_PARTICIPANTS', {
                  participants: round.participantCount,
                  k: round.k,
                })}
          </Alert>
        )}

        {round.status === 'SCHEDULED' && (
          <Text size="sm">{t('detail.scheduled', { date: format.dateTime(round.opensAt) })}</Text>
        )}
        {round.status === 'OPEN' && (
          <Stack gap={4}>
            <Text size="sm">
              {t('detail.progress', {
                count: submitted,
                total: round.participantCount,
                k: round.k,
              })}
            </Text>
            <Progress
              value={(submitted / Math.max(round.participantCount, 1)) * 100}
              color={submitted >= round.k ? 'teal' : 'yellow'}
              aria-label={t('table.submissions')}
            />
          </Stack>
        )}
        {round.status === 'CLOSED' && !round.closedAt && (
          <Text size="sm">{t('detail.computing')}</Text>
        )}
        {round.closedAt && <RoundOutcome round={round} />}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div>
            <Title order={3} fz="h6" mb={4}>
              {t('detail.parameters')}
            </Title>
            <Table>
              <Table.Tbody>
                {facts.map(([label, text]) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row" fw={500}>
                      {label}
                    </Table.Th>
                    <Table.Td>{text}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <div>
            <Title order={3} fz="h6" mb={4}>
              {t('detail.participants', { count: round.participantCount })}
            </Title>
            <List size="sm" spacing={2}>
              {(round.participantOrganizationIds ?? [])
                .map(props.organizationName)
                .sort((a, b) => a.localeCompare(b))
                .map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
            </List>
            <Title order={3} fz="h6" mt="sm" mb={4}>
              {t('detail.rawValues')}
            </Title>
            <Text size="sm" c="dimmed">
              {round.facilitatorSeesValues
                ? t('detail.rawValuesVisible')
                : t('detail.rawValuesHidden')}
            </Text>
          </div>
        </SimpleGrid>
        {round.facilitatorSeesValues && (
          <SubmittedValues
            roundId={round.id}
            unit={round.unit}
            organizationName={props.organizationName}
          />
        )}
      </Stack>
    </Paper>
  );
}

function CloseButton(props: { round: ConsoleBenchmarkRoundFragment }) {
  const { t } = useT('benchmarks');
  const tc = useT('common').t;
  const run = useAction();
  const [opened, { open, close }] = useDisclosure(false);
  const [closeRound, { loading }] = useConsoleCloseBenchmarkRoundMutation();
  const { round } = props;
  const submitted = round.submissionCount ?? 0;
  const confirm = async () => {
    const done = await run(
      () => closeRound({ variables: { roundId: round.id } }),
      t('detail.closed'),
    );
    if (done) close();
  };
  return (
    <>
      <Button variant="light" color="orange" onClick={open}>
        {t('detail.close')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('detail.closeTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('detail.closeBody')}</Text>
          {submitted < round.k && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />}>
              {t('detail.closeBelowK', { count: submitted, k: round.k })}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={loading}>
              {tc('actions.cancel')}
            </Button>
            <Button color="orange" onClick={() => void confirm()} loading={loading}>
              {t('detail.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function SubmittedValues(props: {
  roundId: string;
  unit: string;
  organizationName: (id: string) => string;
}) {
  const { t } = useT('benchmarks');
  const format = useFormat();
  const value = useValueFormat(props.unit);
  const query = useConsoleBenchmarkSubmissionsQuery({
    variables: { id: props.roundId },
    fetchPolicy: 'cache-and-network',
  });
  const submissions = query.data?.benchmarkRound.submissions;
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!submissions}
      empty={submissions?.length === 0}
      emptyText={t('detail.noSubmissions')}
    >
      <Table withTableBorder>
        <Table.Caption>{t('detail.submissionsTable')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.organization')}</Table.Th>
            <Table.Th ta="right">{t('detail.value')}</Table.Th>
            <Table.Th>{t('detail.submittedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {submissions?.map((s) => (
            <Table.Tr key={s.organizationId}>
              <Table.Td>{props.organizationName(s.organizationId)}</Table.Td>
              <Table.Td ta="right">{value(s.valueDecimal)}</Table.Td>
              <Table.Td>{format.dateTime(s.submittedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </QueryState>
  );
}
