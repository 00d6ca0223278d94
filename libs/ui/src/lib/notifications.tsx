import {
  NotificationsDocument,
  useMarkNotificationsReadMutation,
  useNotificationAddedSubscription,
  useNotificationsQuery,
  type NotificationFieldsFragment,
  type NotificationKind,
} from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { IconBell } from '@tabler/icons-react';
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import { useT } from './i18n';

type Listener = (notification: NotificationFieldsFragment) => void;

const LiveContext = createContext<{ subscribe(listener: Listener): () => void } | null>(null);

/** A notification's heading in the reader's language (by its kind) and what it is about. */
export function useNotificationText(): (n: NotificationFieldsFragment) => {
  title: string;
  subject?: string;
} {
  const { t } = useT('common');
  return (n) => ({
    title: t(`notifications.kinds.${n.kind}`),
    subject: n.subject ?? undefined,
  });
}

/**
 * One live subscription (`notificationAdded`) per app. Screens listen with
 * `useLiveNotifications(kinds, refetch)` to refresh when something concerning them happens.
 */
export function LiveNotificationsProvider(props: { children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const text = useNotificationText();
  useNotificationAddedSubscription({
    onData: ({ data, client }) => {
      const notification = data.data?.notificationAdded;
      if (!notification) return;
      const shown = text(notification);
      toasts.show({
        title: shown.title,
        message: shown.subject ?? '',
        color: 'teal',
        autoClose: 6000,
      });
      void client.refetchQueries({ include: [NotificationsDocument] });
      for (const listener of listeners.current) listener(notification);
    },
  });
  const value = useMemo(
    () => ({
      subscribe(listener: Listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [],
  );
  return <LiveContext.Provider value={value}>{props.children}</LiveContext.Provider>;
}

/** Calls `onEvent` when a live notification of one of `kinds` arrives (all kinds if empty). */
export function useLiveNotifications(kinds: readonly NotificationKind[], onEvent: Listener): void {
  const live = useContext(LiveContext);
  const callback = useRef(onEvent);
  callback.current = onEvent;
  const key = kinds.join('|');
  useEffect(() => {
    if (!live) return undefined;
    const wanted = new Set<string>(key ? key.split('|') : []);
    return live.subscribe((n) => {
      if (wanted.size === 0 || wanted.has(n.kind)) callback.current(n);
    });
  }, [live, key]);
}

/** The bell in the header: unread count, the latest notifications, mark as read. */
export function NotificationsMenu(props: { onOpen?: (n: NotificationFieldsFragment) => void }) {
  const { t } = useT('common');
  const format = useFormat();
  const text = useNotificationText();
  const { data, loading } = useNotificationsQuery({ variables: { first: 20 } });
  const [markRead] = useMarkNotificationsReadMutation({ refetchQueries: [NotificationsDocument] });
  const unread = data?.unreadNotificationCount ?? 0;
  const nodes = data?.notifications.nodes ?? [];
  const open = useCallback(
    (n: NotificationFieldsFragment) => {
      if (!n.read) void markRead({ variables: { input: { notificationIds: [n.id] } } });
      props.onOpen?.(n);
    },
    [markRead, props],
  );
  // The count's badge around the popover: the popover's ARIA (aria-expanded…) goes on the
  // button itself, not on the badge's box, where it is not allowed.
  return (
    <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
      <Popover width={360} position="bottom-end" shadow="md" withinPortal>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={`${t('notifications.title')}${unread ? ` (${t('notifications.unread', { count: unread })})` : ''}`}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{t('notifications.title')}</Text>
            {unread > 0 && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => void markRead({ variables: {} })}
              >
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
          <Divider mb="xs" />
          {loading && !data ? (
            <Text size="sm" c="dimmed">
              {t('state.loading')}
            </Text>
          ) : nodes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={400}>
              <Stack gap={4}>
                {nodes.map((n) => {
                  const shown = text(n);
                  return (
                    <UnstyledButton
                      key={n.id}
                      onClick={() => open(n)}
                      p="xs"
                      style={{ borderRadius: 6 }}
                      bg={n.read ? undefined : 'var(--mantine-color-teal-0)'}
                    >
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm" fw={n.read ? 400 : 600}>
                          {shown.title}
                        </Text>
                      </Group>
                      {shown.subject && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {shown.subject}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {format.relative(n.createdAt)}
                      </Text>
                    </UnstyledButton>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
