import type { DisclosureStatus } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import {
  EnumBadge,
  LoadMore,
  QueryState,
  ResponsiveTable,
  type ResponsiveColumn,
  useEnumOptions,
  useLiveNotifications,
  useLoadMore,
} from '@alianza/ui';
import { Button, Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../../i18n';
import { useConsoleQueueQuery, type ConsoleQueueRequestFragment } from './queue.generated';
import { RequestFlags, useAudienceText, useRedactionSummary } from './request-flags';
import type { QueueDirectory } from './use-queue-directory';

export const STATUSES: readonly DisclosureStatus[] = [
  'PENDING',
  'CHANGES_REQUESTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
];
export type StatusFilter = DisclosureStatus | 'ALL';
const PAGE = 20;

/** Pending requests first; otherwise in the API's order (oldest first). */
export function pendingFirst<T extends { status: string }>(nodes: readonly T[]): T[] {
  return [...nodes].sort((a, b) => Number(b.status === 'PENDING') - Number(a.status === 'PENDING'));
}

/** The disclosure requests of a collaboration, filtered by status, refreshed live. */
export function QueueList(props: {
  collaborationId: string;
  directory: QueueDirectory;
  status: StatusFilter;
  onStatusChange: (status: StatusFilter) => void;
  onOpen: (requestId: string) => void;
}) {
  const { t } = useT('queue');
  const enumOptions = useEnumOptions();
  const query = useConsoleQueueQuery({
    variables: {
      collaborationId: props.collaborationId,
      status: props.status === 'ALL' ? undefined : props.status,
      first: PAGE,
    },
  });
  useLiveNotifications(['DISCLOSURE_PENDING'], () => void query.refetch());
  const connection = query.data?.disclosureRequests;
  const nodes = pendingFirst(connection?.nodes ?? []);

  const loadMoreState = useLoadMore(query, 'disclosureRequests');
  const columns = useQueueColumns(props.directory, props.status !== 'PENDING', props.onOpen);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('filter.status')}
          w={240}
          allowDeselect={false}
          value={props.status}
          onChange={(value) => value && props.onStatusChange(value as StatusFilter)}
          data={[
            ...enumOptions('DisclosureStatus', STATUSES),
            { value: 'ALL', label: t('filter.all') },
          ]}
        />
        <Button variant="default" size="xs" onClick={() => void query.refetch()}>
          {t('refresh')}
        </Button>
      </Group>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={nodes.length === 0}
        emptyText={props.status === 'PENDING' ? t('empty.pending') : t('empty.other')}
        onRetry={() => void query.refetch()}
      >
        <ResponsiveTable
          label={t('title')}
          minWidth={900}
          tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
          rows={nodes}
          rowKey={(request) => request.id}
          columns={columns}
        />
        <LoadMore {...loadMoreState} />
      </QueryState>
    </Stack>
  );
}

/** The queue's columns; on a phone each request is a card (ADR 0042). */
function useQueueColumns(
  directory: QueueDirectory,
  withStatus: boolean,
  onOpen: (requestId: string) => void,
): (ResponsiveColumn<ConsoleQueueRequestFragment> | false)[] {
  const { t } = useT('queue');
  const format = useFormat();
  const audience = useAudienceText(directory);
  const redaction = useRedactionSummary();
  return [
    {
      key: 'item',
      header: t('columns.item'),
      primary: true,
      cell: (request) => (
        <>
          <Text fw={600} size="sm">
            {request.itemVersion.title}
          </Text>
          <Text size="xs" c="dimmed">
            {t('from', {
              owner: directory.organizationName(request.ownerOrganizationId),
              area: directory.area(request.areaId)?.name ?? '',
            })}
          </Text>
        </>
      ),
    },
    {
      key: 'audience',
      header: t('columns.audience'),
      cell: (request) => <Text size="sm">{audience(request)}</Text>,
    },
    {
      key: 'flags',
      header: t('columns.flags'),
      th: { miw: 130 },
      cell: (request) => <RequestFlags request={request} directory={directory} />,
    },
    {
      key: 'redaction',
      header: t('columns.redaction'),
      cell: (request) => <Text size="sm">{redaction(request.proposedRedaction)}</Text>,
    },
    {
      key: 'expires',
      header: t('columns.expires'),
      cell: (request) => (
        <Text size="sm">{request.expiresAt ? format.date(request.expiresAt) : t('noExpiry')}</Text>
      ),
    },
    {
      key: 'requestedAt',
      header: t('columns.requestedAt'),
      cell: (request) => (
        <Text size="sm" title={format.dateTime(request.createdAt)}>
          {format.relative(request.createdAt)}
        </Text>
      ),
    },
    withStatus && {
      key: 'status',
      header: t('columns.status'),
      th: { miw: 170 },
      cell: (request) => <EnumBadge enum="DisclosureStatus" value={request.status} />,
    },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>,
      actions: true,
      cell: (request) => {
        const title = request.itemVersion.title;
        const pending = request.status === 'PENDING';
        return (
          <Button
            size="xs"
            variant={pending ? 'filled' : 'default'}
            onClick={() => onOpen(request.id)}
            aria-label={
              pending ? t('review.openPending', { title }) : t('review.openDecided', { title })
            }
          >
            {pending ? t('review.open') : t('review.view')}
          </Button>
        );
      },
    },
  ];
}
