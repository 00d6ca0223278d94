import { EmptyState } from '@alianza/ui';
import { Alert, SimpleGrid, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconInfoCircle } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useT } from '../../i18n';
import type { PortalExchangeParticipationFragment } from './exchange.generated';
import { hasMatches, matchParties } from './matching';
import { ParticipantCard } from './participant-card';

/** The other active participants as cards, with where each meets our organization. */
export function OtherParticipants(props: {
  us: PortalExchangeParticipationFragment;
  peers: readonly PortalExchangeParticipationFragment[];
}) {
  const { t } = useT('exchange');
  const headingId = useId();
  const withMatches = useMemo(
    () => props.peers.map((peer) => ({ peer, matches: matchParties(props.us, peer) })),
    [props.us, props.peers],
  );
  const matching = withMatches.filter((row) => hasMatches(row.matches)).length;

  const body = () => {
    if (!props.us.active) {
      return (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('others.notActive')}
        </Alert>
      );
    }
    if (props.peers.length === 0) return <EmptyState text={t('others.empty')} />;
    return (
      <>
        <Alert
          color={matching > 0 ? 'grape' : 'gray'}
          variant="light"
          icon={<IconArrowsExchange aria-hidden />}
          mb="md"
        >
          {matching > 0 ? t('others.summary', { count: matching }) : t('others.noSummary')}
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {withMatches.map(({ peer, matches }) => (
            <ParticipantCard key={peer.id} participation={peer} matches={matches} />
          ))}
        </SimpleGrid>
      </>
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('others.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('others.intro')}
      </Text>
      {body()}
    </section>
  );
}
