import { useFormat } from '@alianza/i18n';
import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n';

/**
 * Submitting (or replacing) one's private value, saying plainly who can see it: no other
 * company, and the facilitator only if the round was set up so; and, in a round with noise
 * added, that values outside its range count as its ends.
 */
export function SubmitValueForm(props: {
  unit: string;
  summable: boolean;
  facilitatorSeesValues: boolean;
  /** The plausible range of a round with noise added: values outside count as its ends. */
  range?: { lowerDecimal: string; upperDecimal: string } | null;
  current: { valueDecimal: string; submittedAt: string } | null;
  loading?: boolean;
  /** The value as an exact decimal string (at most 6 decimals, never an exponent). */
  onSubmit: (value: string) => void;
}) {
  const { t } = useT('benchmarks');
  const format = useFormat();
  const decimalSeparator = format.locale.startsWith('es') ? ',' : '.';
  const [value, setValue] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      setError(t('submit.required'));
      return;
    }
    if (props.summable && value < 0) {
      setError(t('submit.notNegative'));
      return;
    }
    setError(null);
    props.onSubmit(String(value));
  };
  const shown = (v: number | string) =>
    props.unit ? `${format.number(v)} ${props.unit}` : format.number(v);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Alert
          color="teal"
          variant="light"
          icon={<IconLock size={18} aria-hidden />}
          title={t('submit.privacyTitle')}
        >
          <Text size="sm">{t('submit.nobodyElse')}</Text>
          <Text size="sm">
            {props.facilitatorSeesValues
              ? t('submit.facilitatorSees')
              : t('submit.facilitatorDoesNot')}
          </Text>
          {props.range && (
            <Text size="sm">
              {t('submit.range', {
                lower: shown(props.range.lowerDecimal),
                upper: shown(props.range.upperDecimal),
              })}
            </Text>
          )}
        </Alert>
        {props.current && (
          <Text size="sm">
            {t('submit.current', {
              value: shown(props.current.valueDecimal),
              date: format.dateTime(props.current.submittedAt),
            })}
          </Text>
        )}
        <Group align="flex-end" gap="xs">
          <NumberInput
            label={props.unit ? t('submit.labelWithUnit', { unit: props.unit }) : t('submit.label')}
            value={value}
            onChange={(v) => setValue(v)}
            decimalSeparator={decimalSeparator}
            decimalScale={6}
            min={props.summable ? 0 : undefined}
            clampBehavior="none"
            error={error}
            w={220}
          />
          <Button type="submit" loading={props.loading}>
            {props.current ? t('submit.replace') : t('submit.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
