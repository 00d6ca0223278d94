import { useFormat } from '@alianza/i18n';
import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useEnumOptions, useTextLimit } from '@alianza/ui';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import type { IndicatorDirection } from '@alianza/graphql-client/types';
import {
  ConsolePlanDocument,
  useConsoleAddIndicatorMutation,
  useConsoleCreateObjectiveMutation,
  useConsoleUpdateIndicatorMutation,
  useConsoleUpdateObjectiveMutation,
} from './plan.generated';
import type { PlanIndicator, PlanObjective } from './use-plan';

/** A new objective of the plan, or a change of one (`objective`). */
export function ObjectiveFormModal(props: {
  collaborationId: string;
  opened: boolean;
  onClose: () => void;
  objective?: PlanObjective;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const [create] = useConsoleCreateObjectiveMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const [update] = useConsoleUpdateObjectiveMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const editing = props.objective;
  const form = useForm({
    initialValues: {
      title: editing?.title ?? '',
      description: editing?.description ?? '',
    },
    validate: { title: (v: string) => (v.trim() ? null : t('form.required')) },
  });
  const draft = useDraft(
    editing ? `objective:${editing.id}` : `objective:${props.collaborationId}:new`,
    form,
  );
  const submit = form.onSubmit(async (values) => {
    const input = { title: values.title.trim(), description: values.description.trim() };
    const done = editing
      ? await run(
          () => update({ variables: { objectiveId: editing.id, input } }),
          t('objectiveForm.updated'),
          { form },
        )
      : await run(
          () => create({ variables: { collaborationId: props.collaborationId, input } }),
          t('objectiveForm.created'),
          { form },
        );
    if (done) {
      draft.clear();
      props.onClose();
    }
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t('objectiveForm.editHeading') : t('objectiveForm.heading')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <DraftNotice draft={draft} />
          <TextInput
            label={t('objectiveForm.title')}
            required
            data-autofocus
            {...form.getInputProps('title')}
            {...limit(form.values.title, INPUT_LIMITS.name)}
          />
          <Textarea
            label={t('objectiveForm.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
            {...limit(form.values.description, INPUT_LIMITS.longText)}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                draft.discard();
                props.onClose();
              }}
            >
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {editing ? t('form.save') : t('objectiveForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface IndicatorValues {
  name: string;
  unit: string;
  baseline: number | string;
  target: number | string;
  direction: IndicatorDirection;
}

/**
 * A measurable indicator of an objective: baseline, target and which way is better; or a change
 * of one (`indicator`).
 */
export function IndicatorFormModal(props: {
  objective: PlanObjective;
  indicator?: PlanIndicator;
  onClose: () => void;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const decimalSeparator = useFormat().locale.startsWith('es') ? ',' : '.';
  const directions = useEnumOptions()('IndicatorDirection', ['INCREASE', 'DECREASE']);
  const [add] = useConsoleAddIndicatorMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const [update] = useConsoleUpdateIndicatorMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const editing = props.indicator;
  const form = useForm<IndicatorValues>({
    initialValues: editing
      ? {
          name: editing.name,
          unit: editing.unit,
          baseline: Number(editing.baselineDecimal),
          target: Number(editing.targetDecimal),
          direction: editing.direction,
        }
      : { name: '', unit: '', baseline: '', target: '', direction: 'INCREASE' },
    validate: {
      name: (v) => (v.trim() ? null : t('form.required')),
      unit: (v) => (v.trim() ? null : t('form.required')),
      baseline: (v) => (typeof v === 'number' ? null : t('form.required')),
      target: (v, values) => {
        if (typeof v !== 'number') return t('form.required');
        if (typeof values.baseline !== 'number') return null;
        if (v === values.baseline) return t('indicatorForm.targetEqualsBaseline');
        const wrongWay =
          values.direction === 'INCREASE' ? v < values.baseline : v > values.baseline;
        return wrongWay ? t('indicatorForm.targetWrongWay') : null;
      },
    },
  });
  const submit = form.onSubmit(async (values) => {
    const input = {
      name: values.name.trim(),
      unit: values.unit.trim(),
      baselineDecimal: String(values.baseline),
      targetDecimal: String(values.target),
      direction: values.direction,
    };
    const done = editing
      ? await run(
          () => update({ variables: { indicatorId: editing.id, input } }),
          t('indicatorForm.updated'),
        )
      : await run(
          () => add({ variables: { objectiveId: props.objective.id, input } }),
          t('indicatorForm.created'),
        );
    if (done) props.onClose();
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened
      onClose={props.onClose}
      title={
        editing
          ? t('indicatorForm.editHeading', { name: editing.name })
          : t('indicatorForm.heading', { title: props.objective.title })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('indicatorForm.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
            {...limit(form.values.name, INPUT_LIMITS.name)}
          />
          <TextInput
            label={t('indicatorForm.unit')}
            required
            {...form.getInputProps('unit')}
            {...limit(form.values.unit, INPUT_LIMITS.unit, t('indicatorForm.unitHelp'))}
          />
          <Select
            label={t('indicatorForm.direction')}
            allowDeselect={false}
            data={directions}
            {...form.getInputProps('direction')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('indicatorForm.baseline')}
              required
              decimalScale={4}
              decimalSeparator={decimalSeparator}
              {...form.getInputProps('baseline')}
            />
            <NumberInput
              label={t('indicatorForm.target')}
              required
              decimalScale={4}
              decimalSeparator={decimalSeparator}
              {...form.getInputProps('target')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {editing ? t('form.save') : t('indicatorForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
