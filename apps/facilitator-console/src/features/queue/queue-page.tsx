import { PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Stack } from '@mantine/core';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { LiveIndicator } from './live-indicator';
import { QueueList, STATUSES, type StatusFilter } from './queue-list';
import { RequestReview } from './request-review';
import { useQueueDirectory } from './use-queue-directory';

/** The facilitator's queue (`?status=`) and the review of one request (`?request=`). */
export function QueuePage() {
  const { t } = useT('queue');
  const collaborationId = useCollaborationId();
  const [params, setParams] = useSearchParams();
  const { directory, ready, loading, error, refetch } = useQueueDirectory(collaborationId);
  const requestId = params.get('request');
  const rawStatus = params.get('status');
  const status: StatusFilter =
    rawStatus === 'ALL' || STATUSES.includes(rawStatus as never)
      ? (rawStatus as StatusFilter)
      : 'PENDING';

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  return (
    <QueryState loading={loading} error={error} hasData={ready} onRetry={() => void refetch()}>
      {requestId ? (
        <RequestReview
          key={requestId}
          requestId={requestId}
          collaborationId={collaborationId}
          directory={directory}
          onBack={() => update({ request: null })}
        />
      ) : (
        <Stack gap="md">
          <PageHeader
            title={t('title')}
            description={t('description')}
            actions={<LiveIndicator />}
          />
          <QueueList
            collaborationId={collaborationId}
            directory={directory}
            status={status}
            onStatusChange={(value) => update({ status: value === 'PENDING' ? null : value })}
            onOpen={(id) => update({ request: id })}
          />
        </Stack>
      )}
    </QueryState>
  );
}
