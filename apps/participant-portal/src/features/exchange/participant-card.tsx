import type { ContributionType } from '@alianza/graphql-client/types';
import { EnumBadge } from '@alianza/ui';
import { Badge, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type {
  PortalExchangeEntryFragment,
  PortalExchangeParticipationFragment,
} from './exchange.generated';
import { hasMatches, type PartyMatches } from './matching';

const PROFILE_FIELDS = ['whoWeAre', 'whatWeDo', 'whereWeAreGoing', 'mission'] as const;

/** Another participant: its profile, what it seeks and offers, and where it meets us. */
export function ParticipantCard(props: {
  participation: PortalExchangeParticipationFragment;
  matches: PartyMatches;
}) {
  const { t } = useT('exchange');
  const organization = props.participation.organization;
  return (
    <Card withBorder padding="md" component="article" aria-label={organization.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Title order={3} size="h4">
          {organization.name}
        </Title>
        <EnumBadge enum="OrganizationKind" value={organization.kind} />
      </Group>

      {hasMatches(props.matches) && <MatchHint matches={props.matches} />}

      <Stack gap="xs" component="dl" m={0} mt="sm">
        {PROFILE_FIELDS.map((field) => (
          <div key={field}>
            <Text component="dt" size="xs" fw={700} c="dimmed" tt="uppercase">
              {t(`profile.${field}`)}
            </Text>
            <Text
              component="dd"
              size="sm"
              m={0}
              c={organization[field] ? undefined : 'dimmed'}
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {organization[field] || t('profile.notStated')}
            </Text>
          </div>
        ))}
      </Stack>

      <Divider my="sm" />
      <SimpleGrid cols={2} spacing="md">
        <EntryList
          title={t('profile.seeks')}
          empty={t('profile.nothingSought')}
          entries={props.participation.seeks}
        />
        <EntryList
          title={t('profile.offers')}
          empty={t('profile.nothingOffered')}
          entries={props.participation.offers}
        />
      </SimpleGrid>
    </Card>
  );
}

function EntryList(props: {
  title: string;
  empty: string;
  entries: readonly PortalExchangeEntryFragment[];
}) {
  return (
    <div>
      <Title order={4} size="h6" mb={6}>
        {props.title}
      </Title>
      {props.entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {props.entries.map((entry) => (
            <li key={entry.id}>
              <EnumBadge enum="ContributionType" value={entry.contributionType} size="xs" />
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.description}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </div>
  );
}

function MatchHint(props: { matches: PartyMatches }) {
  const { t } = useT('exchange');
  const tc = useT('common').t;
  const line = (label: string, types: readonly ContributionType[]) =>
    types.length > 0 && (
      <Group gap={6}>
        <Text size="sm">{label}</Text>
        {types.map((type) => (
          <Badge key={type} color="grape" variant="light" size="sm">
            {tc(`enums.ContributionType.${type}`)}
          </Badge>
        ))}
      </Group>
    );
  return (
    <Card bg="var(--mantine-color-grape-0)" padding="xs" radius="sm">
      <Group gap={6} mb={4}>
        <IconArrowsExchange size={16} aria-hidden color="var(--mantine-color-grape-7)" />
        <Text size="sm" fw={700} c="grape.8">
          {t('matches.title')}
        </Text>
      </Group>
      <Stack gap={4}>
        {line(t('matches.theyOffer'), props.matches.theyOfferWhatWeSeek)}
        {line(t('matches.weOffer'), props.matches.weOfferWhatTheySeek)}
      </Stack>
    </Card>
  );
}
