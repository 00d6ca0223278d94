import {
  MyNotificationPreferencesDocument,
  useMyNotificationPreferencesQuery,
  useSetNotificationPreferenceMutation,
  type NotificationKind,
} from '@alianza/graphql-client';
import { useAction } from '../../lib/feedback';
import { useT } from '../../lib/i18n';
import { QueryState } from '../../lib/query-state';
import { NotificationPreferencesPanel } from './notification-preferences-panel';

/** The signed-in user's email notification settings, loaded and saved (both apps' screen). */
export function NotificationPreferencesSection(props: { kinds: readonly NotificationKind[] }) {
  const { t } = useT('notification-preferences');
  const { t: common } = useT('common');
  const run = useAction();
  const query = useMyNotificationPreferencesQuery({ fetchPolicy: 'cache-and-network' });
  const [save] = useSetNotificationPreferenceMutation({
    // The saved choice replaces its kind's in the list (the list's items have no id of their own).
    update(cache, { data }) {
      const saved = data?.setNotificationPreference;
      if (!saved) return;
      cache.updateQuery({ query: MyNotificationPreferencesDocument }, (list) =>
        list
          ? {
              myNotificationPreferences: list.myNotificationPreferences.map((p) =>
                p.kind === saved.kind ? saved : p,
              ),
            }
          : list,
      );
    },
  });
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!query.data}
      onRetry={() => void query.refetch()}
    >
      <NotificationPreferencesPanel
        preferences={query.data?.myNotificationPreferences ?? []}
        kinds={props.kinds}
        onChange={async (kind, delivery) =>
          !!(await run(
            () => save({ variables: { input: { kind, delivery } } }),
            t('saved', {
              kind: common(`notifications.kinds.${kind}`),
              delivery: t(`delivery.${delivery}`),
            }),
          ))
        }
      />
    </QueryState>
  );
}
