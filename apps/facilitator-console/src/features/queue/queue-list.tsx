import type { DisclosureStatus } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import {
  EnumBadge,
  LoadMore,
  QueryState,
  useEnumOptions,
  useLiveNotifications,
  useLoadMore,
} from '@alianza/ui';
import { Button, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
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
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.item')}</Table.Th>
                <Table.Th>{t('columns.audience')}</Table.Th>
                <Table.Th miw={130}>{t('columns.flags')}</Table.Th>
                <Table.Th>{t('columns.redaction')}</Table.Th>
                <Table.Th>{t('columns.expires')}</Table.Th>
                <Table.Th>{t('columns.requestedAt')}</Table.Th>
                {props.status !== 'PENDING' && <Table.Th miw={170}>{t('columns.status')}</Table.Th>}
                <Table.Th>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nodes.map((request) => (
                <QueueRow
                  key={request.id}
                  request={request}
                  directory={props.directory}
                  withStatus={props.status !== 'PENDING'}
                  onOpen={() => props.onOpen(request.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore {...loadMoreState} />
      </QueryState>
    </Stack>
  );
}

function QueueRow(props: {
  request: ConsoleQueueRequestFragment;
  directory: QueueDirectory;
  withStatus: boolean;
  onOpen: () => void;
}) {
  const { t } = useT('queue');
  const format = useFormat();
  const audience = useAudienceText(props.directory);
  const redaction = useRedactionSummary();
  const { request, directory } = props;
  const title = request.itemVersion.title;
  const pending = request.status === 'PENDING';
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {t('from', {
            owner: directory.organizationName(request.ownerOrganizationId),
            area: directory.area(request.areaId)?.name ?? '',
          })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{audience(request)}</Text>
      </Table.Td>
      <Table.Td>
        <RequestFlags request={request} directory={directory} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{redaction(request.proposedRedaction)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{request.expiresAt ? format.date(request.expiresAt) : t('noExpiry')}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={format.dateTime(request.createdAt)}>
          {format.relative(request.createdAt)}
        </Text>
      </Table.Td>
      {props.withStatus && (
        <Table.Td>
          <EnumBadge enum="DisclosureStatus" value={request.status} />
        </Table.Td>
      )}
      <Table.Td>
        <Button
          size="xs"
          variant={pending ? 'filled' : 'default'}
          onClick={props.onOpen}
          aria-label={
            pending ? t('review.openPending', { title }) : t('review.openDecided', { title })
          }
        >
          {pending ? t('review.open') : t('review.view')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
