import {
  EmptyState,
  PageHeader,
  QueryState,
  useAction,
  useCollaborationId,
  useLiveNotifications,
} from '@alianza/ui';
import { Alert, Anchor, Card, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import {
  PortalActivityDocument,
  usePortalActivityAccessQuery,
  usePortalActivityQuery,
  usePortalDeclareActivityMutation,
  usePortalRemoveCustomerListMutation,
  usePortalUploadCustomerListMutation,
} from './activity.generated';
import { CustomerListPanel } from './customer-list-panel';
import { DeclarationForm } from './declaration-form';
import { DeclaredOverlaps } from './declared-overlaps';

const refetch = { refetchQueries: [PortalActivityDocument], awaitRefetchQueries: true };

/**
 * Declaring activity is for active participants: before that (or after the ground rules
 * changed), say why the screen is empty and where to go.
 */
export function ActivityPage() {
  const { t } = useT('activity');
  const collaborationId = useCollaborationId();
  const access = usePortalActivityAccessQuery({ variables: { collaborationId } });
  const collaboration = access.data?.collaboration;
  const mine = collaboration?.myParticipations ?? [];
  if (mine.some((p) => p.active)) return <ActivityScreen />;
  const accepted = mine.some((p) => p.status === 'ACCEPTED');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={access.loading}
        error={access.error}
        hasData={!!collaboration}
        onRetry={() => void access.refetch()}
      >
        <Alert color="gray" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{accepted ? t('notActive') : t('notParticipant')}</Text>
            <Anchor component={Link} to={`/c/${collaborationId}`} size="sm">
              {t('toRules')}
            </Anchor>
          </Stack>
        </Alert>
      </QueryState>
    </>
  );
}

function WhoSeesWhat() {
  const { t } = useT('activity');
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconEye size={18} aria-hidden />}
      title={t('whoSees.title')}
    >
      <List size="sm" spacing={4}>
        <List.Item>{t('whoSees.own')}</List.Item>
        <List.Item>{t('whoSees.facilitator')}</List.Item>
        <List.Item>{t('whoSees.effect')}</List.Item>
      </List>
    </Alert>
  );
}

function ActivityScreen() {
  const { t } = useT('activity');
  const collaborationId = useCollaborationId();
  const run = useAction();
  const query = usePortalActivityQuery({ variables: { collaborationId } });
  const [declare, declaring] = usePortalDeclareActivityMutation(refetch);
  const [upload, uploading] = usePortalUploadCustomerListMutation(refetch);
  const [remove, removing] = usePortalRemoveCustomerListMutation(refetch);
  const [areaId, setAreaId] = useState<string | null>(null);
  useLiveNotifications(['ACTIVITY_DECLARATION_CHANGED'], () => void query.refetch());
  const data = query.data;
  const areas = useMemo(() => data?.collaboration.areas.nodes ?? [], [data]);
  const options = useMemo(() => data?.collaboration.activityOptions.nodes ?? [], [data]);
  // Until one is picked: the first area with lists, else the first area.
  const area =
    areas.find((a) => a.id === areaId) ??
    areas.find((a) => options.some((o) => o.areaId === a.id)) ??
    areas[0];
  const areaOptions = useMemo(() => options.filter((o) => o.areaId === area?.id), [options, area]);
  const declared =
    data?.myActivity.declarations.find((d) => d.areaId === area?.id)?.optionIds ?? [];
  const list = data?.myActivity.customerLists.find((l) => l.areaId === area?.id) ?? null;
  const open = data?.collaboration.status !== 'CLOSED';
  const areaNames = useMemo(() => new Map(areas.map((a) => [a.id, a.name])), [areas]);
  const organizationNames = useMemo(
    () =>
      new Map(
        (data?.collaboration.participations ?? []).map((p) => [
          p.organization.id,
          p.organization.name,
        ]),
      ),
    [data],
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!data}
        onRetry={() => void query.refetch()}
      >
        <Stack gap="lg">
          <WhoSeesWhat />
          {!open && (
            <Alert color="gray" variant="light">
              {t('closedNotice')}
            </Alert>
          )}
          {!area ? (
            <EmptyState text={t('noAreas')} />
          ) : (
            <>
              <Select
                label={t('area')}
                description={area.description || undefined}
                data={areas.map((a) => ({ value: a.id, label: a.name }))}
                value={area.id}
                onChange={(value) => value && setAreaId(value)}
                allowDeselect={false}
                w={340}
              />
              <Card withBorder padding="md">
                <Title order={2} size="h4">
                  {t('declaration.heading')}
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {t('declaration.intro')}
                </Text>
                <DeclarationForm
                  // A fresh form per area and per saved declaration.
                  key={`${area.id}:${declared.join(',')}:${areaOptions.map((o) => o.id).join(',')}`}
                  options={areaOptions}
                  declared={declared}
                  canChange={open}
                  saving={declaring.loading}
                  onSave={(optionIds) =>
                    void run(
                      () => declare({ variables: { areaId: area.id, input: { optionIds } } }),
                      t('declaration.saved'),
                    )
                  }
                />
              </Card>
              <Card withBorder padding="md">
                <Title order={2} size="h4" mb="xs">
                  {t('customers.heading')}
                </Title>
                <CustomerListPanel
                  key={area.id}
                  list={list}
                  canChange={open}
                  uploading={uploading.loading}
                  removing={removing.loading}
                  onUpload={async ({ content, fileName }) =>
                    Boolean(
                      await run(
                        () =>
                          upload({ variables: { areaId: area.id, input: { content, fileName } } }),
                        t('customers.uploaded'),
                      ),
                    )
                  }
                  onRemove={async () =>
                    Boolean(
                      await run(
                        () => remove({ variables: { areaId: area.id } }),
                        t('customers.removed'),
                      ),
                    )
                  }
                />
              </Card>
            </>
          )}
          {data && (
            <DeclaredOverlaps
              overlaps={data.collaboration.overlaps.nodes}
              areaNames={areaNames}
              organizationNames={organizationNames}
              ownOrganizationIds={
                data.myActivity.organizationId ? [data.myActivity.organizationId] : []
              }
            />
          )}
        </Stack>
      </QueryState>
    </>
  );
}
