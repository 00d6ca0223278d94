import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import {
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { ConsolePlanDocument, useConsolePostProgressMutation } from './plan.generated';
import type { PlanModel } from './use-plan';

interface Values {
  milestoneId: string | null;
  taskId: string | null;
  text: string;
  indicators: Record<string, number | string>;
}

/** Report progress on a milestone (or one of its tasks), optionally with indicator values. */
export function ProgressFormModal(props: {
  model: PlanModel;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const format = useFormat();
  const run = useAction();
  const limit = useTextLimit();
  const { model } = props;
  const indicators = model.objectives.flatMap((o) => o.indicators);
  const [post] = useConsolePostProgressMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm<Values>({
    initialValues: {
      milestoneId: model.milestones.length === 1 ? model.milestones[0].id : null,
      taskId: null,
      text: '',
      indicators: {},
    },
    validate: {
      milestoneId: (v) => (v ? null : t('form.required')),
      text: (v) => (v.trim() ? null : t('form.required')),
    },
  });
  const milestone = model.milestones.find((m) => m.id === form.values.milestoneId);
  const submit = form.onSubmit(async (values) => {
    const indicatorValues = Object.entries(values.indicators)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([indicatorId, value]) => ({ indicatorId, valueDecimal: String(value) }));
    const done = await run(
      () =>
        post({
          variables: {
            input: {
              milestoneId: values.milestoneId as string,
              taskId: values.taskId,
              text: values.text.trim(),
              indicatorValues,
            },
          },
        }),
      t('progressForm.posted'),
    );
    if (done) props.onClose();
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={t('progressForm.heading')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('progressForm.milestone')}
            required
            data={model.milestones.map((m) => ({ value: m.id, label: m.title }))}
            {...form.getInputProps('milestoneId')}
            onChange={(v) => {
              form.setFieldValue('milestoneId', v);
              form.setFieldValue('taskId', null);
            }}
          />
          <Select
            label={t('progressForm.task')}
            placeholder={t('progressForm.wholeMilestone')}
            clearable
            disabled={!milestone}
            data={(milestone?.tasks ?? [])
              .filter((task) => task.proposalStatus === 'ACCEPTED')
              .map((task) => ({ value: task.id, label: task.title }))}
            {...form.getInputProps('taskId')}
          />
          <Textarea
            label={t('progressForm.text')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('text')}
            {...limit(form.values.text, INPUT_LIMITS.longText)}
          />
          {indicators.length > 0 && (
            <Fieldset legend={t('progressForm.indicators')}>
              <Stack gap="xs">
                {indicators.map((i) => (
                  <NumberInput
                    key={i.id}
                    label={`${i.name} (${i.unit})`}
                    description={t('progressForm.indicatorHelp', {
                      baseline: format.number(i.baselineDecimal),
                      target: format.number(i.targetDecimal),
                    })}
                    decimalScale={4}
                    decimalSeparator={format.locale.startsWith('es') ? ',' : '.'}
                    {...form.getInputProps(`indicators.${i.id}`)}
                    value={form.values.indicators[i.id] ?? ''}
                  />
                ))}
              </Stack>
            </Fieldset>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('progressForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
