import { useFormat } from '@alianza/i18n';
import { DownloadButtons, finalStatementPath } from '@alianza/ui';
import {
  Alert,
  Card,
  Code,
  CopyButton,
  Button,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useT } from '../../i18n';
import { balanceRows, objectiveAverages, peerAverages } from './closing-helpers';
import type { PortalClosingQuery } from './closing.generated';

type Statement = NonNullable<PortalClosingQuery['collaboration']['finalStatement']>;

/** The frozen "debe y haber" of a closed collaboration, read-only. */
export function FinalStatementView(props: {
  statement: Statement;
  names: ReadonlyMap<string, string>;
  organizationId: string | null;
  formatValue: (value: string) => string;
}) {
  const { t } = useT('closing');
  const format = useFormat();
  const content = props.statement;
  const name = (id: string | null) =>
    id ? (props.names.get(id) ?? t('unknownOrganization')) : t('statement.wholeCollaboration');
  const objectiveMeans = objectiveAverages(content);
  const peerMeans = peerAverages(content);
  const mean = (m: { mean: number; count: number } | undefined) =>
    m
      ? t('statement.mean', { mean: format.number(m.mean, 1), count: m.count })
      : t('statement.noScores');
  const assessments = content.evaluations.filter((e) => e.assessment.trim());

  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Text size="sm">
              {t('statement.closedAt', { date: format.dateTime(props.statement.closedAt) })}
            </Text>
            <DownloadButtons
              path={finalStatementPath(props.statement.collaborationId)}
              formats={['pdf']}
              what={t('statement.downloadWhat')}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {t('statement.hashHelp')}
            </Text>
            <Group gap="xs" mt={4} wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('statement.hash')}
              </Text>
              <Code style={{ wordBreak: 'break-all' }}>{props.statement.hash}</Code>
            </Group>
          </div>
          <CopyButton value={props.statement.hash}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('statement.copied') : t('statement.copyHash')}
              </Button>
            )}
          </CopyButton>
        </Group>
        {props.statement.overrideReason && (
          <Alert color="orange" variant="light" mt="sm" title={t('statement.override')}>
            {props.statement.overrideReason}
          </Alert>
        )}
        {content.missingEvaluations.length > 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('statement.missing', {
              names: content.missingEvaluations.map((id) => name(id)).join(', '),
            })}
          </Text>
        )}
      </Card>

      <section aria-labelledby="statement-plan">
        <Title order={2} size="h4" id="statement-plan" mb="xs">
          {t('statement.planTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('statement.milestones', {
            done: content.plan.milestonesDone,
            total: content.plan.milestonesTotal,
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {content.plan.objectives.map((o) => (
            <Card key={o.id} withBorder padding="md">
              <Title order={3} size="h5">
                {o.title}
              </Title>
              <Text size="sm" c="dimmed">
                {t('statement.objectiveScore', { score: mean(objectiveMeans.get(o.id)) })}
              </Text>
              <Stack gap="xs" mt="xs">
                {o.indicators.map((i) => (
                  <div key={i.id}>
                    <Text size="sm" fw={600}>
                      {i.name}
                    </Text>
                    <Text size="sm">
                      {t('statement.indicator', {
                        baseline: `${format.number(i.baselineDecimal)} ${i.unit}`,
                        current:
                          i.currentDecimal === null
                            ? t('statement.noValue')
                            : `${format.number(i.currentDecimal)} ${i.unit}`,
                        target: `${format.number(i.targetDecimal)} ${i.unit}`,
                      })}
                    </Text>
                    <Progress
                      value={Math.max(0, Math.min(100, i.progressPercent ?? 0))}
                      mt={4}
                      aria-label={t('statement.progressOf', { name: i.name })}
                    />
                  </div>
                ))}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="statement-balances">
        <Title order={2} size="h4" id="statement-balances" mb="xs">
          {t('statement.balancesTitle')}
        </Title>
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.columns.organization')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.given')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.received')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.net')}</Table.Th>
                <Table.Th ta="right">{t('statement.columns.peerScore')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balanceRows(content, [...props.names.keys()]).map((o) => (
                <Table.Tr
                  key={o.organizationId}
                  fw={o.organizationId === props.organizationId ? 700 : undefined}
                >
                  <Table.Td>{name(o.organizationId)}</Table.Td>
                  <Table.Td ta="right">{props.formatValue(o.given)}</Table.Td>
                  <Table.Td ta="right">{props.formatValue(o.received)}</Table.Td>
                  <Table.Td ta="right">{props.formatValue(o.net)}</Table.Td>
                  <Table.Td ta="right">{mean(peerMeans.get(o.organizationId))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {content.balances.pairs.length > 0 && (
          <>
            <Title order={3} size="h6" mt="md" mb="xs">
              {t('statement.pairsTitle')}
            </Title>
            <Table.ScrollContainer minWidth={500}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('statement.columns.giver')}</Table.Th>
                    <Table.Th>{t('statement.columns.receiver')}</Table.Th>
                    <Table.Th ta="right">{t('statement.columns.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {content.balances.pairs.map((p) => (
                    <Table.Tr key={`${p.giverOrganizationId}-${p.receiverOrganizationId ?? 'all'}`}>
                      <Table.Td>{name(p.giverOrganizationId)}</Table.Td>
                      <Table.Td>{name(p.receiverOrganizationId)}</Table.Td>
                      <Table.Td ta="right">{props.formatValue(p.value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </section>

      <section aria-labelledby="statement-evaluations">
        <Title order={2} size="h4" id="statement-evaluations" mb="xs">
          {t('statement.assessmentsTitle')}
        </Title>
        {assessments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('statement.noAssessments')}
          </Text>
        ) : (
          <Stack gap="sm">
            {assessments.map((e) => (
              <Card key={e.organizationId ?? 'facilitator'} withBorder padding="sm">
                <Text size="sm" fw={600}>
                  {e.organizationId ? name(e.organizationId) : t('statement.facilitator')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.assessment}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
