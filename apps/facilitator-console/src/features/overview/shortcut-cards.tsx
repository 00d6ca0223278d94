import { useCollaborationNeeds } from '../collaborations';
import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useT, useTitle } from '../../i18n';
import { Link } from 'react-router';

interface Shortcut {
  readonly key: 'queue' | 'grants' | 'plan' | 'ledger';
  readonly figures: readonly { label: string; value: number }[];
}

/** Cards to the queue, grants, plan and ledger, each with what waits there. */
export function ShortcutCards(props: { collaborationId: string }) {
  const { t } = useT('overview');
  const tc = useT('common').t;
  // The same names as the side navigation: each screen's own title.
  const title = useTitle();
  const { needs, loading, error } = useCollaborationNeeds(props.collaborationId);
  const shortcuts: Shortcut[] = [
    {
      key: 'queue',
      figures: [{ label: t('shortcuts.queue.count'), value: needs?.pendingDisclosures ?? 0 }],
    },
    {
      key: 'grants',
      figures: [{ label: t('shortcuts.grants.count'), value: needs?.grantsToReview ?? 0 }],
    },
    {
      key: 'plan',
      figures: [
        { label: t('shortcuts.plan.count'), value: needs?.overduePlan ?? 0 },
        { label: t('shortcuts.plan.proposals'), value: needs?.planProposals ?? 0 },
      ],
    },
    {
      key: 'ledger',
      figures: [{ label: t('shortcuts.ledger.count'), value: needs?.disputedEntries ?? 0 }],
    },
  ];
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('shortcuts.heading')}
      </Title>
      {Boolean(error) && !needs && (
        <Text size="sm" c="dimmed">
          {t('shortcuts.unavailable')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        {shortcuts.map((shortcut) => {
          const heading = title(shortcut.key);
          const pending = shortcut.figures.some((figure) => figure.value > 0);
          return (
            <Card
              key={shortcut.key}
              withBorder
              padding="md"
              style={pending ? { borderColor: 'var(--mantine-color-orange-4)' } : undefined}
            >
              <Stack gap="xs" h="100%" justify="space-between">
                <Title order={3} size="h5">
                  {heading}
                </Title>
                <Group gap="lg">
                  {shortcut.figures.map((figure) => (
                    <div key={figure.label}>
                      {loading && !needs ? (
                        <Skeleton h={28} w={32} />
                      ) : (
                        <Text fz={28} fw={700} lh={1.1} c={figure.value > 0 ? 'orange' : 'dimmed'}>
                          {figure.value}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {figure.label}
                      </Text>
                    </div>
                  ))}
                </Group>
                <Anchor
                  component={Link}
                  to={`/c/${props.collaborationId}/${shortcut.key}`}
                  size="sm"
                  aria-label={t('shortcuts.open', { title: heading })}
                >
                  <Group gap={4}>
                    {tc('actions.open')}
                    <IconArrowRight size={14} aria-hidden />
                  </Group>
                </Anchor>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
