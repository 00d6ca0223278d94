import { LoadMore, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Alert, Anchor, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconBroadcast } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { HeldGrantsTable } from './held-grants-table';
import { SharedItemCard } from './shared-item-card';
import { useSharedFilterOptions, useSharedWithMe, type SharedFilters } from './use-shared';

export function SharedPage() {
  const { t } = useT('shared');
  const collaborationId = useCollaborationId();
  const [filters, setFilters] = useState<SharedFilters>({
    ownerOrganizationId: null,
    areaId: null,
  });
  const options = useSharedFilterOptions(collaborationId);
  const { items, grants } = useSharedWithMe(collaborationId, filters);
  const filtered = Boolean(filters.ownerOrganizationId || filters.areaId);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs defaultValue="received" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="received">{t('tabs.received')}</Tabs.Tab>
          <Tabs.Tab value="grants">{t('tabs.grants')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="received">
          <Stack>
            {!options.participating && (
              <Alert color="gray" variant="light">
                {t('notParticipant')}{' '}
                <Anchor component={Link} to={`/c/${collaborationId}`} inherit>
                  {t('toRules')}
                </Anchor>
              </Alert>
            )}
            <Group align="flex-end" justify="space-between">
              <Group align="flex-end">
                <Select
                  label={t('filters.owner')}
                  placeholder={t('filters.all')}
                  data={options.owners}
                  value={filters.ownerOrganizationId}
                  onChange={(value) => setFilters((f) => ({ ...f, ownerOrganizationId: value }))}
                  clearable
                  w={240}
                />
                <Select
                  label={t('filters.area')}
                  placeholder={t('filters.all')}
                  data={options.areas}
                  value={filters.areaId}
                  onChange={(value) => setFilters((f) => ({ ...f, areaId: value }))}
                  clearable
                  w={240}
                />
              </Group>
              <Group gap={6} c="dimmed">
                <IconBroadcast size={14} aria-hidden />
                <Text size="xs">{t('live')}</Text>
              </Group>
            </Group>
            <QueryState
              loading={items.loading}
              error={items.error}
              hasData={Boolean(items.connection)}
              empty={items.connection?.nodes.length === 0}
              emptyText={filtered ? t('emptyFiltered') : t('empty')}
              onRetry={items.refetch}
            >
              <Stack>
                {items.connection?.nodes.map((item) => (
                  <SharedItemCard key={item.grantId} item={item} />
                ))}
              </Stack>
              <LoadMore {...items.more} />
            </QueryState>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="grants">
          <Stack>
            <QueryState
              loading={grants.loading}
              error={grants.error}
              hasData={Boolean(grants.connection)}
              empty={grants.connection?.nodes.length === 0}
              emptyText={t('grants.empty')}
              onRetry={grants.refetch}
            >
              {grants.connection && (
                <>
                  <HeldGrantsTable grants={grants.connection.nodes} />
                  <LoadMore {...grants.more} />
                </>
              )}
            </QueryState>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
