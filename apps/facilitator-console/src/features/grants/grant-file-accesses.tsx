import { FileAccessList, FileAccessesByFile, QueryState, useFileAccessList } from '@alianza/ui';
import { Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import {
  useConsoleFileAccessesQuery,
  useConsoleGrantFilesQuery,
  type ConsoleGrantRowFragment,
} from './grants.generated';
import type { GrantsDirectory } from './use-grants-directory';

const PAGE_SIZE = 20;

/**
 * The files a grant shares, each opening to who opened it. A file's list is the file's (every
 * recipient's, the grant's own rows stand out): the API lists accesses per file, not per grant.
 */
export function GrantFileAccesses(props: {
  grant: ConsoleGrantRowFragment;
  directory: GrantsDirectory;
}) {
  const { t } = useT('grants');
  const { grant, directory } = props;
  const query = useConsoleGrantFilesQuery({ variables: { itemId: grant.itemId } });
  const version = query.data?.item.versions.find((v) => v.id === grant.itemVersionId);
  const names = new Map(version?.files.map((f) => [f.id, f.name]));
  const files = grant.redaction.files.map((share) => ({
    id: share.fileId,
    name: names.get(share.fileId) ?? share.fileId,
  }));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('files.hint', {
          recipient: directory.organizationName(grant.recipientOrganizationId),
        })}
      </Text>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!version}
        onRetry={() => void query.refetch()}
      >
        <FileAccessesByFile files={files}>
          {(fileId) => (
            <ConsoleFileAccessList
              itemId={grant.itemId}
              fileId={fileId}
              grantId={grant.id}
              directory={directory}
            />
          )}
        </FileAccessesByFile>
      </QueryState>
    </Stack>
  );
}

function ConsoleFileAccessList(props: {
  itemId: string;
  fileId: string;
  grantId: string;
  directory: GrantsDirectory;
}) {
  const { t } = useT('grants');
  const query = useConsoleFileAccessesQuery({
    variables: { itemId: props.itemId, first: PAGE_SIZE },
  });
  const list = useFileAccessList(
    query,
    query.data?.item.versions.flatMap((v) => v.files).find((f) => f.id === props.fileId)?.accesses,
  );
  return (
    <FileAccessList
      {...list}
      organizationName={(id) => props.directory.organizationName(id) || t('unknownOrganization')}
      grantId={props.grantId}
    />
  );
}
