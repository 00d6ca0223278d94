import { formatPageRanges } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import type { FileAccessKind } from '@alianza/graphql-client/types';
import { Accordion, Badge, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { LoadMore } from '../lib/load-more';
import { QueryState } from '../lib/query-state';
import {
  useLoadMore,
  type LoadMoreState,
  type PagedConnection,
  type PagedQuery,
} from '../lib/use-load-more';

/** What the lists of accesses show of one (`FileAccess`). */
export interface FileAccessEntry {
  readonly id: string;
  readonly createdAt: string;
  readonly kind: FileAccessKind;
  /** The pages it held; null: the whole file. */
  readonly pages?: readonly number[] | null;
  readonly recipientOrganizationId: string;
  /** The person who opened it (`FileAccess.userName`). */
  readonly userName: string;
  readonly grantId: string;
}

/** A page of `ItemFile.accesses`. */
export interface FileAccessPage extends PagedConnection {
  readonly nodes: readonly FileAccessEntry[];
}

/**
 * Each file as a line to open; a file's accesses are rendered, and so asked for, only while it is
 * open, never before (docs/adr/0032). `children` renders the list of the file opened.
 */
export function FileAccessesByFile(props: {
  files: readonly { readonly id: string; readonly name: string }[];
  children: (fileId: string) => ReactNode;
}) {
  const { t } = useT('common');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Accordion variant="separated" chevronPosition="left" value={open} onChange={setOpen}>
      {props.files.map((file) => (
        <Accordion.Item key={file.id} value={file.id}>
          <Accordion.Control aria-label={t('files.accesses.file', { name: file.name })}>
            <Text size="sm">{file.name}</Text>
          </Accordion.Control>
          <Accordion.Panel>{open === file.id && props.children(file.id)}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/** The props of {@link FileAccessList} but the organization names. */
export interface FileAccessListState {
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
  accesses: FileAccessPage | undefined;
  more: LoadMoreState;
}

/**
 * One file's list out of a query that reads the accesses of several files (the API has no entry
 * point for one file): its page, and "load more" after its own cursor, which the cache appends to
 * this file's list only (the other files' lists are left as they were).
 */
export function useFileAccessList(
  query: {
    loading: boolean;
    error?: unknown;
    refetch: () => Promise<unknown>;
    fetchMore: PagedQuery<unknown>['fetchMore'];
  },
  accesses: FileAccessPage | undefined,
): FileAccessListState {
  const more = useLoadMore({ data: { accesses }, fetchMore: query.fetchMore }, 'accesses');
  return {
    loading: query.loading,
    error: query.error,
    onRetry: () => void query.refetch(),
    accesses,
    more,
  };
}

/**
 * Who opened one file through a grant, newest first: organization, when, view or download, and
 * the pages it held; "load more" under it, and the loading, error and empty states.
 */
export function FileAccessList(
  props: FileAccessListState & {
    organizationName: (organizationId: string) => string;
    /** The accesses through this grant stand out (the list is the file's: every recipient's). */
    grantId?: string;
  },
) {
  const { t } = useT('common');
  const format = useFormat();
  const { accesses } = props;
  return (
    <QueryState
      loading={props.loading}
      error={props.error}
      hasData={accesses !== undefined}
      empty={accesses?.nodes.length === 0}
      emptyText={t('files.accesses.empty')}
      onRetry={props.onRetry}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('files.accesses.person')}</Table.Th>
              <Table.Th scope="col">{t('files.accesses.organization')}</Table.Th>
              <Table.Th scope="col">{t('files.accesses.when')}</Table.Th>
              <Table.Th scope="col">{t('files.accesses.kind')}</Table.Th>
              <Table.Th scope="col">{t('files.accesses.pages')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accesses?.nodes.map((access) => (
              <Table.Tr
                key={access.id}
                fw={access.grantId === props.grantId ? 600 : undefined}
                aria-current={access.grantId === props.grantId ? true : undefined}
              >
                <Table.Td>{access.userName}</Table.Td>
                <Table.Td>{props.organizationName(access.recipientOrganizationId)}</Table.Td>
                <Table.Td>{format.dateTime(access.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge
                    size="sm"
                    variant="light"
                    color={access.kind === 'DOWNLOAD' ? 'orange' : 'blue'}
                  >
                    {access.kind === 'DOWNLOAD'
                      ? t('files.accesses.download')
                      : t('files.accesses.view')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {access.pages ? formatPageRanges(access.pages) : t('files.accesses.allPages')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore {...props.more} />
    </QueryState>
  );
}
