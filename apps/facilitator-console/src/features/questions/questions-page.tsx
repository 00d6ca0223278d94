import { PageHeader, useCollaborationId } from '@alianza/ui';
import { Stack } from '@mantine/core';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { QuestionDetail } from './question-detail';
import { FILTERS, QuestionList, type QuestionFilter } from './question-list';

/** The private questions of a collaboration (`?status=`) and one of them (`?question=`). */
export function QuestionsPage() {
  const { t } = useT('questions');
  const collaborationId = useCollaborationId();
  const [params, setParams] = useSearchParams();
  const questionId = params.get('question');
  const raw = params.get('status');
  const filter: QuestionFilter = FILTERS.includes(raw as never) ? (raw as QuestionFilter) : 'OPEN';

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  if (questionId) {
    return (
      <QuestionDetail
        key={questionId}
        questionId={questionId}
        collaborationId={collaborationId}
        onBack={() => update({ question: null })}
      />
    );
  }
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <QuestionList
        collaborationId={collaborationId}
        filter={filter}
        onFilterChange={(value) => update({ status: value === 'OPEN' ? null : value })}
        onOpen={(id) => update({ question: id })}
      />
    </Stack>
  );
}
