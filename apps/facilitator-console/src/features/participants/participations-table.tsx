import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleParticipationRowFragment } from './participants.generated';
import { canInviteAgain, canWithdraw } from './participation-state';

export function ParticipationsTable(props: {
  participations: readonly ConsoleParticipationRowFragment[];
  currentVersion: number;
  /** False once the collaboration no longer changes (closed) or takes no invitations. */
  canChange: boolean;
  canInvite: boolean;
  onShowAcceptances: (participation: ConsoleParticipationRowFragment) => void;
  onWithdraw: (participation: ConsoleParticipationRowFragment) => void;
  onInviteAgain: (participation: ConsoleParticipationRowFragment) => void;
}) {
  const { t } = useT('participants');
  const tc = useT('common').t;
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.organization')}</Table.Th>
            <Table.Th miw={150}>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.invitedAt')}</Table.Th>
            <Table.Th>{t('table.respondedAt')}</Table.Th>
            <Table.Th>{t('table.rules')}</Table.Th>
            <Table.Th>{t('table.active')}</Table.Th>
            <Table.Th>{t('table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.participations.map((participation) => {
            const name = participation.organization.name;
            const accepted = participation.acceptedGroundRulesVersion;
            return (
              <Table.Tr key={participation.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {tc(`enums.OrganizationKind.${participation.organization.kind}`)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start" style={{ whiteSpace: 'nowrap' }}>
                    <EnumBadge enum="ParticipationStatus" value={participation.status} />
                    {/* The API also flags invited ones; their status already says they must accept. */}
                    {participation.status === 'ACCEPTED' && participation.mustAcceptGroundRules && (
                      <Text size="xs" c="orange">
                        {t('table.mustAccept', { version: props.currentVersion })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{format.date(participation.invitedAt)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{format.date(participation.respondedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={accepted !== null && accepted < props.currentVersion ? 'orange' : undefined}
                  >
                    {accepted === null
                      ? t('table.rulesNone')
                      : accepted === props.currentVersion
                        ? t('table.rulesCurrent', { accepted })
                        : t('table.rulesValue', { accepted, current: props.currentVersion })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={participation.active ? 'teal' : 'gray'}>
                    {participation.active ? tc('state.yes') : tc('state.no')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('history.openLabel', { name })}
                      onClick={() => props.onShowAcceptances(participation)}
                    >
                      {t('history.open')}
                    </Button>
                    {props.canChange && canWithdraw(participation) && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={
                          participation.status === 'ACCEPTED'
                            ? t('withdraw.participantLabel', { name })
                            : t('withdraw.invitationLabel', { name })
                        }
                        onClick={() => props.onWithdraw(participation)}
                      >
                        {participation.status === 'ACCEPTED'
                          ? t('withdraw.participant')
                          : t('withdraw.invitation')}
                      </Button>
                    )}
                    {props.canInvite && canInviteAgain(participation) && (
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-label={t('invite.againLabel', { name })}
                        onClick={() => props.onInviteAgain(participation)}
                      >
                        {t('invite.again')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
