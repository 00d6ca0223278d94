import { useTextLimit } from '@alianza/ui';
import { INPUT_LIMITS } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import type {
  BenchmarkPrivacyInput,
  BenchmarkPrivacyLevel,
  BenchmarkPublicationMode,
  CreateBenchmarkRoundInput,
} from '@alianza/graphql-client/types';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { quantileName } from './noise-summary';
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
  publicationMode: BenchmarkPublicationMode;
  lower: number | string;
  upper: number | string;
  level: BenchmarkPrivacyLevel;
  publishMean: boolean;
  /** The quantiles to publish, as strings for the checkboxes: '0.25', '0.5', '0.75'. */
  quantiles: string[];
}

const QUARTILES = ['0.25', '0.5', '0.75'] as const;
const LEVELS: BenchmarkPrivacyLevel[] = ['STRONG', 'BALANCED', 'PRECISE'];

/** What the noise preview needs: the settings being chosen and how many companies are asked. */
export interface NoisePreviewRequest {
  privacy: BenchmarkPrivacyInput;
  count: number;
  summable: boolean;
}

function privacyOf(v: Values): BenchmarkPrivacyInput {
  return {
    lowerDecimal: String(v.lower),
    upperDecimal: String(v.upper),
    level: v.level,
    publishMean: v.summable && v.publishMean,
    quantiles: v.quantiles.map(Number).sort((a, b) => a - b),
  };
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
  /** Shows the noise of a differentially private round as it is being set (a live query). */
  renderNoisePreview?: (request: NoisePreviewRequest) => ReactNode;
}) {
  const { t } = useT('benchmarks');
  const limit = useTextLimit();
  const tc = useT('common').t;
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
      publicationMode: 'RANK_BANDS',
      lower: 0,
      upper: 100,
      level: 'BALANCED',
      publishMean: false,
      quantiles: [...QUARTILES],
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
      lower: (v, values) =>
        values.publicationMode !== 'DIFFERENTIAL_PRIVACY'
          ? null
          : v === '' || !Number.isFinite(Number(v))
            ? t('form.required')
            : values.summable && Number(v) < 0
              ? t('privacy.notNegative')
              : null,
      upper: (v, values) =>
        values.publicationMode !== 'DIFFERENTIAL_PRIVACY'
          ? null
          : v === '' || !Number.isFinite(Number(v))
            ? t('form.required')
            : Number(v) <= Number(values.lower)
              ? t('privacy.rangeOrder')
              : null,
      quantiles: (v, values) =>
        values.publicationMode !== 'DIFFERENTIAL_PRIVACY' ||
        v.length > 0 ||
        (values.summable && values.publishMean)
          ? null
          : t('privacy.oneFigure'),
    },
  });
  const values = form.values;
  const cap = Number(values.capPercent) / 100;
  const warnings = publishWarnings({
    participants: values.participantOrganizationIds.length,
    k: Number(values.k) || 0,
    summable: values.summable && values.publicationMode === 'RANK_BANDS',
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
      publicationMode: v.publicationMode,
      differentialPrivacy: v.publicationMode === 'DIFFERENTIAL_PRIVACY' ? privacyOf(v) : null,
    }),
  );
  const noisy = values.publicationMode === 'DIFFERENTIAL_PRIVACY';
  const previewable =
    noisy &&
    Number.isFinite(Number(values.lower)) &&
    Number(values.upper) > Number(values.lower) &&
    (values.quantiles.length > 0 || (values.summable && values.publishMean)) &&
    values.participantOrganizationIds.length > 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('form.metricName')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('metricName')}
            {...limit(form.values.metricName, INPUT_LIMITS.name, t('form.metricNameHint'))}
          />
          <TextInput
            label={t('form.unit')}
            {...form.getInputProps('unit')}
            {...limit(form.values.unit, INPUT_LIMITS.unit, t('form.unitHint'))}
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
            disabled={!values.summable || values.publicationMode !== 'RANK_BANDS'}
            {...form.getInputProps('capPercent')}
          />
        </Group>
        <Radio.Group label={t('privacy.mode')} {...form.getInputProps('publicationMode')}>
          <Stack gap={6} mt={4}>
            <Radio value="RANK_BANDS" label={t('privacy.RANK_BANDS')} />
            <Radio
              value="DIFFERENTIAL_PRIVACY"
              label={t('privacy.DIFFERENTIAL_PRIVACY')}
              description={t('privacy.modeHint')}
            />
          </Stack>
        </Radio.Group>
        {noisy && (
          <Stack gap="sm">
            <Group grow align="flex-start">
              <NumberInput
                label={t('privacy.lower')}
                decimalSeparator={decimalSeparator}
                clampBehavior="none"
                withAsterisk
                {...form.getInputProps('lower')}
              />
              <NumberInput
                label={t('privacy.upper')}
                decimalSeparator={decimalSeparator}
                clampBehavior="none"
                withAsterisk
                {...form.getInputProps('upper')}
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t('privacy.rangeHint')}
            </Text>
            <Radio.Group label={t('privacy.level')} {...form.getInputProps('level')}>
              <Group gap="md" mt={4}>
                {LEVELS.map((level) => (
                  <Radio key={level} value={level} label={t(`privacy.${level}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Stack gap={6} role="group" aria-labelledby="dp-figures">
              <div>
                <Text id="dp-figures" size="sm" fw={500}>
                  {t('privacy.figures')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('privacy.figuresHint')}
                </Text>
              </div>
              {values.summable && (
                <Checkbox
                  label={t('privacy.mean')}
                  {...form.getInputProps('publishMean', { type: 'checkbox' })}
                />
              )}
              <Checkbox.Group {...form.getInputProps('quantiles')}>
                <Stack gap={6}>
                  {QUARTILES.map((p) => (
                    <Checkbox key={p} value={p} label={quantileName(t, Number(p))} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Stack>
            {previewable &&
              props.renderNoisePreview?.({
                privacy: privacyOf(values),
                count: values.participantOrganizationIds.length,
                summable: values.summable,
              })}
          </Stack>
        )}
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
