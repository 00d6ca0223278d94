import type { MembershipRole } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import { EnumBadge, useEnumOptions, useSession } from '@alianza/ui';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import type {
  PortalOrganizationMemberFragment,
  PortalOrganizationProfileFragment,
} from './organization.generated';
import { InviteMemberForm } from './invite-member-form';
import { PendingInvitations } from './pending-invitations';
import { useMemberActions } from './use-member-actions';

const ROLES: readonly MembershipRole[] = ['OWNER', 'MEMBER'];

/** Who belongs to the organization and with what role; owners invite people and manage the list. */
export function MembersSection(props: { organization: PortalOrganizationProfileFragment }) {
  const { t } = useT('organization');
  const format = useFormat();
  const headingId = useId();
  const { user } = useSession();
  const roleOptions = useEnumOptions()('MembershipRole', ROLES);
  const o = props.organization;
  const isOwner = o.myRole === 'OWNER';
  const actions = useMemberActions(o.id);
  // Kept after closing so the dialog does not change while it fades out.
  const [removing, setRemoving] = useState<PortalOrganizationMemberFragment | null>(null);
  const [removeOpened, setRemoveOpened] = useState(false);
  const closeRemove = () => setRemoveOpened(false);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" mb="md" id={headingId}>
        {t('members.title')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.since')}</Table.Th>
              {isOwner && <Table.Th>{t('members.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.member.displayName}
                  {m.member.id === user.id && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({t('members.you')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.member.email}</Table.Td>
                <Table.Td>
                  {isOwner ? (
                    <Select
                      aria-label={t('members.roleOf', { name: m.member.displayName })}
                      data={roleOptions}
                      value={m.role}
                      allowDeselect={false}
                      size="xs"
                      w={160}
                      disabled={actions.changing}
                      onChange={(role) => {
                        if (role && role !== m.role)
                          void actions.changeRole(m.id, role as MembershipRole);
                      }}
                    />
                  ) : (
                    <EnumBadge enum="MembershipRole" value={m.role} />
                  )}
                </Table.Td>
                <Table.Td>{format.date(m.createdAt)}</Table.Td>
                {isOwner && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('members.remove', { name: m.member.displayName })}
                      onClick={() => {
                        setRemoving(m);
                        setRemoveOpened(true);
                      }}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {isOwner ? (
        <>
          <PendingInvitations
            invitations={o.pendingInvitations}
            revoking={actions.revoking}
            onRevoke={(invitation) => void actions.revoke(invitation.id)}
          />
          <InviteMemberForm
            inviting={actions.inviting}
            onInvite={async (email, role, locale) =>
              (await actions.invite(email, role, locale)) !== undefined
            }
          />
        </>
      ) : (
        <Text size="sm" c="dimmed" mt="md">
          {t('readOnly')}
        </Text>
      )}

      <Modal
        opened={removeOpened}
        onClose={closeRemove}
        title={t('members.removeTitle', { name: removing?.member.displayName ?? '' })}
        centered
      >
        <Stack>
          <Text size="sm">
            {t('members.removeBody', {
              name: removing?.member.displayName ?? '',
              organization: o.name,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeRemove} disabled={actions.removing}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={actions.removing}
              onClick={() => {
                if (!removing) return;
                void actions.remove(removing.id).then((result) => {
                  if (result) closeRemove();
                });
              }}
            >
              {t('members.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
