import { Group, Text, Tooltip } from '@mantine/core';
import { useT } from '../../i18n';

/** A small pulsing dot: this list refreshes by itself. */
export function LiveIndicator() {
  const { t } = useT('queue');
  return (
    <Tooltip label={t('live.hint')}>
      <Group
        gap={6}
        wrap="nowrap"
        tabIndex={0}
        aria-label={`${t('live.label')}: ${t('live.hint')}`}
      >
        <span
          aria-hidden
          style={{
            width: 8,
            height: 8,
            borderRadius: '50%',
            background: 'var(--mantine-color-teal-6)',
            boxShadow: '0 0 0 3px var(--mantine-color-teal-1)',
          }}
        />
        <Text size="sm" c="teal" fw={600}>
          {t('live.label')}
        </Text>
      </Group>
    </Tooltip>
  );
}
