import {
  EmptyState,
  LoadMore,
  PageHeader,
  QueryState,
  useCollaborationId,
  useLoadMore,
} from '@alianza/ui';
import { Alert, Select, Stack } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import type { ParticipationStatus } from '@alianza/graphql-client/types';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { SharedCard } from './shared-card';
import { useConsoleViewAsParticipantsQuery, useConsoleViewAsQuery } from './view-as.generated';

const PAGE = 20;

/** "View as": what one participant organization sees, read-only (`?org=`). */
export function ViewAsPage() {
  const { t } = useT('view-as');
  const collaborationId = useCollaborationId();
  const [params, setParams] = useSearchParams();
  const participants = useConsoleViewAsParticipantsQuery({ variables: { collaborationId } });
  const participations = participants.data?.collaboration.participations ?? [];
  const organizationId = params.get('org');
  const selected = participations.find((p) => p.organizationId === organizationId);
  const statusLabel = (status: ParticipationStatus) =>
    t(`common:enums.ParticipationStatus.${status}`);
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={participants.loading}
        error={participants.error}
        hasData={!!participants.data}
        empty={participations.length === 0}
        emptyText={t('noParticipants')}
        onRetry={() => void participants.refetch()}
      >
        <Select
          label={t('organization')}
          placeholder={t('organizationPlaceholder')}
          w={360}
          searchable
          value={selected ? selected.organizationId : null}
          onChange={(value) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              if (value) next.set('org', value);
              else next.delete('org');
              return next;
            })
          }
          data={participations.map((p) => ({
            value: p.organizationId,
            label: p.active
              ? p.organization.name
              : `${p.organization.name} (${statusLabel(p.status)})`,
          }))}
        />
        {!selected && <EmptyState text={t('choose')} />}
        {selected && (
          <SharedWith
            key={selected.organizationId}
            collaborationId={collaborationId}
            organizationId={selected.organizationId}
            organizationName={selected.organization.name}
          />
        )}
      </QueryState>
    </Stack>
  );
}

function SharedWith(props: {
  collaborationId: string;
  organizationId: string;
  organizationName: string;
}) {
  const { t } = useT('view-as');
  const query = useConsoleViewAsQuery({
    variables: {
      collaborationId: props.collaborationId,
      organizationId: props.organizationId,
      first: PAGE,
    },
  });
  const connection = query.data?.sharedWithOrganization;
  const loadMoreState = useLoadMore(query, 'sharedWithOrganization');
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light" icon={<IconEye size={18} />} role="status">
        <strong>{t('banner', { org: props.organizationName })}</strong>
        <br />
        {t('bannerHint')}
      </Alert>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={connection?.nodes.length === 0}
        emptyText={t('empty', { org: props.organizationName })}
        onRetry={() => void query.refetch()}
      >
        <Stack gap="sm">
          {connection?.nodes.map((item) => (
            <SharedCard key={item.grantId} item={item} />
          ))}
        </Stack>
        <LoadMore {...loadMoreState} />
      </QueryState>
    </Stack>
  );
}
