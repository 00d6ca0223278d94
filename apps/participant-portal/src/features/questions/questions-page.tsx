import {
  LoadMore,
  PageHeader,
  QueryState,
  useCollaborationId,
  useLiveNotifications,
  useLoadMore,
} from '@alianza/ui';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { AskForm } from './ask-form';
import { OwnQuestionCard, PublishedAnswerCard } from './question-cards';
import {
  usePortalPublishedAnswersQuery,
  usePortalQuestionsAccessQuery,
  usePortalQuestionsQuery,
} from './questions.generated';

const PAGE = 20;

/**
 * Questions to the facilitator: ask in private, read our organization's questions and answers,
 * and the questions and answers the facilitator published for everyone (no names).
 */
export function QuestionsPage() {
  const { t } = useT('questions');
  const collaborationId = useCollaborationId();
  const access = usePortalQuestionsAccessQuery({ variables: { collaborationId } });
  const collaboration = access.data?.collaboration;
  const active = collaboration?.myParticipations.some((p) => p.active) ?? false;
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={access.loading}
        error={access.error}
        hasData={!!collaboration}
        onRetry={() => void access.refetch()}
      >
        {collaboration && !active && (
          <Alert color="gray" variant="light">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('notParticipant')}</Text>
              <Anchor component={Link} to={`/c/${collaborationId}`} size="sm">
                {t('toRules')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {collaboration && active && (
          <Stack gap="xl">
            {collaboration.status === 'CLOSED' ? (
              <Alert color="gray" variant="light">
                {t('closedNotice')}
              </Alert>
            ) : (
              <AskForm collaborationId={collaborationId} />
            )}
            <OwnQuestions collaborationId={collaborationId} />
            <PublishedAnswers collaborationId={collaborationId} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function OwnQuestions(props: { collaborationId: string }) {
  const { t } = useT('questions');
  const query = usePortalQuestionsQuery({
    variables: { collaborationId: props.collaborationId, first: PAGE },
  });
  useLiveNotifications(['INQUIRY_ANSWERED', 'INQUIRY_PUBLISHED'], () => void query.refetch());
  const connection = query.data?.questions;
  const loadMoreState = useLoadMore(query, 'questions');
  return (
    <Stack gap="sm" component="section" aria-labelledby="own-questions">
      <Title order={2} fz="h3" id="own-questions">
        {t('mine.heading')}
      </Title>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={connection?.nodes.length === 0}
        emptyText={t('mine.empty')}
        onRetry={() => void query.refetch()}
      >
        {connection?.nodes.map((question) => (
          <OwnQuestionCard key={question.id} question={question} />
        ))}
        <LoadMore {...loadMoreState} />
      </QueryState>
    </Stack>
  );
}

function PublishedAnswers(props: { collaborationId: string }) {
  const { t } = useT('questions');
  const query = usePortalPublishedAnswersQuery({
    variables: { collaborationId: props.collaborationId, first: PAGE },
  });
  useLiveNotifications(['INQUIRY_PUBLISHED'], () => void query.refetch());
  const connection = query.data?.publishedAnswers;
  const loadMoreState = useLoadMore(query, 'publishedAnswers');
  return (
    <Stack gap="sm" component="section" aria-labelledby="published-answers">
      <div>
        <Title order={2} fz="h3" id="published-answers">
          {t('published.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('published.description')}
        </Text>
      </div>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={connection?.nodes.length === 0}
        emptyText={t('published.empty')}
        onRetry={() => void query.refetch()}
      >
        {connection?.nodes.map((publication) => (
          <PublishedAnswerCard key={publication.id} publication={publication} />
        ))}
        <LoadMore {...loadMoreState} />
      </QueryState>
    </Stack>
  );
}
