import { useFormat } from '@alianza/i18n';
import { LoadMore, PageHeader, QueryState, useLoadMore } from '@alianza/ui';
import {
  ActionIcon,
  Badge,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDots, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { AccountEventsDrawer } from './account-events-drawer';
import { type AdminUserRowFragment, useAdminUsersQuery } from './admin-users.generated';
import { ResetSecondFactorModal } from './reset-second-factor-modal';
import { RoleModal } from './role-modal';

const PAGE = 25;

/** What the admin is doing to one user: one dialog at a time. */
type Task =
  | { kind: 'role'; user: AdminUserRowFragment }
  | { kind: 'reset'; user: AdminUserRowFragment }
  | { kind: 'log'; user: AdminUserRowFragment };

/** Every user of the platform (platform administrators): roles, two-step reset, security log. */
export function AdminUsersPage() {
  const { t } = useT('admin-users');
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [task, setTask] = useState<Task | null>(null);
  const query = useAdminUsersQuery({
    variables: { search: debounced || undefined, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(query, 'users');
  const users = query.data?.users.nodes ?? [];
  const close = () => setTask(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <TextInput
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        type="search"
        maw={420}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        empty={users.length === 0}
        emptyText={debounced ? t('emptySearch', { search: debounced }) : t('empty')}
        onRetry={() => void query.refetch()}
      >
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.user')}</Table.Th>
                <Table.Th>{t('columns.roles')}</Table.Th>
                <Table.Th>{t('columns.secondFactor')}</Table.Th>
                <Table.Th>{t('columns.since')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {user.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadges user={user} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {user.hasSecondFactor ? t('secondFactor.on') : t('secondFactor.off')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{format.date(user.createdAt)}</Table.Td>
                  <Table.Td ta="right">
                    <UserActions user={user} onTask={setTask} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore {...more} />
      </QueryState>
      <RoleModal user={task?.kind === 'role' ? task.user : null} onClose={close} />
      <ResetSecondFactorModal user={task?.kind === 'reset' ? task.user : null} onClose={close} />
      <AccountEventsDrawer user={task?.kind === 'log' ? task.user : null} onClose={close} />
    </Stack>
  );
}

export function RoleBadges(props: { user: AdminUserRowFragment }) {
  const { t } = useT('admin-users');
  const { isPlatformAdmin, isFacilitator } = props.user;
  return (
    <Group gap={4}>
      {isPlatformAdmin && (
        <Badge color="grape" variant="light" size="sm">
          {t('roles.platformAdmin')}
        </Badge>
      )}
      {isFacilitator && (
        <Badge color="blue" variant="light" size="sm">
          {t('roles.facilitator')}
        </Badge>
      )}
      {!isPlatformAdmin && !isFacilitator && (
        <Badge color="gray" variant="light" size="sm">
          {t('roles.none')}
        </Badge>
      )}
    </Group>
  );
}

function UserActions(props: { user: AdminUserRowFragment; onTask: (task: Task) => void }) {
  const { t } = useT('admin-users');
  const { user } = props;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('actionsFor', { name: user.displayName })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => props.onTask({ kind: 'role', user })}>
          {user.isFacilitator ? t('revokeFacilitator.action') : t('makeFacilitator.action')}
        </Menu.Item>
        <Menu.Item onClick={() => props.onTask({ kind: 'reset', user })}>
          {t('resetSecondFactor.action')}
        </Menu.Item>
        <Menu.Item onClick={() => props.onTask({ kind: 'log', user })}>{t('log.action')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
