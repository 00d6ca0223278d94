import { useFormat } from '@alianza/i18n';
import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useEnumOptions, useTextLimit } from '@alianza/ui';
import {
  Button,
  Checkbox,
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
import type { ResourceKind } from '@alianza/graphql-client/types';
import {
  ConsolePlanDocument,
  useConsoleAddResourceMutation,
  useConsoleUpdateResourceMutation,
  type ConsolePlanResourceFragment,
} from './plan.generated';
import type { PlanModel } from './use-plan';

const DECIMAL = /^\d{1,16}([.,]\d{1,2})?$/;

interface Values {
  milestoneId: string | null;
  kind: ResourceKind;
  description: string;
  providerOrganizationId: string | null;
  quantity: number | string;
  unit: string;
  value: string;
  currency: string;
  confidential: boolean;
}

/**
 * A resource available or needed at a milestone; or a change of one (`resource`): its milestone,
 * provider and confidentiality decide who reads it, and stay.
 */
export function ResourceFormModal(props: {
  model: PlanModel;
  opened: boolean;
  onClose: () => void;
  resource?: ConsolePlanResourceFragment;
}) {
  const { t } = useT('plan');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const decimalSeparator = useFormat().locale.startsWith('es') ? ',' : '.';
  const kinds = useEnumOptions()('ResourceKind', ['AVAILABLE', 'NEEDED']);
  const { model } = props;
  const [add] = useConsoleAddResourceMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const [update] = useConsoleUpdateResourceMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const editing = props.resource;
  const form = useForm<Values>({
    initialValues: editing
      ? {
          milestoneId: editing.milestoneId,
          kind: editing.kind,
          description: editing.description ?? '',
          providerOrganizationId: editing.providerOrganizationId,
          quantity: editing.quantity ?? '',
          unit: editing.unit ?? '',
          value: editing.value ?? '',
          currency: editing.currency ?? 'EUR',
          confidential: editing.confidential,
        }
      : {
          milestoneId: model.milestones.length === 1 ? model.milestones[0].id : null,
          kind: 'NEEDED',
          description: '',
          providerOrganizationId: null,
          quantity: '',
          unit: '',
          value: '',
          currency: 'EUR',
          confidential: false,
        },
    validate: {
      milestoneId: (v) => (v ? null : t('form.required')),
      description: (v) => (v.trim() ? null : t('form.required')),
      value: (v) => (!v.trim() || DECIMAL.test(v.trim()) ? null : t('form.decimal')),
      currency: (v, values) =>
        !values.value.trim() || /^[A-Za-z]{3}$/.test(v.trim()) ? null : t('form.currency'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    const value = values.value.trim().replace(',', '.');
    if (editing) {
      const changed = await run(
        () =>
          update({
            variables: {
              resourceId: editing.id,
              input: {
                kind: values.kind,
                description: values.description.trim(),
                quantity: typeof values.quantity === 'number' ? values.quantity : null,
                unit: values.unit.trim() || null,
                valueDecimal: value || null,
                currency: value ? values.currency.trim().toUpperCase() : null,
              },
            },
          }),
        t('resourceForm.updated'),
      );
      if (changed) props.onClose();
      return;
    }
    const done = await run(
      () =>
        add({
          variables: {
            milestoneId: values.milestoneId as string,
            input: {
              kind: values.kind,
              description: values.description.trim(),
              providerOrganizationId: values.providerOrganizationId,
              quantity: typeof values.quantity === 'number' ? values.quantity : null,
              unit: values.unit.trim() || null,
              valueDecimal: value || null,
              currency: value ? values.currency.trim().toUpperCase() : null,
              confidential: values.confidential,
            },
          },
        }),
      t('resourceForm.created'),
    );
    if (done) props.onClose();
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t('resourceForm.editHeading') : t('resourceForm.heading')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('resourceForm.milestone')}
            required
            disabled={!!editing}
            data={model.milestones.map((m) => ({ value: m.id, label: m.title }))}
            {...form.getInputProps('milestoneId')}
          />
          <Select
            label={t('resourceForm.kind')}
            required
            allowDeselect={false}
            data={kinds}
            {...form.getInputProps('kind')}
          />
          <Textarea
            label={t('resourceForm.description')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('description')}
            {...limit(form.values.description, INPUT_LIMITS.longText)}
          />
          <Select
            label={t('resourceForm.provider')}
            placeholder={t('resourceForm.noProvider')}
            clearable
            disabled={!!editing}
            description={editing ? t('resourceForm.staysHelp') : undefined}
            data={model.organizations.map((o) => ({ value: o.id, label: o.name }))}
            {...form.getInputProps('providerOrganizationId')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('resourceForm.quantity')}
              min={0}
              decimalScale={2}
              decimalSeparator={decimalSeparator}
              {...form.getInputProps('quantity')}
            />
            <TextInput
              label={t('resourceForm.unit')}
              {...form.getInputProps('unit')}
              {...limit(form.values.unit, INPUT_LIMITS.unit)}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('resourceForm.value')}
              description={t('resourceForm.valueHelp')}
              inputMode="decimal"
              {...form.getInputProps('value')}
            />
            <TextInput
              label={t('resourceForm.currency')}
              description={t('resourceForm.currencyHelp')}
              maxLength={3}
              {...form.getInputProps('currency')}
            />
          </Group>
          <Checkbox
            label={t('resourceForm.confidential')}
            description={editing ? t('resourceForm.staysHelp') : t('resourceForm.confidentialHelp')}
            disabled={!!editing}
            {...form.getInputProps('confidential', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {editing ? t('form.save') : t('resourceForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
