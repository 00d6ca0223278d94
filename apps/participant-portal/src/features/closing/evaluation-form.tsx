import type { EvaluationFieldsFragment } from '@alianza/graphql-client';
import type { EvaluationInput } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, RatingInput, useDraft, useTextLimit } from '@alianza/ui';
import { Alert, Button, Fieldset, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { useT } from '../../i18n';

export interface EvaluatedObjective {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface EvaluatedPeer {
  readonly organizationId: string;
  readonly name: string;
}

interface Score {
  readonly rating: number | null;
  readonly comment: string;
}

/** Exactly what `submitEvaluation` takes: every objective and every peer scored 1–5. */
export type SubmittedEvaluation = Required<Pick<EvaluationInput, 'assessment'>> & {
  objectiveRatings: { objectiveId: string; rating: number; comment: string }[];
  peerRatings: { organizationId: string; rating: number; comment: string }[];
};

function initialScores(
  ids: readonly string[],
  previous: readonly { id: string; rating: number; comment: string }[],
): Record<string, Score> {
  return Object.fromEntries(
    ids.map((id) => {
      const found = previous.find((p) => p.id === id);
      return [id, { rating: found?.rating ?? null, comment: found?.comment ?? '' }];
    }),
  );
}

/**
 * The closing evaluation: how much each objective benefited us and how much each other active
 * participant contributed, 1–5 with an optional comment. It can be sent only when everything is
 * scored; it may be sent again (it replaces the last one) until the collaboration closes.
 */
export function EvaluationForm(props: {
  objectives: readonly EvaluatedObjective[];
  peers: readonly EvaluatedPeer[];
  /** The last evaluation our organization sent, to start from. */
  previous?: EvaluationFieldsFragment | null;
  submitting?: boolean;
  /** Names the draft kept of the form while it is being filled in (none without it). */
  draftKey?: string;
  /** Resolves to something truthy once sent. */
  onSubmit: (input: SubmittedEvaluation) => void | Promise<unknown>;
}) {
  const { t } = useT('closing');
  const format = useFormat();
  const limit = useTextLimit();
  const form = useForm({
    initialValues: {
      objectives: initialScores(
        props.objectives.map((o) => o.id),
        (props.previous?.objectiveRatings ?? []).map((r) => ({ ...r, id: r.objectiveId })),
      ),
      peers: initialScores(
        props.peers.map((p) => p.organizationId),
        (props.previous?.peerRatings ?? []).map((r) => ({ ...r, id: r.organizationId })),
      ),
      assessment: props.previous?.assessment ?? '',
    },
  });
  const draft = useDraft(props.draftKey ?? null, form);
  const { objectives, peers, assessment } = form.values;

  const missing =
    props.objectives.filter((o) => !objectives[o.id]?.rating).length +
    props.peers.filter((p) => !peers[p.organizationId]?.rating).length;
  const complete = missing === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete || props.submitting) return;
    const sent = props.onSubmit({
      objectiveRatings: props.objectives.map((o) => ({
        objectiveId: o.id,
        rating: objectives[o.id]?.rating ?? 0,
        comment: objectives[o.id]?.comment.trim() ?? '',
      })),
      peerRatings: props.peers.map((p) => ({
        organizationId: p.organizationId,
        rating: peers[p.organizationId]?.rating ?? 0,
        comment: peers[p.organizationId]?.comment.trim() ?? '',
      })),
      assessment: assessment.trim(),
    });
    void Promise.resolve(sent).then((done) => {
      if (done) draft.clear();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <DraftNotice draft={draft} />
        {props.previous && (
          <Alert color="teal" variant="light">
            {t('form.lastSent', { date: format.dateTime(props.previous.updatedAt) })}
          </Alert>
        )}
        <section aria-labelledby="evaluation-objectives">
          <Title order={2} size="h4" id="evaluation-objectives">
            {t('form.objectivesTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('form.objectivesHelp')}
          </Text>
          {props.objectives.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('form.noObjectives')}
            </Text>
          ) : (
            <Stack>
              {props.objectives.map((o) => (
                <ScoreField
                  key={o.id}
                  legend={o.title}
                  description={o.description}
                  score={objectives[o.id] ?? { rating: null, comment: '' }}
                  onChange={(score) => form.setFieldValue(`objectives.${o.id}`, score)}
                />
              ))}
            </Stack>
          )}
        </section>
        <section aria-labelledby="evaluation-peers">
          <Title order={2} size="h4" id="evaluation-peers">
            {t('form.peersTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('form.peersHelp')}
          </Text>
          {props.peers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('form.noPeers')}
            </Text>
          ) : (
            <Stack>
              {props.peers.map((p) => (
                <ScoreField
                  key={p.organizationId}
                  legend={p.name}
                  score={peers[p.organizationId] ?? { rating: null, comment: '' }}
                  onChange={(score) => form.setFieldValue(`peers.${p.organizationId}`, score)}
                />
              ))}
            </Stack>
          )}
        </section>
        <Textarea
          label={t('form.assessment')}
          rows={3}
          {...form.getInputProps('assessment')}
          {...limit(assessment, INPUT_LIMITS.longText, t('form.assessmentHelp'))}
        />
        <Group justify="flex-end" gap="md">
          {!complete && (
            <Text size="sm" c="dimmed" id="evaluation-missing">
              {t('form.missing', { count: missing })}
            </Text>
          )}
          <Button
            type="submit"
            loading={props.submitting}
            disabled={!complete}
            aria-describedby={complete ? undefined : 'evaluation-missing'}
          >
            {props.previous ? t('form.resubmit') : t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ScoreField(props: {
  legend: string;
  description?: string;
  score: Score;
  onChange: (score: Score) => void;
}) {
  const { t } = useT('closing');
  const limit = useTextLimit();
  return (
    <Fieldset
      legend={
        <Text component="span" fw={600} size="sm">
          {props.legend}
        </Text>
      }
      variant="filled"
    >
      {props.description && (
        <Text size="sm" c="dimmed" mb="xs">
          {props.description}
        </Text>
      )}
      <Stack gap="xs">
        <RatingInput
          label={t('form.scoreOf', { name: props.legend })}
          value={props.score.rating}
          onChange={(rating) => props.onChange({ ...props.score, rating })}
        />
        <Textarea
          label={t('form.comment')}
          rows={1}
          {...limit(props.score.comment, INPUT_LIMITS.longText)}
          value={props.score.comment}
          onChange={(e) => props.onChange({ ...props.score, comment: e.currentTarget.value })}
        />
      </Stack>
    </Fieldset>
  );
}
