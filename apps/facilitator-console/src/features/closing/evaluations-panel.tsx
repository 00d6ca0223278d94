import { useFormat } from '@alianza/i18n';
import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { EvaluationSummary, GivenRating } from './evaluation-summary';

/** Who has evaluated, the scores per objective and the ratings each organization received. */
export function EvaluationsPanel(props: {
  summary: EvaluationSummary;
  organizationName: (id: string | null) => string;
  /** Hide the "who has evaluated" table (e.g. in the final statement, which lists the missing). */
  withStatus?: boolean;
  headingOrder?: 2 | 3;
}) {
  const { t } = useT('closing');
  const format = useFormat();
  const { summary } = props;
  const order = props.headingOrder ?? 2;
  const score = (average: number | null) =>
    average === null
      ? t('evaluations.noScore')
      : t('evaluations.score', { value: format.number(average, 1) });
  return (
    <Stack>
      {props.withStatus !== false && (
        <Paper withBorder p="md" component="section" aria-labelledby="closing-who">
          <Title order={order} size="h4" id="closing-who" mb="sm">
            {t('evaluations.whoTitle')}
          </Title>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluations.organization')}</Table.Th>
                <Table.Th>{t('evaluations.state')}</Table.Th>
                <Table.Th>{t('evaluations.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.participants.map((p) => (
                <Table.Tr key={p.organizationId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    <Badge color={p.evaluated ? 'teal' : 'yellow'} variant="light">
                      {p.evaluated ? t('evaluations.done') : t('evaluations.pending')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.updatedAt ? format.dateTime(p.updatedAt) : t('none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="closing-objectives">
          <Title order={order} size="h4" id="closing-objectives" mb="sm">
            {t('evaluations.objectivesTitle')}
          </Title>
          {summary.objectives.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluations.noObjectives')}
            </Text>
          ) : (
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluations.objective')}</Table.Th>
                  <Table.Th ta="right">{t('evaluations.average')}</Table.Th>
                  <Table.Th>{t('evaluations.ratings')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.objectives.map((o) => (
                  <Table.Tr key={o.objectiveId}>
                    <Table.Td>{o.title}</Table.Td>
                    <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {score(o.average)}
                    </Table.Td>
                    <Table.Td>
                      <RatingList ratings={o.ratings} organizationName={props.organizationName} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="closing-peers">
          <Title order={order} size="h4" id="closing-peers" mb="sm">
            {t('evaluations.peersTitle')}
          </Title>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluations.contributionOf')}</Table.Th>
                <Table.Th ta="right">{t('evaluations.average')}</Table.Th>
                <Table.Th>{t('evaluations.ratedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.peers.map((p) => (
                <Table.Tr key={p.organizationId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {score(p.average)}
                  </Table.Td>
                  <Table.Td>
                    <RatingList ratings={p.ratings} organizationName={props.organizationName} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

function RatingList(props: {
  ratings: GivenRating[];
  organizationName: (id: string | null) => string;
}) {
  const { t } = useT('closing');
  if (props.ratings.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('evaluations.noRatings')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {props.ratings.map((r, i) => (
        <Text key={`${r.from ?? 'facilitator'}-${i}`} size="xs">
          {t('evaluations.rating', { from: props.organizationName(r.from), rating: r.rating })}
          {r.comment && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('evaluations.comment', { comment: r.comment })}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}
