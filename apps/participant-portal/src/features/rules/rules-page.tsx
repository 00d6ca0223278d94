import { EnumBadge, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Stack } from '@mantine/core';
import { useT } from '../../i18n';
import { useNavigate } from 'react-router';
import { DeclineInvitationButton } from '../home/decline-invitation-button';
import { AcceptanceBlock } from './acceptance-block';
import { AcceptanceHistory } from './acceptance-history';
import { CollaborationSummary } from './collaboration-summary';
import { GroundRulesView } from './ground-rules-view';
import { PublicationsList } from './publications-list';
import { usePortalRulesQuery } from './rules.generated';
import { useAcceptGroundRules } from './use-accept-ground-rules';

/** The collaboration's landing in the portal: what it is, its ground rules, and accepting them. */
export function RulesPage() {
  const { t } = useT('rules');
  const navigate = useNavigate();
  const collaborationId = useCollaborationId();
  const query = usePortalRulesQuery({ variables: { id: collaborationId } });
  const { accept, accepting } = useAcceptGroundRules();
  const c = query.data?.collaboration;
  const current = c?.groundRules ?? null;

  return (
    <>
      <PageHeader
        title={c?.title ?? t('title')}
        description={t('subtitle')}
        actions={c && <EnumBadge enum="CollaborationStatus" value={c.status} size="md" />}
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!c}
        onRetry={() => void query.refetch()}
      >
        {c && (
          <Stack gap="lg">
            {c.myParticipations.map((p) => (
              <AcceptanceBlock
                key={p.id}
                participation={p}
                currentVersion={current}
                collaborationStatus={c.status}
                accepting={accepting}
                onAccept={() => {
                  if (current) void accept(p.id, current.id, p.organization.name);
                }}
                invitationActions={
                  <DeclineInvitationButton
                    participationId={p.id}
                    organizationName={p.organization.name}
                    collaborationTitle={c.title}
                    onDeclined={() => void navigate('/')}
                  />
                }
              />
            ))}
            <CollaborationSummary collaboration={c} />
            <GroundRulesView current={current} versions={c.groundRulesVersions} />
            {c.myParticipations.map((p) => (
              <AcceptanceHistory
                key={p.id}
                participation={p}
                currentVersion={c.currentGroundRulesVersion}
              />
            ))}
            <PublicationsList
              collaborationId={c.id}
              active={c.myParticipations.some((p) => p.active)}
            />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
