import { useFormat } from '@alianza/i18n';
import { EnumBadge, QueryState, useAction } from '@alianza/ui';
import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { AnswerForm } from './answer-form';
import { PublishDialog } from './publish-dialog';
import {
  type ConsoleQuestionFragment,
  ConsoleQuestionsDocument,
  useConsoleQuestionQuery,
  useConsoleUnpublishQuestionMutation,
} from './questions.generated';

const preWrap = { whiteSpace: 'pre-wrap' } as const;

/** One question: who asked (the facilitator knows), the private answer, the publication. */
export function QuestionDetail(props: {
  questionId: string;
  collaborationId: string;
  onBack: () => void;
}) {
  const { t } = useT('questions');
  const query = useConsoleQuestionQuery({
    variables: { id: props.questionId, collaborationId: props.collaborationId },
  });
  const question = query.data?.question;
  const closed = query.data?.collaboration.status === 'CLOSED';
  return (
    <Stack gap="md">
      <Anchor component="button" type="button" onClick={props.onBack} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('back')}
        </Group>
      </Anchor>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!question}
        onRetry={() => void query.refetch()}
      >
        {question && <QuestionView question={question} closed={closed} />}
      </QueryState>
    </Stack>
  );
}

export function QuestionView(props: { question: ConsoleQuestionFragment; closed: boolean }) {
  const { t } = useT('questions');
  const format = useFormat();
  const { question } = props;
  const [publishing, setPublishing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={1} fz="h2">
          {question.subject ?? t('noSubject')}
        </Title>
        <EnumBadge enum="QuestionStatus" value={question.status} size="md" />
      </Group>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('detail.asker')}
          </Text>
          <Text fw={600}>
            {t('askedBy', {
              organization: question.askerOrganizationName,
              person: question.askedByName,
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('detail.askerHint')}
          </Text>
        </Stack>
      </Paper>
      <section aria-labelledby="question-body">
        <Title order={2} fz="h4" id="question-body">
          {t('detail.question')}
        </Title>
        <Text size="xs" c="dimmed" mb={4}>
          {t('detail.askedAt', { date: format.dateTime(question.askedAt) })}
        </Text>
        <Text style={preWrap}>{question.body}</Text>
      </section>
      {props.closed && (
        <Alert color="gray" variant="light">
          {t('detail.closed')}
        </Alert>
      )}
      {question.answeredAt && (
        <Text size="xs" c="dimmed">
          {t('detail.answeredAt', { date: format.dateTime(question.answeredAt) })}
        </Text>
      )}
      {question.status === 'PUBLISHED' || props.closed ? (
        question.answer && (
          <section aria-labelledby="question-answer">
            <Title order={2} fz="h4" id="question-answer">
              {t('detail.answer')}
            </Title>
            <Text style={preWrap}>{question.answer}</Text>
            {question.status === 'PUBLISHED' && !props.closed && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('detail.frozen')}
              </Text>
            )}
          </section>
        )
      ) : (
        <AnswerForm key={question.answer ?? ''} questionId={question.id} answer={question.answer} />
      )}
      {question.publication && (
        <Paper withBorder p="md" component="section" aria-labelledby="question-publication">
          <Stack gap="xs">
            <Title order={2} fz="h4" id="question-publication">
              {t('detail.publication')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('detail.publishedAt', { date: format.dateTime(question.publication.publishedAt) })}
            </Text>
            <Text fw={600} style={preWrap}>
              {question.publication.question}
            </Text>
            <Text style={preWrap}>{question.publication.answer}</Text>
            {!props.closed && (
              <Group>
                <Button color="red" variant="light" onClick={() => setWithdrawing(true)}>
                  {t('detail.unpublish')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      {question.status === 'ANSWERED' && !props.closed && (
        <Paper withBorder p="md">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('detail.publishHint')}</Text>
            <Button onClick={() => setPublishing(true)}>{t('detail.publish')}</Button>
          </Group>
        </Paper>
      )}
      <PublishDialog question={publishing ? question : null} onClose={() => setPublishing(false)} />
      <UnpublishModal
        questionId={withdrawing ? question.id : null}
        onClose={() => setWithdrawing(false)}
      />
    </Stack>
  );
}

function UnpublishModal(props: { questionId: string | null; onClose: () => void }) {
  const { t } = useT('questions');
  const tc = useT('common').t;
  const run = useAction();
  const [unpublish, { loading }] = useConsoleUnpublishQuestionMutation({
    refetchQueries: [ConsoleQuestionsDocument],
  });
  const confirm = async (id: string) => {
    const done = await run(
      () => unpublish({ variables: { questionId: id } }),
      t('detail.unpublished'),
    );
    if (done) props.onClose();
  };
  return (
    <Modal opened={props.questionId !== null} onClose={props.onClose} title={t('detail.unpublish')}>
      <Stack>
        <Text size="sm">{t('detail.unpublishConfirm')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={loading}
            data-autofocus
            onClick={() => props.questionId && void confirm(props.questionId)}
          >
            {t('detail.unpublishYes')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
