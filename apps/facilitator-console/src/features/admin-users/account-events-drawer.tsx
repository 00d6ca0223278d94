import { AccountEventsTable, LoadMore, QueryState, useLoadMore } from '@alianza/ui';
import { Drawer, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { type AdminUserRowFragment, useAdminAccountEventsQuery } from './admin-users.generated';

const PAGE = 20;

/**
 * A user's account security log as the platform admin reads it: the same entries the user sees
 * on their security screen (named with its texts), with who acted and why.
 */
export function AccountEventsDrawer(props: {
  user: AdminUserRowFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('admin-users');
  return (
    <Drawer
      opened={props.user !== null}
      onClose={props.onClose}
      position="right"
      size="xl"
      title={t('log.heading', { name: props.user?.displayName ?? '' })}
    >
      {props.user && <UserAccountEvents userId={props.user.id} />}
    </Drawer>
  );
}

function UserAccountEvents(props: { userId: string }) {
  const { t } = useT('admin-users');
  const log = useT('two-factor').t;
  const query = useAdminAccountEventsQuery({
    variables: { userId: props.userId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(query, 'accountEvents');
  const events = query.data?.accountEvents.nodes ?? [];
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!query.data}
      empty={events.length === 0}
      emptyText={log('log.empty')}
      onRetry={() => void query.refetch()}
    >
      <AccountEventsTable
        events={events}
        caption={t('log.caption')}
        actorNote={(e) => (
          <>
            {e.actor && (
              <Text size="xs" c="dimmed">
                {e.actor.displayName}
              </Text>
            )}
            {e.reason && (
              <Text size="xs" c="dimmed">
                {t('log.reason', { reason: e.reason })}
              </Text>
            )}
          </>
        )}
      />
      <LoadMore {...more} />
    </QueryState>
  );
}
