import { useFormat } from '@alianza/i18n';
import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleCollaborationReportQuery } from './reports.generated';
import { Stat } from './stat';

type Plan = ConsoleCollaborationReportQuery['collaborationReport']['plan'];

/** How far the plan is, what is overdue, and each indicator against its target. */
export function PlanSection(props: { plan: Plan }) {
  const { t } = useT('reports');
  const format = useFormat();
  const { plan } = props;
  const overdue = [...plan.overdue].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-plan">
      <Title order={2} size="h4" id="report-plan" mb="sm">
        {t('plan.title')}
      </Title>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Stat
            label={t('plan.percentDone')}
            value={format.percent(plan.percentDone / 100)}
            note={
              <Progress
                value={plan.percentDone}
                mt={4}
                aria-label={t('plan.percentDone')}
                color="teal"
              />
            }
          />
          <Stat
            label={t('plan.milestones')}
            value={t('plan.ofTotal', { value: plan.milestonesDone, total: plan.milestones })}
          />
          <Stat
            label={t('plan.tasks')}
            value={t('plan.ofTotal', { value: plan.tasksDone, total: plan.tasks })}
          />
          <Stat label={t('plan.blocked')} value={plan.tasksBlocked} alert={plan.tasksBlocked > 0} />
        </SimpleGrid>

        <div>
          <Group justify="space-between" mb={4}>
            <Title order={3} size="h5">
              {t('plan.overdueTitle')}
            </Title>
            <Text size="sm" c={overdue.length ? 'red' : 'dimmed'}>
              {t('plan.overdueCounts', {
                milestones: plan.milestonesOverdue,
                tasks: plan.tasksOverdue,
              })}
            </Text>
          </Group>
          {overdue.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plan.noneOverdue')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" aria-label={t('plan.overdueCaption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={100}>{t('plan.kind')}</Table.Th>
                    <Table.Th>{t('plan.item')}</Table.Th>
                    <Table.Th w={140}>{t('plan.dueDate')}</Table.Th>
                    <Table.Th>{t('plan.responsible')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {overdue.map((o) => (
                    <Table.Tr key={`${o.kind}-${o.id}`}>
                      <Table.Td>{t(`plan.kind${o.kind}`)}</Table.Td>
                      <Table.Td>{o.title}</Table.Td>
                      <Table.Td c="red">{format.date(o.dueDate)}</Table.Td>
                      <Table.Td c={o.responsibleOrganizationName ? undefined : 'dimmed'}>
                        {o.responsibleOrganizationName ?? t('plan.noResponsible')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>

        <div>
          <Title order={3} size="h5" mb={4}>
            {t('plan.indicatorsTitle')}
          </Title>
          {plan.indicators.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plan.noIndicators')}
            </Text>
          ) : (
            <Stack gap="sm">
              {plan.indicators.map((i) => (
                <div key={i.indicatorId}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {i.name}{' '}
                      <Text span size="xs" c="dimmed">
                        · {i.objective}
                      </Text>
                    </Text>
                    <Text size="sm" fw={600}>
                      {i.progressPercent === null
                        ? t('plan.notMeasured')
                        : format.percent(i.progressPercent / 100)}
                    </Text>
                  </Group>
                  <Progress
                    value={i.progressPercent ?? 0}
                    color="teal"
                    mt={2}
                    aria-label={t('plan.indicatorProgress', { name: i.name })}
                  />
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('plan.indicatorValues', {
                      baseline: format.number(i.baselineDecimal),
                      current:
                        i.currentDecimal === null
                          ? t('plan.noValue')
                          : format.number(i.currentDecimal),
                      target: format.number(i.targetDecimal),
                      unit: i.unit,
                    })}
                  </Text>
                </div>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
