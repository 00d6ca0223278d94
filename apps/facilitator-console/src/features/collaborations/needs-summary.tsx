import { Anchor, Badge, Group, Loader, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { pendingNeeds } from './needs';
import { useCollaborationNeeds } from './use-collaboration-needs';

/** The "needs me" of one collaboration as links to where each is handled. */
export function NeedsSummary(props: { collaborationId: string }) {
  const { t } = useT('collaborations');
  const { needs, loading, error } = useCollaborationNeeds(props.collaborationId);
  if (!needs) {
    if (loading)
      return (
        <Group gap={6}>
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('needs.checking')}
          </Text>
        </Group>
      );
    return (
      <Text size="sm" c="dimmed">
        {error ? t('needs.unavailable') : t('needs.nothing')}
      </Text>
    );
  }
  const items = pendingNeeds(needs, props.collaborationId);
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('needs.nothing')}
      </Text>
    );
  return (
    <Group gap={6}>
      {items.map((item) => (
        <Anchor key={item.key} component={Link} to={item.to} underline="never">
          <Badge
            variant="light"
            color={item.key === 'overduePlan' || item.key === 'disputedEntries' ? 'orange' : 'blue'}
            style={{ cursor: 'pointer', textTransform: 'none' }}
          >
            {t('needs.link', { label: t(`needs.${item.key}`), count: item.count })}
          </Badge>
        </Anchor>
      ))}
    </Group>
  );
}
