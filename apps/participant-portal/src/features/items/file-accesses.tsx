import { FileAccessList, FileAccessesByFile, useFileAccessList } from '@alianza/ui';
import { useT } from '../../i18n';
import type { VersionFile } from './file-shares';
import { usePortalFileAccessesQuery } from './items.generated';

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
  return (
    <FileAccessesByFile files={props.files}>
      {(fileId) => (
        <PortalFileAccessList
          itemId={props.itemId}
          fileId={fileId}
          organizationNames={props.organizationNames}
        />
      )}
    </FileAccessesByFile>
  );
}

function PortalFileAccessList(props: {
  itemId: string;
  fileId: string;
  organizationNames: Map<string, string>;
}) {
  const { t } = useT('items');
  const query = usePortalFileAccessesQuery({
    variables: { itemId: props.itemId, first: PAGE_SIZE },
  });
  const list = useFileAccessList(
    query,
    query.data?.item.latest.files.find((f) => f.id === props.fileId)?.accesses,
  );
  return (
    <FileAccessList
      {...list}
      organizationName={(id) => props.organizationNames.get(id) ?? t('unknownOrganization')}
    />
  );
}
