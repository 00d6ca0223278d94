import { useFormat } from '@alianza/i18n';
import { EnumBadge, QueryState, useLoadMore } from '@alianza/ui';
import {
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFiles } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { grantRows, type GrantRow, type StateFilter } from './grant-rows';
import { RevokeGrantModal, type GrantTarget } from './grant-dialogs';
import { GrantFileAccesses } from './grant-file-accesses';
import { useConsoleGrantsQuery } from './grants.generated';
import type { GrantsDirectory } from './use-grants-directory';

const PAGE = 25;
const COLUMNS = 7;

/** Every grant of the collaboration, item by item, with revocation. */
export function GrantsTable(props: { collaborationId: string; directory: GrantsDirectory }) {
  const { t } = useT('grants');
  const [state, setState] = useState<StateFilter>('ALL');
  const [revoking, setRevoking] = useState<GrantTarget | null>(null);
  const query = useConsoleGrantsQuery({
    variables: { collaborationId: props.collaborationId, first: PAGE },
  });
  const connection = query.data?.items;
  const rows = grantRows(connection?.nodes ?? [], state);

  const more = useLoadMore(query, 'items');

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('filter.label')}
        value={state}
        onChange={(value) => setState(value as StateFilter)}
        data={[
          { value: 'ALL', label: t('filter.all') },
          { value: 'ACTIVE', label: t('common:enums.GrantState.ACTIVE') },
          { value: 'EXPIRED', label: t('common:enums.GrantState.EXPIRED') },
          { value: 'REVOKED', label: t('common:enums.GrantState.REVOKED') },
        ]}
        w="fit-content"
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={rows.length === 0}
        emptyText={state === 'ALL' ? t('empty.all') : t('empty.state')}
        onRetry={() => void query.refetch()}
      >
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.item')}</Table.Th>
                <Table.Th>{t('columns.recipient')}</Table.Th>
                <Table.Th miw={120}>{t('columns.state')}</Table.Th>
                <Table.Th>{t('columns.validUntil')}</Table.Th>
                <Table.Th>{t('columns.reference')}</Table.Th>
                <Table.Th>{t('columns.grantedAt')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <GrantTableRow
                  key={row.grant.id}
                  row={row}
                  collaborationId={props.collaborationId}
                  directory={props.directory}
                  onRevoke={setRevoking}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
      {connection && connection.totalCount > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('itemsShown', { shown: connection.nodes.length, total: connection.totalCount })}
          </Text>
          {connection.pageInfo.hasNextPage && (
            <Button variant="default" size="xs" loading={more.loading} onClick={more.onLoadMore}>
              {t('common:actions.loadMore')}
            </Button>
          )}
        </Group>
      )}
      <RevokeGrantModal target={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}

function GrantTableRow(props: {
  row: GrantRow;
  collaborationId: string;
  directory: GrantsDirectory;
  onRevoke: (target: GrantTarget) => void;
}) {
  const { t } = useT('grants');
  const format = useFormat();
  const { grant, title, version } = props.row;
  const [filesOpen, setFilesOpen] = useState(false);
  const recipientName = props.directory.organizationName(grant.recipientOrganizationId);
  const stateBadge = <EnumBadge enum="GrantState" value={grant.state} />;
  const fileCount = grant.redaction.files.length;
  const filesRowId = `grant-files-${grant.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Anchor
            component={Link}
            to={`/c/${props.collaborationId}/queue?request=${grant.requestId}`}
            fw={600}
            size="sm"
          >
            {title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('itemMeta', {
              version: version ?? '—',
              owner: props.directory.organizationName(grant.ownerOrganizationId),
              area: props.directory.areaName(props.row.areaId),
            })}
          </Text>
          {fileCount > 0 && (
            <Button
              variant="subtle"
              size="compact-xs"
              mt={4}
              leftSection={<IconFiles size={14} aria-hidden />}
              rightSection={
                filesOpen ? (
                  <IconChevronDown size={14} aria-hidden />
                ) : (
                  <IconChevronRight size={14} aria-hidden />
                )
              }
              aria-expanded={filesOpen}
              aria-controls={filesOpen ? filesRowId : undefined}
              aria-label={t('files.buttonLabel', { recipient: recipientName, title })}
              onClick={() => setFilesOpen((open) => !open)}
            >
              {t('files.button', { count: fileCount })}
            </Button>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{recipientName}</Text>
        </Table.Td>
        <Table.Td>
          {grant.state === 'REVOKED' ? (
            <Tooltip
              label={t('revokedAt', {
                date: format.dateTime(grant.revokedAt),
                reason: grant.revokeReason || t('noReason'),
              })}
              multiline
              w={260}
            >
              <span tabIndex={0}>{stateBadge}</span>
            </Tooltip>
          ) : (
            stateBadge
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {grant.validUntil ? format.date(grant.validUntil) : t('noExpiry')}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {grant.reference}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {format.date(grant.createdAt)}
          </Text>
        </Table.Td>
        <Table.Td>
          {grant.state === 'ACTIVE' && (
            <Button
              size="xs"
              variant="outline"
              color="red"
              aria-label={t('revoke.buttonLabel', { recipient: recipientName, title })}
              onClick={() => props.onRevoke({ grant, title, recipientName })}
            >
              {t('revoke.button')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {filesOpen && (
        <Table.Tr id={filesRowId}>
          <Table.Td colSpan={COLUMNS}>
            <GrantFileAccesses grant={grant} directory={props.directory} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
