import { formatPageRanges } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import { LoadMore, QueryState, useLoadMore } from '@alianza/ui';
import { Accordion, Badge, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { VersionFile } from './file-shares';
import { usePortalFileAccessesQuery, type PortalFileAccessFragment } from './items.generated';

const PAGE_SIZE = 20;

/**
 * Per file of the current version, who opened it through a grant. A file's list is asked for
 * when it is opened, never before (docs/adr/0032).
 */
export function FileAccesses(props: {
  itemId: string;
  files: readonly VersionFile[];
  organizationNames: Map<string, string>;
}) {
  const { t } = useT('items');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Accordion variant="separated" chevronPosition="left" value={open} onChange={setOpen}>
      {props.files.map((file) => (
        <Accordion.Item key={file.id} value={file.id}>
          <Accordion.Control aria-label={t('accesses.file', { name: file.name })}>
            <Text size="sm">{file.name}</Text>
          </Accordion.Control>
          <Accordion.Panel>
            {open === file.id && (
              <FileAccessList
                itemId={props.itemId}
                fileId={file.id}
                organizationNames={props.organizationNames}
              />
            )}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function FileAccessList(props: {
  itemId: string;
  fileId: string;
  organizationNames: Map<string, string>;
}) {
  const { t } = useT('items');
  const format = useFormat();
  const query = usePortalFileAccessesQuery({
    variables: { itemId: props.itemId, first: PAGE_SIZE },
  });
  const accesses = query.data?.item.latest.files.find((f) => f.id === props.fileId)?.accesses;
  // The page after this file's last cursor; the cache keeps the other files' lists as they were.
  const more = useLoadMore({ data: { accesses }, fetchMore: query.fetchMore }, 'accesses');
  const organization = (access: PortalFileAccessFragment) =>
    props.organizationNames.get(access.recipientOrganizationId) ?? t('unknownOrganization');

  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={accesses !== undefined}
      empty={accesses?.nodes.length === 0}
      emptyText={t('accesses.empty')}
      onRetry={() => void query.refetch()}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('accesses.organization')}</Table.Th>
              <Table.Th scope="col">{t('accesses.when')}</Table.Th>
              <Table.Th scope="col">{t('accesses.kind')}</Table.Th>
              <Table.Th scope="col">{t('accesses.pages')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accesses?.nodes.map((access) => (
              <Table.Tr key={access.id}>
                <Table.Td>{organization(access)}</Table.Td>
                <Table.Td>{format.dateTime(access.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge
                    size="sm"
                    variant="light"
                    color={access.kind === 'DOWNLOAD' ? 'orange' : 'blue'}
                  >
                    {access.kind === 'DOWNLOAD' ? t('accesses.download') : t('accesses.view')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {access.pages ? formatPageRanges(access.pages) : t('accesses.allPages')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore {...more} />
    </QueryState>
  );
}
