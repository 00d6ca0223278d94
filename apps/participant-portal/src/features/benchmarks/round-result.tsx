import { QuartileBox } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Alert, Group, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconGift, IconShieldLock, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortalBenchmarkRoundFragment } from './benchmarks.generated';

export type RoundResultProps = Pick<
  PortalBenchmarkRoundFragment,
  'status' | 'closedAt' | 'unit' | 'result' | 'resultHiddenReason' | 'mySubmission' | 'myPosition'
>;

/**
 * What a participant gets from a round: the aggregates and its own quarter when it submitted
 * and the round published; otherwise why not (still open, did not give, withheld).
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
  const rows: [string, string][] = [
    [t('result.firstQuartile'), value(r.firstQuartile)],
    [t('result.median'), value(r.median)],
    [t('result.thirdQuartile'), value(r.thirdQuartile)],
    ...(r.mean === null ? [] : [[t('result.mean'), value(r.mean)] as [string, string]]),
  ];
  return (
    <Stack gap="sm">
      {round.myPosition && (
        <Group gap="xs">
          <ThemeIcon color="teal" variant="light" radius="xl" aria-hidden>
            <IconTrophy size={16} />
          </ThemeIcon>
          <Text fw={600}>
            {t('result.position', {
              position: tc(`enums.BenchmarkPosition.${round.myPosition}`).toLowerCase(),
            })}
          </Text>
        </Group>
      )}
      {round.mySubmission && (
        <Text size="sm">{t('result.yourValue', { value: value(round.mySubmission.value) })}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('result.published', { count: r.count })}
      </Text>
      <QuartileBox quartiles={r} format={value} marker={round.mySubmission?.value ?? null} />
      <Table withTableBorder maw={420}>
        <Table.Caption>{t('result.neverMinMax')}</Table.Caption>
        <Table.Tbody>
          {rows.map(([label, text]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td ta="right">{text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
