import { EmptyState, EnumBadge, PageHeader, QueryState, useAction } from '@alianza/ui';
import { Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { MembersSection } from './members-section';
import { OrganizationForm } from './organization-form';
import { OrganizationProfile } from './organization-profile';
import { ReceivedInvitations } from './received-invitations';
import {
  PortalMyOrganizationsDocument,
  usePortalCreateOrganizationMutation,
  usePortalMyOrganizationsQuery,
} from './organization.generated';

export function OrganizationPage() {
  const { t } = useT('organization');
  const query = usePortalMyOrganizationsQuery();
  const organizations = query.data?.organizations.nodes ?? [];
  const [params, setParams] = useSearchParams();
  const chosen = organizations.find((o) => o.id === params.get('org')) ?? organizations[0];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          chosen?.myRole && (
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {t('myRole')}
              </Text>
              <EnumBadge enum="MembershipRole" value={chosen.myRole} />
            </Group>
          )
        }
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        onRetry={() => void query.refetch()}
      >
        {!chosen ? (
          <CreateOrganization />
        ) : (
          <Stack gap="lg">
            <ReceivedInvitations />
            {organizations.length > 1 && (
              <Select
                label={t('select')}
                data={organizations.map((o) => ({ value: o.id, label: o.name }))}
                value={chosen.id}
                allowDeselect={false}
                onChange={(id) => id && setParams({ org: id }, { replace: true })}
                w={360}
              />
            )}
            <OrganizationProfile key={chosen.id} organization={chosen} />
            <MembersSection organization={chosen} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function CreateOrganization() {
  const { t } = useT('organization');
  const run = useAction();
  const [create, { loading }] = usePortalCreateOrganizationMutation({
    refetchQueries: [PortalMyOrganizationsDocument],
    awaitRefetchQueries: true,
  });
  return (
    <Stack>
      <EmptyState text={t('create.intro')} />
      <ReceivedInvitations showEmpty />
      <Card withBorder padding="lg" component="section" aria-label={t('create.title')}>
        <Title order={2} size="h3" mb="md">
          {t('create.title')}
        </Title>
        <OrganizationForm
          submitLabel={t('create.submit')}
          saving={loading}
          onSubmit={(input) => void run(() => create({ variables: { input } }), t('create.done'))}
        />
      </Card>
    </Stack>
  );
}
