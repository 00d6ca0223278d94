import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { positionPercent, quartileDomain, type Quartiles } from './quartile-scale';

/**
 * A box-plot without whiskers: the box spans Q1–Q3 with the median inside. The minimum and
 * maximum are never published, so there is nothing to draw beyond the quartiles.
 */
export function QuartileBox(props: {
  quartiles: Quartiles;
  /** Formats a number with its unit. */
  format: (value: number) => string;
  /** One's own value, drawn as a marker. */
  marker?: number | null;
}) {
  const { t } = useTranslation('common');
  const { quartiles: q, format, marker } = props;
  const domain = quartileDomain(q, marker === null || marker === undefined ? [] : [marker]);
  const at = (value: number) => `${positionPercent(value, domain)}%`;
  const left = positionPercent(q.firstQuartile, domain);
  const right = positionPercent(q.thirdQuartile, domain);
  const labels = [
    { key: 'q1', value: q.firstQuartile },
    { key: 'median', value: q.median },
    { key: 'q3', value: q.thirdQuartile },
  ];
  return (
    <Box
      role="img"
      aria-label={t('quartileBox.label', {
        q1: format(q.firstQuartile),
        median: format(q.median),
        q3: format(q.thirdQuartile),
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
        <Box
          pos="absolute"
          top={14}
          h={34}
          style={{
            left: `${left}%`,
            width: `${Math.max(right - left, 0.5)}%`,
            border: '2px solid var(--mantine-color-indigo-6)',
            background: 'var(--mantine-color-indigo-1)',
            borderRadius: 4,
          }}
          aria-hidden
        />
        <Box
          pos="absolute"
          top={10}
          h={42}
          w={3}
          bg="var(--mantine-color-indigo-8)"
          style={{ left: at(q.median), transform: 'translateX(-50%)' }}
          aria-hidden
        />
        {marker !== null && marker !== undefined && (
          <Box
            pos="absolute"
            top={0}
            style={{ left: at(marker), transform: 'translateX(-50%)', textAlign: 'center' }}
            aria-hidden
          >
            <Text size="xs" fw={700} c="teal.8" lh={1}>
              {t('quartileBox.you')}
            </Text>
            <Box
              w={10}
              h={40}
              mx="auto"
              style={{ borderLeft: '3px dashed var(--mantine-color-teal-7)' }}
            />
          </Box>
        )}
        {labels.map((label, i) => (
          <Text
            key={label.key}
            pos="absolute"
            size="xs"
            c="dimmed"
            ta="center"
            style={{
              top: i === 1 ? 72 : 54,
              left: at(label.value),
              transform: 'translateX(-50%)',
              whiteSpace: 'nowrap',
            }}
            aria-hidden
          >
            {t(`quartileBox.${label.key}`)} {format(label.value)}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
