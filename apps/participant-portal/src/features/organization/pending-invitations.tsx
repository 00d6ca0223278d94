import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { ActionIcon, Table, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';
import type { PortalOrganizationInvitationFragment } from './organization.generated';

/** The invitations the organization has sent and nobody has answered yet; owners withdraw them. */
export function PendingInvitations(props: {
  invitations: readonly PortalOrganizationInvitationFragment[];
  revoking: boolean;
  onRevoke: (invitation: PortalOrganizationInvitationFragment) => void;
}) {
  const { t } = useT('organization');
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" mt="lg" mb="xs" id={headingId}>
        {t('invitations.title')}
      </Title>
      {props.invitations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invitations.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invitations.email')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
                <Table.Th>{t('invitations.status')}</Table.Th>
                <Table.Th>{t('invitations.expires')}</Table.Th>
                <Table.Th>{t('members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>
                    <EnumBadge enum="MembershipRole" value={invitation.role} />
                  </Table.Td>
                  <Table.Td>
                    <EnumBadge enum="InvitationStatus" value={invitation.status} />
                  </Table.Td>
                  <Table.Td>{format.date(invitation.expiresAt)}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      disabled={props.revoking}
                      aria-label={t('invitations.revoke', { email: invitation.email })}
                      onClick={() => props.onRevoke(invitation)}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
