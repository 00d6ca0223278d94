import { useFormat } from '@alianza/i18n';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleCollaborationReportQuery } from './reports.generated';
import { Stat } from './stat';

type Evaluation = NonNullable<ConsoleCollaborationReportQuery['collaborationReport']['evaluation']>;

/** Once closed: who evaluated, and the mean rating of each objective and organization. */
export function EvaluationSection(props: { evaluation: Evaluation | null }) {
  const { t } = useT('reports');
  const { evaluation } = props;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-evaluation">
      <Title order={2} size="h4" id="report-evaluation" mb="sm">
        {t('evaluation.title')}
      </Title>
      {!evaluation ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.notYet')}
        </Text>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Stat label={t('evaluation.evaluations')} value={evaluation.evaluations} />
            <Stat
              label={t('evaluation.facilitatorAssessed')}
              value={
                evaluation.facilitatorAssessed
                  ? t('evaluation.assessed')
                  : t('evaluation.notAssessed')
              }
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <RatingsTable
              title={t('evaluation.objectives')}
              caption={t('evaluation.objectivesCaption')}
              rows={evaluation.objectives.map((o) => ({ id: o.objectiveId, name: o.title, ...o }))}
            />
            <RatingsTable
              title={t('evaluation.peers')}
              caption={t('evaluation.peersCaption')}
              rows={evaluation.peers.map((p) => ({ id: p.organizationId, ...p }))}
            />
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}

function RatingsTable(props: {
  title: string;
  caption: string;
  rows: readonly { id: string; name: string; average: number | null; ratings: number }[];
}) {
  const { t } = useT('reports');
  const format = useFormat();
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {props.title}
      </Title>
      <Table verticalSpacing="xs" aria-label={props.caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluation.name')}</Table.Th>
            <Table.Th ta="right">{t('evaluation.average')}</Table.Th>
            <Table.Th ta="right">{t('evaluation.ratings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="right" fw={600} c={r.average === null ? 'dimmed' : undefined}>
                {r.average === null
                  ? t('evaluation.noRating')
                  : t('evaluation.averageValue', { value: format.number(r.average, 1) })}
              </Table.Td>
              <Table.Td ta="right">{r.ratings}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
