import { PageHeader, useCollaborationId } from '@alianza/ui';
import { Stack, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { GrantsReview } from './grants-review';
import { GrantsTable } from './grants-table';
import { useGrantsDirectory } from './use-grants-directory';

/** Who holds which grant, those to review under the rules in force, and revocation. */
export function GrantsPage() {
  const { t } = useT('grants');
  const collaborationId = useCollaborationId();
  const directory = useGrantsDirectory(collaborationId);
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <GrantsReview collaborationId={collaborationId} directory={directory} />
      <Stack gap="xs" component="section" aria-labelledby="all-grants-title">
        <Title order={2} fz="h4" id="all-grants-title">
          {t('all')}
        </Title>
        <GrantsTable collaborationId={collaborationId} directory={directory} />
      </Stack>
    </Stack>
  );
}
