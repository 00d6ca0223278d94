import { NoisyFiguresTable, type NoisyFigureRow } from '@alianza/ui';
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useT, type Translate } from '../../i18n';
import type { NoisyAggregatesFragment } from './benchmarks.generated';

/** A quantile's name in words: the quartiles and the median by name, others as percentiles. */
export function quantileName(t: Translate<'benchmarks'>, p: number): string {
  const named: Partial<Record<number, 'q25' | 'q50' | 'q75'>> = {
    0.25: 'q25',
    0.5: 'q50',
    0.75: 'q75',
  };
  const key = named[p];
  return key ? t(`privacy.${key}`) : t('privacy.percentile', { percent: Math.round(p * 100) });
}

/**
 * The noise a differentially private round's figures will carry, in plain words ("with 6
 * companies, the published average may differ from the true one by about ±X in 95 of 100
 * rounds"), and a warning when the noise covers much of the range.
 */
export function NoiseSummary(props: {
  noise: {
    count: number;
    mean?: { margin95: number } | null;
    quantiles: { p: number; margin95: number }[];
  };
  width: number;
  format: (value: number) => string;
}) {
  const { t } = useT('benchmarks');
  const { noise } = props;
  const margins = [noise.mean?.margin95 ?? 0, ...noise.quantiles.map((q) => q.margin95)];
  const tooNoisy = margins.some((m) => m >= 0.4 * props.width);
  return (
    <Alert
      color={tooNoisy ? 'yellow' : 'blue'}
      title={t('privacy.previewTitle')}
      icon={<IconShieldLock size={18} aria-hidden />}
      aria-live="polite"
    >
      <Stack gap={4}>
        <List size="sm">
          {noise.mean && (
            <List.Item>
              {t('privacy.previewMean', {
                count: noise.count,
                margin: props.format(noise.mean.margin95),
              })}
            </List.Item>
          )}
          {noise.quantiles.map((q) => (
            <List.Item key={q.p}>
              {t('privacy.previewQuantile', {
                count: noise.count,
                figure: quantileName(t, q.p),
                margin: props.format(q.margin95),
              })}
            </List.Item>
          ))}
        </List>
        {tooNoisy && <Text size="sm">{t('privacy.previewTooNoisy')}</Text>}
      </Stack>
    </Alert>
  );
}

/** The published noisy figures of a round, each with its margin. */
export function NoisyFigures(props: {
  result: NoisyAggregatesFragment;
  format: (value: number) => string;
}) {
  const { t } = useT('benchmarks');
  const { result } = props;
  const rows: NoisyFigureRow[] = [
    ...(result.mean ? [{ key: 'mean', name: t('privacy.mean'), ...result.mean }] : []),
    ...result.quantiles.map((q) => ({ key: String(q.p), name: quantileName(t, q.p), ...q })),
  ].map((row) => ({
    ...row,
    value: Number(row.valueDecimal),
    typical: row.basis === 'EVENLY_SPREAD_VALUES',
  }));
  return (
    <NoisyFiguresTable
      rows={rows}
      caption={t('privacy.published', { count: result.count })}
      labels={{
        figure: t('privacy.figure'),
        value: t('privacy.value'),
        margin: t('privacy.margin'),
        typically: t('privacy.typically'),
      }}
      format={props.format}
    />
  );
}
