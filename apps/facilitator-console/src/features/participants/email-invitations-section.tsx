import { useFormat } from '@alianza/i18n';
import { EmptyState, LoadMore, QueryState, useAction, useLoadMore } from '@alianza/ui';
import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import {
  canResend,
  canWithdrawEmailInvitation,
  emailInvitationStage,
  STAGE_COLORS,
} from './email-invitation-state';
import {
  ConsoleCollaborationInvitationsDocument,
  useConsoleCollaborationInvitationsQuery,
  useConsoleResendCollaborationInvitationMutation,
  useConsoleWithdrawCollaborationInvitationMutation,
  type ConsoleCollaborationInvitationRowFragment,
} from './participants.generated';

/** Invitations per page. */
const PAGE = 20;

/** The collaboration's invitations by email: where each stands; resend or withdraw them. */
export function EmailInvitationsSection(props: { collaborationId: string; canInvite: boolean }) {
  const { t } = useT('participants');
  const headingId = useId();
  const { data, loading, error, refetch, fetchMore } = useConsoleCollaborationInvitationsQuery({
    variables: { collaborationId: props.collaborationId, first: PAGE },
  });
  const page = data?.collaboration.invitations;
  const invitations = page?.nodes ?? [];
  const more = useLoadMore({ data: { page }, fetchMore }, 'page');
  const [withdrawing, setWithdrawing] = useState<ConsoleCollaborationInvitationRowFragment | null>(
    null,
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {t('emailInvitations.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('emailInvitations.description')}
          </Text>
        </div>
        <QueryState
          loading={loading}
          error={error}
          hasData={Boolean(data)}
          onRetry={() => void refetch()}
        >
          {invitations.length === 0 ? (
            <EmptyState text={t('emailInvitations.empty')} />
          ) : (
            <EmailInvitationsTable
              invitations={invitations}
              canInvite={props.canInvite}
              onWithdraw={setWithdrawing}
            />
          )}
          <LoadMore {...more} />
        </QueryState>
      </Stack>
      <WithdrawEmailInvitationModal invitation={withdrawing} onClose={() => setWithdrawing(null)} />
    </Card>
  );
}

function EmailInvitationsTable(props: {
  invitations: readonly ConsoleCollaborationInvitationRowFragment[];
  canInvite: boolean;
  onWithdraw: (invitation: ConsoleCollaborationInvitationRowFragment) => void;
}) {
  const { t } = useT('participants');
  const format = useFormat();
  const run = useAction();
  const [resend, { loading: resending }] = useConsoleResendCollaborationInvitationMutation({
    refetchQueries: [ConsoleCollaborationInvitationsDocument],
  });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={t('emailInvitations.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('emailInvitations.address')}</Table.Th>
            <Table.Th>{t('emailInvitations.organization')}</Table.Th>
            <Table.Th>{t('emailInvitations.stage')}</Table.Th>
            <Table.Th>{t('emailInvitations.sent')}</Table.Th>
            <Table.Th>{t('emailInvitations.expires')}</Table.Th>
            <Table.Th>{t('emailInvitations.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.invitations.map((invitation) => {
            const stage = emailInvitationStage(invitation);
            const email = invitation.email;
            return (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm">{email}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{invitation.organizationName}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STAGE_COLORS[stage]}>
                    {t(`emailInvitations.stages.${stage}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {invitation.sendCount > 1
                      ? t('emailInvitations.sentTimes', {
                          date: format.date(invitation.sentAt),
                          count: invitation.sendCount,
                        })
                      : format.date(invitation.sentAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={stage === 'EXPIRED' ? 'orange' : undefined}>
                    {invitation.status === 'PENDING' || invitation.status === 'EXPIRED'
                      ? format.date(invitation.expiresAt)
                      : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {props.canInvite && canResend(invitation) && (
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={resending}
                        aria-label={t('emailInvitations.resendLabel', { email })}
                        onClick={() =>
                          void run(
                            () => resend({ variables: { invitationId: invitation.id } }),
                            t('emailInvitations.resent', { email }),
                          )
                        }
                      >
                        {t('emailInvitations.resend')}
                      </Button>
                    )}
                    {canWithdrawEmailInvitation(invitation) && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('emailInvitations.withdrawLabel', { email })}
                        onClick={() => props.onWithdraw(invitation)}
                      >
                        {t('emailInvitations.withdraw')}
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

function WithdrawEmailInvitationModal(props: {
  invitation: ConsoleCollaborationInvitationRowFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('participants');
  const tc = useT('common').t;
  const run = useAction();
  const [withdraw, { loading }] = useConsoleWithdrawCollaborationInvitationMutation({
    refetchQueries: [ConsoleCollaborationInvitationsDocument],
  });
  const email = props.invitation?.email ?? '';
  const confirm = async () => {
    if (!props.invitation) return;
    const id = props.invitation.id;
    const done = await run(
      () => withdraw({ variables: { invitationId: id } }),
      t('emailInvitations.withdrawn'),
    );
    if (done) props.onClose();
  };
  return (
    <Modal
      opened={props.invitation !== null}
      onClose={props.onClose}
      title={t('emailInvitations.withdrawHeading', { email })}
    >
      <Stack>
        <Text size="sm">{t('emailInvitations.withdrawWarning')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('emailInvitations.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
