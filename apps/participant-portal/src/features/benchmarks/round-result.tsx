import { BandChart, bandNameKey, BandTable, NoisyFiguresTable, placeFromBest } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Alert, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconGift, IconShieldLock, IconTrophy } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { PortalBenchmarkRoundFragment } from './benchmarks.generated';

export type RoundResultProps = Pick<
  PortalBenchmarkRoundFragment,
  | 'status'
  | 'closedAt'
  | 'unit'
  | 'k'
  | 'higherIsBetter'
  | 'result'
  | 'noisyResult'
  | 'resultHiddenReason'
  | 'mySubmission'
  | 'myBand'
  | 'myQuantilePosition'
>;

/**
 * What a participant gets from a round: the group averages and the group its own value fell in
 * (or, in a round with noise added, the noisy figures, their margins and where its value stands
 * among them) when it submitted and the round published; otherwise why not (still open, did not
 * give, withheld).
 */
export function RoundResult(props: { round: RoundResultProps }) {
  const { t } = useT('benchmarks');
  const tc = useT('common').t;
  const format = useFormat();
  const { round } = props;
  const value = (v: number | string) =>
    round.unit ? `${format.number(v)} ${round.unit}` : format.number(v);

  if (round.noisyResult) {
    return (
      <NoisyResult
        result={round.noisyResult}
        position={round.myQuantilePosition ?? null}
        yourValue={round.mySubmission ? value(round.mySubmission.valueDecimal) : null}
        format={value}
      />
    );
  }
  if (!round.result) {
    switch (round.resultHiddenReason) {
      case 'DID_NOT_SUBMIT':
        return (
          <Alert color="gray" icon={<IconGift size={18} aria-hidden />}>
            {t('result.didNotSubmit')}
          </Alert>
        );
      case 'WITHHELD':
        return (
          <Alert color="orange" icon={<IconShieldLock size={18} aria-hidden />}>
            {t('result.withheld')}
          </Alert>
        );
      default:
        return (
          <Text size="sm" c="dimmed">
            {round.status === 'CLOSED' ? t('result.computing') : t('result.notClosed')}
          </Text>
        );
    }
  }

  const r = round.result;
  // The chart places the exact averages on a scale: numbers from here on, shown with 2 decimals.
  const bands = r.bands.map((b) => ({ ...b, average: Number(b.averageDecimal) }));
  const myBand = round.myBand ?? null;
  return (
    <Stack gap="sm">
      {myBand !== null && r.bands.length > 1 && (
        <Group gap="xs">
          <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden>
            <IconTrophy size={16} />
          </ThemeIcon>
          <Text fw={600}>
            {t('result.position', {
              band: tc(bandNameKey(myBand, r.bands.length)),
              place: placeFromBest(myBand, r.bands.length, round.higherIsBetter),
              total: r.bands.length,
            })}
          </Text>
        </Group>
      )}
      {round.mySubmission && (
        <Text size="sm">
          {t('result.yourValue', { value: value(round.mySubmission.valueDecimal) })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {r.bands.length > 1
          ? t('result.published', { count: r.count })
          : t('result.publishedOneGroup', { count: r.count })}
      </Text>
      <BandChart
        bands={bands}
        format={value}
        marker={round.mySubmission ? Number(round.mySubmission.valueDecimal) : null}
        myBand={myBand}
      />
      <BandTable
        bands={bands}
        mean={Number(r.meanDecimal)}
        format={value}
        myBand={myBand}
        caption={t('result.promise', { k: round.k })}
      />
    </Stack>
  );
}

type NoisyFigures = NonNullable<PortalBenchmarkRoundFragment['noisyResult']>;

/** The published noisy figures of a round, with their margins, in plain words. */
function NoisyResult(props: {
  result: NoisyFigures;
  position: number | null;
  yourValue: string | null;
  format: (v: number) => string;
}) {
  const { t } = useT('benchmarks');
  const { result } = props;
  const named: Partial<Record<number, 'q25' | 'q50' | 'q75'>> = {
    0.25: 'q25',
    0.5: 'q50',
    0.75: 'q75',
  };
  const nameOf = (p: number) => {
    const name = named[p];
    return name ? t(`noisy.${name}`) : t('noisy.percentile', { percent: Math.round(p * 100) });
  };
  const rows = [
    ...(result.mean ? [{ key: 'mean', name: t('noisy.mean'), figure: result.mean }] : []),
    ...result.quantiles.map((q) => ({ key: String(q.p), name: nameOf(q.p), figure: q })),
  ];
  const headline = rows[0];
  return (
    <Stack gap="sm">
      {props.position !== null && result.quantiles.length > 0 && (
        <Group gap="xs">
          <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden>
            <IconTrophy size={16} />
          </ThemeIcon>
          <Text fw={600}>
            {t('noisy.position', { count: props.position, total: result.quantiles.length })}
          </Text>
        </Group>
      )}
      {props.yourValue && (
        <Text size="sm">{t('result.yourValue', { value: props.yourValue })}</Text>
      )}
      {headline && (
        <Alert color="blue" icon={<IconShieldLock size={18} aria-hidden />}>
          {t(headline.key === 'mean' ? 'noisy.introMean' : 'noisy.introQuantile', {
            figure: headline.name,
            margin: props.format(headline.figure.margin95),
          })}
        </Alert>
      )}
      <NoisyFiguresTable
        rows={rows.map((row) => ({
          key: row.key,
          name: row.name,
          ...row.figure,
          value: Number(row.figure.valueDecimal),
          typical: row.figure.basis === 'EVENLY_SPREAD_VALUES',
        }))}
        caption={t('noisy.drawnOnce', { count: result.count })}
        labels={{
          figure: t('noisy.figure'),
          value: t('noisy.value'),
          margin: t('noisy.margin'),
          typically: t('noisy.typically'),
        }}
        format={props.format}
      />
    </Stack>
  );
}
