import { useFormat } from '@alianza/i18n';
import { DownloadButtons, finalStatementPath } from '@alianza/ui';
import {
  ActionIcon,
  Alert,
  Code,
  CopyButton,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { PairHeatmap } from '../ledger';
import { summarizeEvaluations } from './evaluation-summary';
import { EvaluationsPanel } from './evaluations-panel';
import type { ClosingModel } from './use-closing';

/** The frozen "debe y haber": plan outcome, balances, evaluations, and the hash that seals it. */
export function FinalStatementView(props: { model: ClosingModel }) {
  const { t } = useT('closing');
  const format = useFormat();
  const { model } = props;
  const content = model.statement;
  const organizations = useMemo(() => {
    if (!content) return [];
    const ids = new Set([
      ...model.former.map((o) => o.id),
      ...content.balances.organizations.map((b) => b.organizationId),
    ]);
    return [...ids]
      .map((id) => ({ id, name: model.organizationName(id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [content, model]);
  const evaluations = useMemo(() => {
    if (!content) return null;
    const evaluated = new Set(content.evaluations.map((e) => e.organizationId));
    const participants = organizations.filter(
      (o) => evaluated.has(o.id) || content.missingEvaluations.includes(o.id),
    );
    return summarizeEvaluations(content.evaluations, participants, content.plan.objectives);
  }, [content, organizations]);
  if (!content) return null;
  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="statement-seal">
        <Title order={2} size="h4" id="statement-seal">
          {t('statement.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('statement.closedAt', { date: format.dateTime(content.closedAt) })}
        </Text>
        <DownloadButtons
          path={finalStatementPath(content.collaborationId)}
          formats={['pdf']}
          what={t('statement.downloadWhat')}
        />
        <Text size="sm" fw={500} id="statement-hash-label">
          {t('statement.hash')}
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code aria-labelledby="statement-hash-label" style={{ wordBreak: 'break-all' }}>
            {content.hash}
          </Code>
          <CopyButton value={content.hash}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('statement.copied') : t('statement.copyHash')}>
                <ActionIcon
                  variant="subtle"
                  color={copied ? 'teal' : 'gray'}
                  onClick={copy}
                  aria-label={t('statement.copyHash')}
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('statement.hashHelp')}
        </Text>
        {content.overrideReason && (
          <Alert color="orange" mt="sm" title={t('statement.override')}>
            {content.overrideReason}
          </Alert>
        )}
      </Paper>
      <>
        <Paper withBorder p="md" component="section" aria-labelledby="statement-plan">
          <Title order={2} size="h4" id="statement-plan" mb="xs">
            {t('statement.planTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('statement.milestones', {
              done: content.plan.milestonesDone,
              total: content.plan.milestonesTotal,
            })}
          </Text>
          {content.plan.objectives.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluations.noObjectives')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('statement.objective')}</Table.Th>
                    <Table.Th>{t('statement.indicator')}</Table.Th>
                    <Table.Th ta="right">{t('statement.baseline')}</Table.Th>
                    <Table.Th ta="right">{t('statement.target')}</Table.Th>
                    <Table.Th ta="right">{t('statement.final')}</Table.Th>
                    <Table.Th w={190}>{t('statement.progress')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {content.plan.objectives.flatMap((o) =>
                    o.indicators.length === 0
                      ? [
                          <Table.Tr key={o.id}>
                            <Table.Td>{o.title}</Table.Td>
                            <Table.Td colSpan={5} c="dimmed">
                              {t('statement.noIndicators')}
                            </Table.Td>
                          </Table.Tr>,
                        ]
                      : o.indicators.map((i, n) => (
                          <Table.Tr key={i.id}>
                            <Table.Td>{n === 0 ? o.title : ''}</Table.Td>
                            <Table.Td>
                              {i.name}{' '}
                              <Text span size="xs" c="dimmed">
                                ({i.unit})
                              </Text>
                            </Table.Td>
                            <Table.Td ta="right">{format.number(i.baselineDecimal)}</Table.Td>
                            <Table.Td ta="right">{format.number(i.targetDecimal)}</Table.Td>
                            <Table.Td ta="right">
                              {i.currentDecimal === null
                                ? t('statement.noValue')
                                : format.number(i.currentDecimal)}
                            </Table.Td>
                            <Table.Td>
                              {i.progressPercent === null ? (
                                t('statement.noValue')
                              ) : (
                                <Group gap="xs" wrap="nowrap">
                                  <Progress
                                    value={i.progressPercent}
                                    w={110}
                                    aria-label={t('statement.progressOf', { name: i.name })}
                                  />
                                  <Text size="xs">{format.percent(i.progressPercent / 100)}</Text>
                                </Group>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        )),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="statement-balances">
          <Title order={2} size="h4" id="statement-balances" mb="sm">
            {t('statement.balancesTitle')}
          </Title>
          {content.balances.organizations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('statement.noBalances')}
            </Text>
          ) : (
            <Stack>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluations.organization')}</Table.Th>
                    <Table.Th ta="right">{t('statement.given')}</Table.Th>
                    <Table.Th ta="right">{t('statement.received')}</Table.Th>
                    <Table.Th ta="right">{t('statement.net')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...content.balances.organizations]
                    .sort((a, b) =>
                      model
                        .organizationName(a.organizationId)
                        .localeCompare(model.organizationName(b.organizationId)),
                    )
                    .map((b) => (
                      <Table.Tr key={b.organizationId}>
                        <Table.Td>{model.organizationName(b.organizationId)}</Table.Td>
                        <Table.Td ta="right">{model.amount(b.given)}</Table.Td>
                        <Table.Td ta="right">{model.amount(b.received)}</Table.Td>
                        <Table.Td
                          ta="right"
                          fw={600}
                          c={
                            Number(b.net) === 0 ? undefined : b.net.startsWith('-') ? 'red' : 'teal'
                          }
                        >
                          {model.amount(b.net)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
              <PairHeatmap
                pairs={content.balances.pairs}
                organizations={organizations}
                amount={model.amount}
              />
            </Stack>
          )}
        </Paper>
        <section aria-labelledby="statement-evaluations">
          <Title order={2} size="h4" id="statement-evaluations" mb="sm">
            {t('statement.evaluationsTitle')}
          </Title>
          {content.missingEvaluations.length > 0 && (
            <Alert color="orange" mb="sm">
              {t('statement.missing', {
                names: content.missingEvaluations
                  .map((id) => model.organizationName(id))
                  .join(', '),
              })}
            </Alert>
          )}
          {evaluations && (
            <Stack>
              <EvaluationsPanel
                summary={evaluations}
                organizationName={model.organizationName}
                withStatus={false}
                headingOrder={3}
              />
              {content.evaluations.some((e) => e.assessment) && (
                <Paper withBorder p="md">
                  <Title order={3} size="h5" mb="xs">
                    {t('statement.assessments')}
                  </Title>
                  <Stack gap="xs">
                    {content.evaluations
                      .filter((e) => e.assessment)
                      .map((e) => (
                        <Text key={e.organizationId ?? 'facilitator'} size="sm">
                          <Text span fw={600}>
                            {model.organizationName(e.organizationId)}:
                          </Text>{' '}
                          {e.assessment}
                        </Text>
                      ))}
                  </Stack>
                </Paper>
              )}
            </Stack>
          )}
        </section>
      </>
    </Stack>
  );
}
