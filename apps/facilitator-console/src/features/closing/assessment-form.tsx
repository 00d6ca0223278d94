import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, RatingInput, useAction, useDraft, useTextLimit } from '@alianza/ui';
import {
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { ConsoleClosingDocument, useConsoleSubmitEvaluationMutation } from './closing.generated';
import type { ClosingModel } from './use-closing';

interface Scored {
  rating: number;
  comment: string;
}

interface Values {
  assessment: string;
  objectives: Record<string, Scored>;
  peers: Record<string, Scored>;
}

/** The facilitator's own assessment while closing: text, and optional 1–5 scores. */
export function AssessmentForm(props: { model: ClosingModel }) {
  const { t } = useT('closing');
  const run = useAction();
  const limit = useTextLimit();
  const { model } = props;
  const mine = model.summary.facilitator;
  const [submit] = useConsoleSubmitEvaluationMutation({
    refetchQueries: [ConsoleClosingDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values>({
    initialValues: {
      assessment: mine?.assessment ?? '',
      objectives: Object.fromEntries(
        model.objectives.map((o) => {
          const r = mine?.objectiveRatings.find((x) => x.objectiveId === o.id);
          return [o.id, { rating: r?.rating ?? 0, comment: r?.comment ?? '' }];
        }),
      ),
      peers: Object.fromEntries(
        model.participants.map((p) => {
          const r = mine?.peerRatings.find((x) => x.organizationId === p.id);
          return [p.id, { rating: r?.rating ?? 0, comment: r?.comment ?? '' }];
        }),
      ),
    },
    validate: {
      assessment: (v) => (v.trim() ? null : t('assessment.required')),
    },
  });
  const draft = useDraft(`assessment:${model.collaboration.id}`, form);
  const onSubmit = form.onSubmit(async (values) => {
    const scored = <K extends string>(entries: Record<string, Scored>, key: K) =>
      Object.entries(entries)
        .filter(([, s]) => s.rating > 0)
        .map(
          ([id, s]) =>
            ({ [key]: id, rating: s.rating, comment: s.comment.trim() }) as Record<K, string> &
              Scored,
        );
    const done = await run(
      () =>
        submit({
          variables: {
            collaborationId: model.collaboration.id,
            input: {
              assessment: values.assessment.trim(),
              objectiveRatings: scored(values.objectives, 'objectiveId'),
              peerRatings: scored(values.peers, 'organizationId'),
            },
          },
        }),
      t('assessment.saved'),
      { form },
    );
    if (done) {
      draft.clear();
      form.resetDirty(values);
    }
  });
  const rows = (group: 'objectives' | 'peers', items: { id: string; name: string }[]) =>
    items.map((item) => {
      const value = form.values[group][item.id];
      return (
        <Table.Tr key={item.id}>
          <Table.Td>{item.name}</Table.Td>
          <Table.Td>
            <RatingInput
              size="xs"
              optional
              hideLabel
              label={t('assessment.scoreOf', { name: item.name })}
              value={value.rating || null}
              onChange={(rating) => form.setFieldValue(`${group}.${item.id}.rating`, rating ?? 0)}
            />
          </Table.Td>
          <Table.Td>
            <TextInput
              size="xs"
              aria-label={t('assessment.commentOn', { name: item.name })}
              placeholder={t('assessment.commentPlaceholder')}
              {...form.getInputProps(`${group}.${item.id}.comment`)}
              maxLength={INPUT_LIMITS.longText}
            />
          </Table.Td>
        </Table.Tr>
      );
    });
  const table = (heading: string, first: string, body: ReturnType<typeof rows>) => (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {heading}
      </Text>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            <Table.Th>{t('assessment.score')}</Table.Th>
            <Table.Th>{t('assessment.comment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{body}</Table.Tbody>
      </Table>
    </div>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="closing-assessment">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={2} size="h4" id="closing-assessment">
              {t('assessment.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {mine ? t('assessment.savedBefore') : t('assessment.help')}
            </Text>
          </div>
          <DraftNotice draft={draft} />
          <Textarea
            label={t('assessment.text')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('assessment')}
            {...limit(form.values.assessment, INPUT_LIMITS.longText)}
          />
          {model.objectives.length > 0 &&
            table(
              t('assessment.objectivesHeading'),
              t('evaluations.objective'),
              rows(
                'objectives',
                model.objectives.map((o) => ({ id: o.id, name: o.title })),
              ),
            )}
          {model.participants.length > 0 &&
            table(
              t('assessment.peersHeading'),
              t('evaluations.organization'),
              rows('peers', model.participants),
            )}
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('assessment.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
