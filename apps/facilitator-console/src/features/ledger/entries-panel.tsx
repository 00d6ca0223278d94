import {
  EnumBadge,
  ErrorAlert,
  LoadMore,
  QueryState,
  useEnumLabel,
  useLoadMore,
} from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Alert, Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { LedgerEntryStatus } from '@alianza/graphql-client/types';
import { EntryActions } from './entry-actions';
import { useConsoleLedgerEntriesQuery } from './ledger.generated';
import type { LedgerModel } from './use-ledger';

type Filter = 'ALL' | LedgerEntryStatus;
const PAGE = 20;

/** Ledger entries by status, newest first, with the facilitator's confirm / dispute / settle. */
export function EntriesPanel(props: { model: LedgerModel }) {
  const { t } = useT('ledger');
  const label = useEnumLabel();
  const format = useFormat();
  const { model } = props;
  const [filter, setFilter] = useState<Filter>(model.disputedCount > 0 ? 'DISPUTED' : 'ALL');
  const query = useConsoleLedgerEntriesQuery({
    variables: {
      collaborationId: model.collaborationId,
      status: filter === 'ALL' ? null : filter,
      first: PAGE,
    },
    notifyOnNetworkStatusChange: false,
  });
  const page = query.data?.ledgerEntries;
  const loadMoreState = useLoadMore(query, 'ledgerEntries');
  const count = (n: number) => (n > 0 ? ` (${format.number(n)})` : '');
  return (
    <Stack>
      {model.disputedCount > 0 && (
        <Alert
          color="orange"
          title={t('entries.disputedAlertTitle', { count: model.disputedCount })}
        >
          {t('entries.disputedAlert')}
        </Alert>
      )}
      <SegmentedControl
        aria-label={t('entries.filter')}
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        style={{ alignSelf: 'flex-start' }}
        data={[
          { value: 'ALL', label: t('entries.all') },
          {
            value: 'PENDING',
            label: label('LedgerEntryStatus', 'PENDING') + count(model.pendingCount),
          },
          {
            value: 'DISPUTED',
            label: label('LedgerEntryStatus', 'DISPUTED') + count(model.disputedCount),
          },
          { value: 'CONFIRMED', label: label('LedgerEntryStatus', 'CONFIRMED') },
          { value: 'REJECTED', label: label('LedgerEntryStatus', 'REJECTED') },
        ]}
      />
      {query.error && page && (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!page}
        empty={page?.nodes.length === 0}
        emptyText={filter === 'ALL' ? t('entries.empty') : t('entries.emptyFiltered')}
        onRetry={() => void query.refetch()}
      >
        {page && (
          <>
            <Table.ScrollContainer minWidth={880}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('entries.date')}</Table.Th>
                    <Table.Th miw={170}>{t('entries.parties')}</Table.Th>
                    <Table.Th>{t('entries.description')}</Table.Th>
                    <Table.Th ta="right">{t('entries.value')}</Table.Th>
                    <Table.Th miw={130}>{t('entries.status')}</Table.Th>
                    <Table.Th>{t('entries.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.nodes.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {format.date(e.occurredOn)}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{model.organizationName(e.giverOrganizationId)}</Text>
                        <Text size="xs" c="dimmed">
                          {t('entries.to', {
                            receiver: model.organizationName(e.receiverOrganizationId),
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{e.description}</Text>
                        <Group gap={4} mt={2}>
                          <Badge size="xs" variant="outline" color="gray" tt="none">
                            {label('ContributionType', e.contributionType)}
                          </Badge>
                          {e.source === 'DISCLOSURE' && (
                            <Badge size="xs" variant="light" color="gray" tt="none">
                              {label('LedgerEntrySource', e.source)}
                            </Badge>
                          )}
                        </Group>
                        {e.disputeReason && (
                          <Text size="xs" c="orange">
                            {t('entries.disputeReason', { reason: e.disputeReason })}
                          </Text>
                        )}
                        {e.settleReason && (
                          <Text size="xs" c="dimmed">
                            {t('entries.settleReason', { reason: e.settleReason })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {model.amount(e.value)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <EnumBadge enum="LedgerEntryStatus" value={e.status} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {model.readOnly ? null : <EntryActions entry={e} model={model} />}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore {...loadMoreState} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
