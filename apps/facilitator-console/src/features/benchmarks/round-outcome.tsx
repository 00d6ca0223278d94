import { BandChart, BandTable } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Alert, Stack, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { ConsoleBenchmarkRoundFragment } from './benchmarks.generated';
import { NoisyFigures } from './noise-summary';

/** A number (or an exact decimal string) with the round's unit, in the user's locale. */
export function useValueFormat(unit: string): (value: number | string) => string {
  const format = useFormat();
  return (value) => (unit ? `${format.number(value)} ${unit}` : format.number(value));
}

/**
 * What a closed round gave: the published group averages (chart and table), the noisy figures
 * with their margins, or why nothing was published, in words.
 */
export function RoundOutcome(props: {
  round: Pick<
    ConsoleBenchmarkRoundFragment,
    | 'outcome'
    | 'withheldReason'
    | 'result'
    | 'noisyResult'
    | 'k'
    | 'dominanceCap'
    | 'unit'
    | 'summable'
  >;
}) {
  const { t } = useT('benchmarks');
  const format = useFormat();
  const value = useValueFormat(props.round.unit);
  const { round } = props;
  if (round.outcome === 'WITHHELD') {
    return (
      <Alert
        color="orange"
        title={t('outcome.withheldTitle')}
        icon={<IconShieldLock size={18} aria-hidden />}
      >
        <Stack gap={4}>
          <Text size="sm">
            {round.withheldReason &&
              t(`outcome.${round.withheldReason}`, {
                k: round.k,
                cap: format.percent(round.dominanceCap),
              })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('outcome.participantsTold')}
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (round.noisyResult) return <NoisyFigures result={round.noisyResult} format={value} />;
  if (!round.result) return null;
  const r = round.result;
  // The chart places the exact averages on a scale: numbers from here on, shown with 2 decimals.
  const bands = r.bands.map((b) => ({ ...b, average: Number(b.averageDecimal) }));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('outcome.published', { count: r.count })}</Text>
      <BandChart bands={bands} format={value} />
      <BandTable
        bands={bands}
        mean={Number(r.meanDecimal)}
        format={value}
        caption={t('outcome.promise', { k: round.k })}
      />
    </Stack>
  );
}
