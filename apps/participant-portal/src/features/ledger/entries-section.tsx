import type { LedgerEntryStatus } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import { EnumBadge, LoadMore, QueryState, useAction, useLoadMore } from '@alianza/ui';
import { Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { EntryActions } from './entry-actions';
import { disclosureReference, entryDirection, type LedgerEntry } from './ledger-helpers';
import {
  PortalLedgerDocument,
  PortalLedgerEntriesDocument,
  usePortalConfirmLedgerEntryMutation,
  usePortalDisputeLedgerEntryMutation,
  usePortalLedgerEntriesQuery,
} from './ledger.generated';

const PAGE = 20;
const FILTERS = ['ALL', 'PENDING', 'CONFIRMED', 'DISPUTED', 'REJECTED'] as const;
type Filter = (typeof FILTERS)[number];

/** The entries involving our organization, newest first, with confirm/dispute on ours to answer. */
export function EntriesSection(props: {
  collaborationId: string;
  organizationId: string;
  names: ReadonlyMap<string, string>;
  formatValue: (value: string) => string;
  /** False once the collaboration is closed: entries are read-only. */
  canAct: boolean;
}) {
  const { t } = useT('ledger');
  const [filter, setFilter] = useState<Filter>('ALL');
  const status: LedgerEntryStatus | undefined = filter === 'ALL' ? undefined : filter;
  const query = usePortalLedgerEntriesQuery({
    variables: {
      collaborationId: props.collaborationId,
      organizationId: props.organizationId,
      status,
      first: PAGE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.ledgerEntries;

  const loadMoreState = useLoadMore(query, 'ledgerEntries');

  return (
    <section aria-labelledby="ledger-entries">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="ledger-entries">
          {t('entries.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('entries.filter')}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={FILTERS.map((value) => ({
            value,
            label:
              value === 'ALL' ? t('entries.all') : t(`common:enums.LedgerEntryStatus.${value}`),
          }))}
        />
      </Group>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={connection?.nodes.length === 0}
        emptyText={filter === 'ALL' ? t('entries.empty') : t('entries.emptyFiltered')}
        onRetry={() => void query.refetch()}
      >
        {connection && (
          <>
            <EntriesTable
              entries={connection.nodes}
              organizationId={props.organizationId}
              names={props.names}
              formatValue={props.formatValue}
              canAct={props.canAct}
            />
            <LoadMore {...loadMoreState} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function EntriesTable(props: {
  entries: readonly LedgerEntry[];
  organizationId: string;
  names: ReadonlyMap<string, string>;
  formatValue: (value: string) => string;
  canAct: boolean;
}) {
  const { t } = useT('ledger');
  const format = useFormat();
  const run = useAction();
  const [busyId, setBusyId] = useState<string | null>(null);
  const refetchQueries = [PortalLedgerEntriesDocument, PortalLedgerDocument];
  const [confirm] = usePortalConfirmLedgerEntryMutation({ refetchQueries });
  const [dispute] = usePortalDisputeLedgerEntryMutation({ refetchQueries });
  const withBusy = async <T,>(id: string, action: () => Promise<T>, success: string) => {
    setBusyId(id);
    try {
      return await run(action, success);
    } finally {
      setBusyId(null);
    }
  };
  const name = (id: string | null) =>
    id ? (props.names.get(id) ?? t('unknownOrganization')) : t('wholeCollaboration');
  // Entries made by an approved disclosure carry the API's own text ("Disclosure ref. X").
  const describe = (entry: LedgerEntry) => {
    const reference = disclosureReference(entry);
    return reference ? t('entries.disclosureRef', { reference }) : entry.description;
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('entries.columns.date')}</Table.Th>
            <Table.Th>{t('entries.columns.movement')}</Table.Th>
            <Table.Th>{t('entries.columns.description')}</Table.Th>
            <Table.Th ta="right">{t('entries.columns.value')}</Table.Th>
            <Table.Th miw={130}>{t('entries.columns.status')}</Table.Th>
            {props.canAct && <Table.Th>{t('entries.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.entries.map((entry) => {
            const direction = entryDirection(entry, props.organizationId);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{format.date(entry.occurredOn)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {direction === 'given' ? (
                      <IconArrowUpRight size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                    ) : (
                      <IconArrowDownLeft
                        size={16}
                        color="var(--mantine-color-blue-7)"
                        aria-hidden
                      />
                    )}
                    <Text size="sm">
                      {direction === 'given'
                        ? t('entries.givenTo', { name: name(entry.receiverOrganizationId) })
                        : t('entries.receivedFrom', { name: name(entry.giverOrganizationId) })}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">{describe(entry)}</Text>
                    <Group gap={4}>
                      <EnumBadge enum="ContributionType" value={entry.contributionType} size="xs" />
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {props.formatValue(entry.value)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <EnumBadge enum="LedgerEntryStatus" value={entry.status} />
                    {entry.disputeReason && (
                      <Text size="xs" c="dimmed">
                        {t('entries.disputedBecause', { reason: entry.disputeReason })}
                      </Text>
                    )}
                    {entry.settleReason && (
                      <Text size="xs" c="dimmed">
                        {t('entries.settledBecause', { reason: entry.settleReason })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                {props.canAct && (
                  <Table.Td>
                    <EntryActions
                      entry={entry}
                      organizationId={props.organizationId}
                      busy={busyId === entry.id}
                      onConfirm={(entryId) =>
                        withBusy(
                          entryId,
                          () => confirm({ variables: { entryId } }),
                          t('entries.confirmed'),
                        )
                      }
                      onDispute={(entryId, reason) =>
                        withBusy(
                          entryId,
                          () => dispute({ variables: { entryId, input: { reason } } }),
                          t('entries.disputed'),
                        )
                      }
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
