import { useFormat } from '@alianza/i18n';
import { useAction, useEnumOptions } from '@alianza/ui';
import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { ValuationScale } from '@alianza/graphql-client/types';
import { ConsoleLedgerDocument, useConsoleSetLedgerSettingsMutation } from './ledger.generated';
import type { LedgerModel } from './use-ledger';

const DECIMAL = /^\d{1,16}([.,]\d{1,2})?$/;
const toApiDecimal = (v: string) => v.trim().replace(',', '.');

interface Values {
  valuationScale: ValuationScale;
  currency: string;
  reciprocityThreshold: string;
  areaValues: Record<string, string>;
}

/** The valuation scale (frozen from the first entry with a value), per-area values and the reciprocity policy. */
export function SettingsPanel(props: { model: LedgerModel }) {
  const { t } = useT('ledger');
  const tc = useT('common').t;
  const run = useAction();
  const format = useFormat();
  const scales = useEnumOptions()('ValuationScale', ['POINTS', 'MONEY']);
  const { model } = props;
  const settings = model.data.ledgerSettings;
  const frozen = model.scaleLocked;
  const locked = model.readOnly;
  const [save] = useConsoleSetLedgerSettingsMutation({
    refetchQueries: [ConsoleLedgerDocument],
    awaitRefetchQueries: true,
  });
  const shown = (v: string | null | undefined) =>
    v ? (format.locale.startsWith('es') ? v.replace('.', ',') : v) : '';
  const form = useForm<Values>({
    initialValues: {
      valuationScale: settings.valuationScale,
      currency: settings.currency ?? 'EUR',
      reciprocityThreshold: shown(settings.reciprocityThreshold),
      areaValues: Object.fromEntries(settings.areaValues.map((a) => [a.areaId, shown(a.value)])),
    },
    validate: {
      currency: (v, values) =>
        values.valuationScale !== 'MONEY' || /^[A-Za-z]{3}$/.test(v.trim())
          ? null
          : t('settings.currencyInvalid'),
      reciprocityThreshold: (v) =>
        !v.trim() || DECIMAL.test(v.trim()) ? null : t('settings.decimalInvalid'),
      areaValues: (values: Record<string, string>) => {
        const bad = Object.values(values).some((v) => v.trim() && !DECIMAL.test(v.trim()));
        return bad ? t('settings.decimalInvalid') : null;
      },
    },
  });
  const areaError = (id: string) => {
    const v = form.values.areaValues[id] ?? '';
    return v.trim() && !DECIMAL.test(v.trim()) ? t('settings.decimalInvalid') : null;
  };
  const submit = form.onSubmit(async (values) => {
    const done = await run(
      () =>
        save({
          variables: {
            collaborationId: model.collaborationId,
            input: {
              valuationScale: values.valuationScale,
              currency:
                values.valuationScale === 'MONEY' ? values.currency.trim().toUpperCase() : null,
              reciprocityThresholdDecimal: values.reciprocityThreshold.trim()
                ? toApiDecimal(values.reciprocityThreshold)
                : null,
              areaValues: Object.entries(values.areaValues)
                .filter(([, v]) => v.trim())
                .map(([areaId, v]) => ({ areaId, valueDecimal: toApiDecimal(v) })),
            },
          },
        }),
      t('settings.saved'),
    );
    if (done) form.resetDirty(values);
  });
  const unit =
    form.values.valuationScale === 'MONEY'
      ? form.values.currency.trim().toUpperCase() || t('settings.money')
      : t('settings.pointsUnit');
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={860}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('settings.scaleTitle')}
          </Title>
          <Stack gap="sm">
            <div>
              <Text size="sm" fw={500} id="valuation-scale-label" mb={4}>
                {t('settings.scale')}
              </Text>
              <SegmentedControl
                aria-labelledby="valuation-scale-label"
                data={scales}
                disabled={frozen || locked}
                {...form.getInputProps('valuationScale')}
              />
            </div>
            {form.values.valuationScale === 'MONEY' && (
              <TextInput
                label={t('settings.currency')}
                description={t('settings.currencyHelp')}
                maxLength={3}
                w={220}
                disabled={frozen || locked}
                {...form.getInputProps('currency')}
              />
            )}
            {frozen && (
              <Alert color="blue" variant="light" icon={<IconLock size={16} />}>
                {t('settings.frozen')}
              </Alert>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('settings.reciprocityTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('settings.reciprocityHelp')}
          </Text>
          <TextInput
            label={t('settings.threshold', { unit })}
            description={t('settings.thresholdHelp')}
            placeholder={t('settings.noThreshold')}
            inputMode="decimal"
            w={380}
            disabled={locked}
            {...form.getInputProps('reciprocityThreshold')}
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('settings.areaValuesTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('settings.areaValuesHelp')}
          </Text>
          {model.data.collaboration.areas.nodes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('settings.noAreas')}
            </Text>
          ) : (
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.area')}</Table.Th>
                  <Table.Th w={240}>{t('settings.areaValue', { unit })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {model.data.collaboration.areas.nodes.map((area) => (
                  <Table.Tr key={area.id}>
                    <Table.Td>{area.name}</Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('settings.areaValueOf', { area: area.name })}
                        placeholder="0"
                        inputMode="decimal"
                        size="xs"
                        disabled={locked}
                        value={form.values.areaValues[area.id] ?? ''}
                        error={areaError(area.id)}
                        onChange={(e) =>
                          form.setFieldValue(`areaValues.${area.id}`, e.currentTarget.value)
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        {!locked && (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('settings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
