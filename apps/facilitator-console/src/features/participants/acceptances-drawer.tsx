import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { Badge, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleParticipationRowFragment } from './participants.generated';

/** One participation in detail: invitation, last reason, and every ground rules acceptance. */
export function AcceptancesDrawer(props: {
  participation: ConsoleParticipationRowFragment | null;
  currentVersion: number;
  onClose: () => void;
}) {
  const { t } = useT('participants');
  const format = useFormat();
  const participation = props.participation;
  return (
    <Drawer
      opened={participation !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={participation ? t('history.heading', { name: participation.organization.name }) : ''}
    >
      {participation && (
        <Stack>
          <Group gap="xs">
            <EnumBadge enum="ParticipationStatus" value={participation.status} />
            <EnumBadge enum="OrganizationKind" value={participation.organization.kind} />
          </Group>
          <div>
            <Title order={3} size="h5">
              {t('history.invitation')}
            </Title>
            <Text
              size="sm"
              style={{ whiteSpace: 'pre-wrap' }}
              c={participation.invitationMessage ? undefined : 'dimmed'}
            >
              {participation.invitationMessage || t('history.noMessage')}
            </Text>
          </div>
          {participation.statusReason && (
            <div>
              <Title order={3} size="h5">
                {t('history.reason')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {participation.statusReason}
              </Text>
            </div>
          )}
          <div>
            <Title order={3} size="h5">
              {t('history.accepted')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('history.currentVersion', { version: props.currentVersion })}
            </Text>
          </div>
          {participation.groundRulesAcceptances.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('history.none')}
            </Text>
          ) : (
            <Table aria-label={t('history.accepted')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.version')}</Table.Th>
                  <Table.Th>{t('history.acceptedAt')}</Table.Th>
                  <Table.Th>{t('history.acceptedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {participation.groundRulesAcceptances.map((acceptance) => (
                  <Table.Tr key={acceptance.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm">{acceptance.version}</Text>
                        {acceptance.version === props.currentVersion && (
                          <Badge size="xs" variant="light" color="teal">
                            {t('history.current')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{format.dateTime(acceptance.acceptedAt)}</Table.Td>
                    <Table.Td>{acceptance.acceptedByName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
