import { BandChart, bandNameKey, BandTable, placeFromBest } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Alert, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconGift, IconShieldLock, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortalBenchmarkRoundFragment } from './benchmarks.generated';

export type RoundResultProps = Pick<
  PortalBenchmarkRoundFragment,
  | 'status'
  | 'closedAt'
  | 'unit'
  | 'k'
  | 'higherIsBetter'
  | 'result'
  | 'resultHiddenReason'
  | 'mySubmission'
  | 'myBand'
>;

/**
 * What a participant gets from a round: the group averages and the group its own value fell in
 * when it submitted and the round published; otherwise why not (still open, did not give,
 * withheld).
 */
export function RoundResult(props: { round: RoundResultProps }) {
  const { t } = useTranslation('benchmarks');
  const tc = useTranslation('common').t;
  const format = useFormat();
  const { round } = props;
  const value = (v: number) =>
    round.unit ? `${format.number(v)} ${round.unit}` : format.number(v);

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
        <Text size="sm">{t('result.yourValue', { value: value(round.mySubmission.value) })}</Text>
      )}
      <Text size="sm" c="dimmed">
        {r.bands.length > 1
          ? t('result.published', { count: r.count })
          : t('result.publishedOneGroup', { count: r.count })}
      </Text>
      <BandChart
        bands={r.bands}
        format={value}
        marker={round.mySubmission?.value ?? null}
        myBand={myBand}
      />
      <BandTable
        bands={r.bands}
        mean={r.mean}
        format={value}
        myBand={myBand}
        caption={t('result.promise', { k: round.k })}
      />
    </Stack>
  );
}
