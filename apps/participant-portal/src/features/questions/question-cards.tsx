import type {
  PublishedAnswerFieldsFragment,
  QuestionFieldsFragment,
} from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';

const preWrap = { whiteSpace: 'pre-wrap' } as const;

/** One of our organization's questions: its answer, and how it was published if it was. */
export function OwnQuestionCard(props: { question: QuestionFieldsFragment }) {
  const { t } = useT('questions');
  const format = useFormat();
  const { question } = props;
  const headingId = `question-${question.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} fz="h5" id={headingId}>
            {question.subject ?? t('mine.noSubject')}
          </Title>
          <EnumBadge enum="QuestionStatus" value={question.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('mine.askedBy', {
            person: question.askedByName,
            date: format.dateTime(question.askedAt),
          })}
        </Text>
        <Text size="sm" style={preWrap}>
          {question.body}
        </Text>
        {question.answer ? (
          <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="sm">
            <Text size="xs" fw={600} c="dimmed">
              {t('mine.answer')}
            </Text>
            <Text size="sm" style={preWrap}>
              {question.answer}
            </Text>
          </Paper>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('mine.waiting')}
          </Text>
        )}
        {question.publication && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('mine.published')}
            </Text>
            <PublishedTexts publication={question.publication} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** A question and answer the facilitator published for everyone: no names, by construction. */
export function PublishedAnswerCard(props: { publication: PublishedAnswerFieldsFragment }) {
  const { t } = useT('questions');
  const format = useFormat();
  const { publication } = props;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={`published-${publication.id}-question`}
    >
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('published.publishedAt', { date: format.dateTime(publication.publishedAt) })}
        </Text>
        <PublishedTexts
          publication={publication}
          questionId={`published-${publication.id}-question`}
        />
      </Stack>
    </Paper>
  );
}

function PublishedTexts(props: {
  publication: PublishedAnswerFieldsFragment;
  /** An id for the question text, when it names its article. */
  questionId?: string;
}) {
  const { t } = useT('questions');
  return (
    <dl style={{ margin: 0 }}>
      <Text component="dt" size="xs" fw={600} c="dimmed">
        {t('published.question')}
      </Text>
      <Text component="dd" id={props.questionId} size="sm" fw={600} m={0} mb={6} style={preWrap}>
        {props.publication.question}
      </Text>
      <Text component="dt" size="xs" fw={600} c="dimmed">
        {t('published.answer')}
      </Text>
      <Text component="dd" size="sm" m={0} style={preWrap}>
        {props.publication.answer}
      </Text>
    </dl>
  );
}
