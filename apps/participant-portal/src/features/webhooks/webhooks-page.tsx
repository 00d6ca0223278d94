import { EmptyState, PageHeader, QueryState, WebhooksScreen } from '@alianza/ui';
import { Select, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { usePortalWebhookOrganizationsQuery } from './webhooks.generated';

/**
 * The webhook endpoints of an organization the user owns (the screen is in libs/ui): they hear
 * only of what concerns the organization, in the collaborations it takes part in.
 */
export function WebhooksPage() {
  const { t } = useT('webhooks');
  const query = usePortalWebhookOrganizationsQuery();
  const owned = (query.data?.organizations.nodes ?? []).filter((o) => o.myRole === 'OWNER');
  const [params, setParams] = useSearchParams();
  const chosen = owned.find((o) => o.id === params.get('org')) ?? owned[0];
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!query.data}
      onRetry={() => void query.refetch()}
    >
      {!chosen ? (
        <>
          <PageHeader title={t('title')} description={t('description')} />
          <EmptyState text={t('organization.noneOwned')} />
        </>
      ) : (
        <Stack gap="md">
          {owned.length > 1 && (
            <Select
              label={t('organization.select')}
              data={owned.map((o) => ({ value: o.id, label: o.name }))}
              value={chosen.id}
              allowDeselect={false}
              onChange={(id) => id && setParams({ org: id }, { replace: true })}
              w={360}
            />
          )}
          <WebhooksScreen key={chosen.id} owner={{ organizationId: chosen.id }} />
        </Stack>
      )}
    </QueryState>
  );
}
