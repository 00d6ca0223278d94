import { Group, Paper, SimpleGrid, Text, Title, Badge } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleCollaborationReportQuery } from './reports.generated';
import { Stat } from './stat';

type Participation = ConsoleCollaborationReportQuery['collaborationReport']['participation'];

/** Who takes part, who answered, and who has yet to accept the ground rules in force. */
export function ParticipationSection(props: { participation: Participation }) {
  const { t } = useT('reports');
  const p = props.participation;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-participation">
      <Title order={2} size="h4" id="report-participation" mb="sm">
        {t('participation.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Stat label={t('participation.accepted')} value={p.accepted} />
        <Stat label={t('participation.active')} value={p.active} />
        <Stat label={t('participation.invited')} value={p.invited} />
        <Stat label={t('participation.declined')} value={p.declined} />
        <Stat label={t('participation.withdrawn')} value={p.withdrawn} />
        <Stat
          label={t('participation.rulesVersion')}
          value={
            p.currentGroundRulesVersion === null
              ? t('participation.noRules')
              : t('participation.rulesVersionValue', { version: p.currentGroundRulesVersion })
          }
        />
      </SimpleGrid>
      {p.pendingAcceptance.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('participation.nonePending')}
        </Text>
      ) : (
        <Group gap="xs" mt="sm" aria-label={t('participation.pending')} role="group">
          <Text size="sm" fw={500}>
            {t('participation.pending')}:
          </Text>
          {p.pendingAcceptance.map((o) => (
            <Badge key={o.organizationId} color="yellow" variant="light">
              {o.name}
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}
