import type { QuestionStatus } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import {
  EnumBadge,
  LoadMore,
  QueryState,
  useLiveNotifications,
  useLoadMore,
  useNarrowScreen,
} from '@alianza/ui';
import { Button, Group, Paper, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { useT } from '../../i18n';
import { useConsoleQuestionsQuery, type ConsoleQuestionFragment } from './questions.generated';

export const FILTERS = ['OPEN', 'ANSWERED', 'PUBLISHED', 'ALL'] as const;
export type QuestionFilter = (typeof FILTERS)[number];
const PAGE = 20;

/** The first words of a question, for a list line. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The facilitator's inbox of private questions, filtered by status, refreshed live. */
export function QuestionList(props: {
  collaborationId: string;
  filter: QuestionFilter;
  onFilterChange: (filter: QuestionFilter) => void;
  onOpen: (questionId: string) => void;
}) {
  const { t } = useT('questions');
  const narrow = useNarrowScreen();
  const query = useConsoleQuestionsQuery({
    variables: {
      collaborationId: props.collaborationId,
      status: props.filter === 'ALL' ? undefined : (props.filter as QuestionStatus),
      first: PAGE,
    },
  });
  useLiveNotifications(['INQUIRY_ASKED'], () => void query.refetch());
  const connection = query.data?.questions;

  const loadMoreState = useLoadMore(query, 'questions');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          // On a phone the choices stack, none cut by the screen's edge.
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          aria-label={t('filter.label')}
          value={props.filter}
          onChange={(value) => props.onFilterChange(value as QuestionFilter)}
          data={FILTERS.map((value) => ({ value, label: t(`filter.${value}`) }))}
        />
        <Button variant="default" size="xs" onClick={() => void query.refetch()}>
          {t('refresh')}
        </Button>
      </Group>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={connection?.nodes.length === 0}
        emptyText={t(`empty.${props.filter}`)}
        onRetry={() => void query.refetch()}
      >
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {connection?.nodes.map((question) => (
            <li key={question.id}>
              <QuestionRow question={question} onOpen={() => props.onOpen(question.id)} />
            </li>
          ))}
        </Stack>
        <LoadMore {...loadMoreState} />
      </QueryState>
    </Stack>
  );
}

function QuestionRow(props: { question: ConsoleQuestionFragment; onOpen: () => void }) {
  const { t } = useT('questions');
  const format = useFormat();
  const { question } = props;
  const subject = question.subject ?? t('noSubject');
  return (
    <Paper withBorder p="sm">
      <UnstyledButton
        onClick={props.onOpen}
        w="100%"
        aria-label={t('open', { subject: question.subject ?? excerpt(question.body, 60) })}
      >
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600}>{subject}</Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {format.dateTime(question.askedAt)}
              </Text>
              <EnumBadge enum="QuestionStatus" value={question.status} />
            </Group>
          </Group>
          <Text size="sm">{excerpt(question.body)}</Text>
          <Text size="xs" c="dimmed">
            {t('askedBy', {
              organization: question.askerOrganizationName,
              person: question.askedByName,
            })}
          </Text>
        </Stack>
      </UnstyledButton>
    </Paper>
  );
}
