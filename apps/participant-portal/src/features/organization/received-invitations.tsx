import { useFormat } from '@alianza/i18n';
import { EnumBadge, QueryState, useSession } from '@alianza/ui';
import { Button, Card, Group, Stack, Text, Title, type MantineSpacing } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';
import {
  usePortalMyOrganizationInvitationsQuery,
  type PortalReceivedInvitationFragment,
} from './organization.generated';
import { useInvitationAnswers } from './use-invitation-answers';

/** Invitations addressed to the signed-in person's email, each to accept or decline. */
export function ReceivedInvitationsList(props: {
  invitations: readonly PortalReceivedInvitationFragment[];
  email: string;
  busy: boolean;
  onAccept: (invitation: PortalReceivedInvitationFragment) => void;
  onDecline: (invitation: PortalReceivedInvitationFragment) => void;
}) {
  const { t } = useT('organization');
  const format = useFormat();
  if (props.invitations.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('received.empty', { email: props.email })}
      </Text>
    );
  return (
    <Stack gap="sm">
      {props.invitations.map((invitation) => (
        <Card key={invitation.id} withBorder padding="sm" component="article">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={4}>
              <Text fw={600}>{invitation.organizationName}</Text>
              <Text size="sm">
                {t('received.from', { name: invitation.invitedByName })}{' '}
                <EnumBadge enum="MembershipRole" value={invitation.role} />
              </Text>
              {invitation.role === 'OWNER' && (
                <Text size="xs" c="dimmed">
                  {t('received.asOwner')}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('received.expires', { date: format.date(invitation.expiresAt) })}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconX size={16} aria-hidden />}
                disabled={props.busy}
                aria-label={t('received.declineOf', { organization: invitation.organizationName })}
                onClick={() => props.onDecline(invitation)}
              >
                {t('received.decline')}
              </Button>
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                disabled={props.busy}
                aria-label={t('received.acceptOf', { organization: invitation.organizationName })}
                onClick={() => props.onAccept(invitation)}
              >
                {t('received.accept')}
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/**
 * The signed-in person's invitations to join organizations. Without `showEmpty` it shows nothing
 * when there are none (a screen where invitations are the exception).
 */
export function ReceivedInvitations(props: { showEmpty?: boolean; mb?: MantineSpacing }) {
  const { t } = useT('organization');
  const headingId = useId();
  const { user } = useSession();
  const query = usePortalMyOrganizationInvitationsQuery();
  const answers = useInvitationAnswers();
  const invitations = query.data?.myOrganizationInvitations ?? [];
  if (!props.showEmpty && !query.error && invitations.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} mb={props.mb}>
      <Title order={2} size="h3" mb="md" id={headingId}>
        {t('received.title')}
      </Title>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        onRetry={() => void query.refetch()}
      >
        <ReceivedInvitationsList
          invitations={invitations}
          email={user.email}
          busy={answers.busy}
          onAccept={(invitation) => void answers.accept(invitation.id, invitation.organizationName)}
          onDecline={(invitation) => void answers.decline(invitation.id)}
        />
      </QueryState>
    </Card>
  );
}
