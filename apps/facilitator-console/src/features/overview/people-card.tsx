import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import type { ConsoleOverviewQuery } from './overview.generated';

type Collaboration = ConsoleOverviewQuery['collaboration'];

/** Who facilitates, how many take part, and which ground rules are in force. */
export function PeopleCard(props: {
  collaborationId: string;
  facilitators: Collaboration['facilitators'];
  participations: Collaboration['participations'];
  groundRulesVersion: number;
}) {
  const { t } = useT('overview');
  const active = props.participations.filter((p) => p.active).length;
  const invited = props.participations.filter((p) => p.status === 'INVITED').length;
  const mustAccept = props.participations.filter(
    (p) => p.status === 'ACCEPTED' && !p.active,
  ).length;
  return (
    <Card withBorder padding="md" h="100%">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('people.facilitators')}
        </Title>
        <Text size="sm">{props.facilitators.map((f) => f.displayName).join(', ')}</Text>
        <Divider />
        <Title order={2} size="h4">
          {t('people.participants')}
        </Title>
        <Group gap="xl">
          <Count label={t('people.active')} value={active} />
          <Count label={t('people.invited')} value={invited} />
          {mustAccept > 0 && <Count label={t('people.mustAccept')} value={mustAccept} />}
        </Group>
        <Text size="sm">
          {props.groundRulesVersion > 0
            ? t('people.rulesInForce', { version: props.groundRulesVersion })
            : t('people.noRules')}
        </Text>
        <Anchor component={Link} to={`/c/${props.collaborationId}/participants`} size="sm">
          {t('people.manage')}
        </Anchor>
      </Stack>
    </Card>
  );
}

function Count(props: { label: string; value: number }) {
  return (
    <div>
      <Text fw={700} size="xl" lh={1.1}>
        {props.value}
      </Text>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
    </div>
  );
}
