import { Box, Table, Text } from '@mantine/core';
import { useT } from '../lib/i18n';
import { bandDomain, bandNameKey, positionPercent, type PublishedBand } from './band-scale';

/**
 * The published averages of a benchmark round on one axis: a mark per band (lowest values
 * first) and, optionally, one's own value. Only averages over groups are published, so there is
 * no minimum, maximum or single value to draw.
 */
export function BandChart(props: {
  bands: readonly PublishedBand[];
  /** Formats a number with its unit. */
  format: (value: number) => string;
  /** One's own value, drawn as a marker. */
  marker?: number | null;
  /** The band one's own value fell in, highlighted. */
  myBand?: number | null;
}) {
  const { t } = useT('common');
  const { bands, format, marker, myBand } = props;
  const hasMarker = marker !== null && marker !== undefined;
  const domain = bandDomain(
    bands.map((b) => b.average),
    hasMarker ? [marker] : [],
  );
  const at = (value: number) => `${positionPercent(value, domain)}%`;
  const name = (i: number) => t(bandNameKey(i, bands.length));
  return (
    <Box
      role="img"
      aria-label={t('bands.chartLabel', {
        bands: bands.map((b, i) => `${name(i)}: ${format(b.average)}`).join('; '),
      })}
      pos="relative"
      h={96}
      px="md"
    >
      <Box pos="relative" h="100%">
        <Box
          pos="absolute"
          top={30}
          left={0}
          right={0}
          h={2}
          bg="var(--mantine-color-gray-3)"
          aria-hidden
        />
        {bands.map((band, i) => (
          <Box
            key={band.fromRank}
            pos="absolute"
            top={22}
            w={18}
            h={18}
            style={{
              left: at(band.average),
              transform: 'translateX(-50%)',
              borderRadius: '50%',
              border: '2px solid var(--mantine-color-indigo-8)',
              background:
                i === myBand ? 'var(--mantine-color-teal-5)' : 'var(--mantine-color-indigo-2)',
            }}
            aria-hidden
          />
        ))}
        {hasMarker && (
          <Box
            pos="absolute"
            top={0}
            style={{ left: at(marker), transform: 'translateX(-50%)', textAlign: 'center' }}
            aria-hidden
          >
            <Text size="xs" fw={700} c="teal" lh={1}>
              {t('bands.you')}
            </Text>
            <Box
              w={10}
              h={40}
              mx="auto"
              style={{ borderLeft: '3px dashed var(--mantine-color-teal-7)' }}
            />
          </Box>
        )}
        {bands.map((band, i) => (
          <Text
            key={band.fromRank}
            pos="absolute"
            size="xs"
            c="dimmed"
            ta="center"
            style={{
              top: i % 2 === 0 ? 54 : 72,
              left: at(band.average),
              transform: 'translateX(-50%)',
              whiteSpace: 'nowrap',
            }}
            aria-hidden
          >
            {format(band.average)}
          </Text>
        ))}
      </Box>
    </Box>
  );
}

/**
 * The published figures as a table: each band's average with how many companies it averages,
 * then the average of all. `caption` states what is (and is not) published.
 */
export function BandTable(props: {
  bands: readonly PublishedBand[];
  mean: number;
  format: (value: number) => string;
  caption: string;
  myBand?: number | null;
}) {
  const { t } = useT('common');
  const { bands, mean, format, caption, myBand } = props;
  const count = bands.reduce((n, b) => n + b.toRank - b.fromRank + 1, 0);
  const rows = [
    ...(bands.length > 1
      ? bands.map((b, i) => ({
          key: `band-${b.fromRank}`,
          label: t(bandNameKey(i, bands.length)),
          size: b.toRank - b.fromRank + 1,
          average: b.average,
          mine: i === myBand,
        }))
      : []),
    { key: 'all', label: t('bands.all'), size: count, average: mean, mine: false },
  ];
  return (
    <Table withTableBorder maw={520}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('bands.group')}</Table.Th>
          <Table.Th ta="right">{t('bands.companies')}</Table.Th>
          <Table.Th ta="right">{t('bands.average')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} fw={row.mine ? 700 : undefined}>
            <Table.Th scope="row">
              {row.mine ? t('bands.mine', { name: row.label }) : row.label}
            </Table.Th>
            <Table.Td ta="right">{row.size}</Table.Td>
            <Table.Td ta="right">{format(row.average)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
