import { EmptyState, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Button, Card, Stack, Tooltip } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { AcceptancesDrawer } from './acceptances-drawer';
import { EmailInvitationsSection } from './email-invitations-section';
import { InviteModal, type InviteTarget } from './invite-modal';
import type { ConsoleParticipationRowFragment } from './participants.generated';
import { useConsoleParticipantsQuery } from './participants.generated';
import { busyOrganizationIds, takesInvitations } from './participation-state';
import { ParticipationsTable } from './participations-table';
import { WithdrawModal } from './withdraw-modal';

export function ParticipantsPage() {
  const { t } = useT('participants');
  const collaborationId = useCollaborationId();
  const { data, loading, error, refetch } = useConsoleParticipantsQuery({
    variables: { id: collaborationId },
  });
  const collaboration = data?.collaboration;
  const participations = useMemo(() => collaboration?.participations ?? [], [collaboration]);
  const busy = useMemo(() => busyOrganizationIds(participations), [participations]);
  const [inviting, setInviting] = useState<{ target: InviteTarget | null } | null>(null);
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = participations.find((p) => p.id === shownId) ?? null;
  const [withdrawing, setWithdrawing] = useState<ConsoleParticipationRowFragment | null>(null);
  const canInvite = collaboration ? takesInvitations(collaboration.status) : false;
  const inviteButton = (
    <Button
      leftSection={<IconUserPlus size={16} aria-hidden />}
      disabled={!canInvite}
      onClick={() => setInviting({ target: null })}
    >
      {t('invite.open')}
    </Button>
  );
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          collaboration && !canInvite ? (
            <Tooltip label={t('invite.closedHint')}>
              <span>{inviteButton}</span>
            </Tooltip>
          ) : (
            inviteButton
          )
        }
      />
      <Card withBorder padding="md">
        <QueryState
          loading={loading}
          error={error}
          hasData={Boolean(collaboration)}
          onRetry={() => void refetch()}
        >
          {collaboration && participations.length === 0 ? (
            <EmptyState text={t('empty')} />
          ) : (
            collaboration && (
              <ParticipationsTable
                participations={participations}
                currentVersion={collaboration.currentGroundRulesVersion}
                canChange={collaboration.status !== 'CLOSED'}
                canInvite={canInvite}
                onShowAcceptances={(participation) => setShownId(participation.id)}
                onWithdraw={setWithdrawing}
                onInviteAgain={(participation) =>
                  setInviting({
                    target: {
                      id: participation.organizationId,
                      name: participation.organization.name,
                    },
                  })
                }
              />
            )
          )}
        </QueryState>
      </Card>
      <EmailInvitationsSection collaborationId={collaborationId} canInvite={canInvite} />
      <InviteModal
        collaborationId={collaborationId}
        opened={inviting !== null}
        onClose={() => setInviting(null)}
        busyOrganizationIds={busy}
        target={inviting?.target}
      />
      <AcceptancesDrawer
        participation={shown}
        currentVersion={collaboration?.currentGroundRulesVersion ?? 0}
        onClose={() => setShownId(null)}
      />
      <WithdrawModal participation={withdrawing} onClose={() => setWithdrawing(null)} />
    </Stack>
  );
}
