import { useFormat } from '@alianza/i18n';
import type { CreateBenchmarkRoundInput } from '@alianza/graphql-client/types';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { publishWarnings } from './round-warnings';

interface Values {
  metricName: string;
  unit: string;
  areaId: string | null;
  higherIsBetter: boolean;
  summable: boolean;
  k: number | string;
  /** Percent, 1–100. */
  capPercent: number | string;
  facilitatorSeesValues: boolean;
  /** YYYY-MM-DD; null: now. */
  opensOn: string | null;
  /** YYYY-MM-DD (end of that day). */
  closesOn: string | null;
  participantOrganizationIds: string[];
}

/**
 * The facilitator's definition of a benchmark round. Warns, before anything is created, when
 * the settings make publishing impossible (too few companies for k, or for the cap).
 */
export function CreateRoundForm(props: {
  participants: { organizationId: string; name: string }[];
  areas: { id: string; name: string }[];
  loading?: boolean;
  onSubmit: (input: CreateBenchmarkRoundInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('benchmarks');
  const tc = useTranslation('common').t;
  const format = useFormat();
  const decimalSeparator = format.locale.startsWith('es') ? ',' : '.';
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<Values>({
    initialValues: {
      metricName: '',
      unit: '',
      areaId: null,
      higherIsBetter: true,
      summable: false,
      k: 5,
      capPercent: 25,
      facilitatorSeesValues: false,
      opensOn: null,
      closesOn: dayjs().add(14, 'day').format('YYYY-MM-DD'),
      participantOrganizationIds: props.participants.map((p) => p.organizationId),
    },
    validate: {
      metricName: (v) => (v.trim() ? null : t('form.required')),
      k: (v) => (Number.isInteger(Number(v)) && Number(v) >= 3 ? null : t('form.kMin')),
      capPercent: (v, values) =>
        !values.summable || (Number(v) >= 1 && Number(v) <= 100) ? null : t('form.capRange'),
      closesOn: (v, values) =>
        !v
          ? t('form.required')
          : v < today || (values.opensOn && v < values.opensOn)
            ? t('form.closesAfterOpens')
            : null,
      participantOrganizationIds: (v) => (v.length >= 2 ? null : t('form.twoParticipants')),
    },
  });
  const values = form.values;
  const cap = Number(values.capPercent) / 100;
  const warnings = publishWarnings({
    participants: values.participantOrganizationIds.length,
    k: Number(values.k) || 0,
    summable: values.summable,
    dominanceCap: cap,
  });

  const submit = form.onSubmit((v) =>
    props.onSubmit({
      metricName: v.metricName.trim(),
      unit: v.unit.trim(),
      areaId: v.areaId,
      higherIsBetter: v.higherIsBetter,
      summable: v.summable,
      k: Number(v.k),
      dominanceCap: v.summable ? Number(v.capPercent) / 100 : 0.25,
      facilitatorSeesValues: v.facilitatorSeesValues,
      opensAt: v.opensOn ? dayjs(v.opensOn).startOf('day').toISOString() : null,
      closesAt: dayjs(v.closesOn).endOf('day').toISOString(),
      participantOrganizationIds: v.participantOrganizationIds,
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('form.metricName')}
            description={t('form.metricNameHint')}
            withAsterisk
            maxLength={200}
            data-autofocus
            {...form.getInputProps('metricName')}
          />
          <TextInput
            label={t('form.unit')}
            description={t('form.unitHint')}
            maxLength={50}
            {...form.getInputProps('unit')}
          />
        </Group>
        <Select
          label={t('form.area')}
          placeholder={t('form.noArea')}
          clearable
          data={props.areas.map((a) => ({ value: a.id, label: a.name }))}
          {...form.getInputProps('areaId')}
        />
        <Checkbox
          label={t('form.higherIsBetter')}
          {...form.getInputProps('higherIsBetter', { type: 'checkbox' })}
        />
        <Checkbox
          label={t('form.summable')}
          description={t('form.summableHint')}
          {...form.getInputProps('summable', { type: 'checkbox' })}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('form.k')}
            description={t('form.kHint')}
            min={3}
            max={1000}
            clampBehavior="none"
            allowDecimal={false}
            {...form.getInputProps('k')}
          />
          <NumberInput
            label={t('form.cap')}
            description={t('form.capHint')}
            min={1}
            max={100}
            decimalScale={1}
            decimalSeparator={decimalSeparator}
            disabled={!values.summable}
            {...form.getInputProps('capPercent')}
          />
        </Group>
        <MultiSelect
          label={t('form.participants')}
          description={t('form.participantsHint')}
          withAsterisk
          data={props.participants.map((p) => ({ value: p.organizationId, label: p.name }))}
          {...form.getInputProps('participantOrganizationIds')}
        />
        <Group grow align="flex-start">
          <DatePickerInput
            label={t('form.opensAt')}
            description={t('form.opensAtHint')}
            placeholder={t('form.pickDate')}
            clearable
            valueFormat="D MMM YYYY"
            minDate={today}
            {...form.getInputProps('opensOn')}
          />
          <DatePickerInput
            label={t('form.closesAt')}
            placeholder={t('form.pickDate')}
            withAsterisk
            valueFormat="D MMM YYYY"
            minDate={today}
            {...form.getInputProps('closesOn')}
          />
        </Group>
        <Switch
          label={t('form.facilitatorSeesValues')}
          description={t('form.facilitatorSeesValuesHint')}
          {...form.getInputProps('facilitatorSeesValues', { type: 'checkbox' })}
        />
        {warnings.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
            <Stack gap={4}>
              {warnings.map((w) => (
                <span key={w.kind}>
                  {w.kind === 'TOO_FEW_PARTICIPANTS'
                    ? t('warnings.TOO_FEW_PARTICIPANTS', { participants: w.participants, k: w.k })
                    : t('warnings.CAP_UNREACHABLE', {
                        cap: format.percent(w.cap),
                        needed: w.needed,
                        participants: w.participants,
                      })}
                </span>
              ))}
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onCancel} disabled={props.loading}>
            {tc('actions.cancel')}
          </Button>
          <Button
            type="submit"
            loading={props.loading}
            color={warnings.length ? 'yellow' : undefined}
          >
            {warnings.length ? t('form.submitAnyway') : t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
