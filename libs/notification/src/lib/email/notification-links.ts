import {
  NOTIFICATION_SETTINGS_PATH,
  NotificationKind,
  UNSUBSCRIBE_PATH,
  WEB_APP_BASE,
  WebApp,
} from '@alianza/shared';

/**
 * The screen of a collaboration where a notification is taken up, by app and by the start of its
 * kind's value: as each app opens a notification from the bell (the apps' routes.tsx).
 */
const SCREENS: Record<WebApp, [prefix: string, screen: string][]> = {
  console: [
    ['disclosure.pending', 'queue'],
    ['ledger.', 'ledger'],
    ['plan.', 'plan'],
    ['benchmark.', 'benchmarks'],
    ['inquiry.', 'questions'],
  ],
  portal: [
    ['grant.', 'shared'],
    ['disclosure.', 'items'],
    ['ledger.', 'ledger'],
    ['plan.', 'plan'],
    ['activity.', 'activity'],
    ['benchmark.', 'benchmarks'],
    ['inquiry.', 'questions'],
  ],
};

/** The app a recipient reads a collaboration's notices in: the console if they facilitate it. */
export const appOf = (facilitates: boolean): WebApp => (facilitates ? 'console' : 'portal');

/** The path (under the public URL) of the screen where a notification is taken up. */
export function notificationPath(
  kind: NotificationKind,
  collaborationId: string,
  app: WebApp,
): string {
  const screen = SCREENS[app].find(([prefix]) => kind.startsWith(prefix))?.[1];
  return `${WEB_APP_BASE[app]}/c/${collaborationId}${screen ? `/${screen}` : ''}`;
}

/** The path of an app's home. */
export const homePath = (app: WebApp): string => `${WEB_APP_BASE[app]}/`;

/** The path of an app's email notification settings. */
export const settingsPath = (app: WebApp): string =>
  `${WEB_APP_BASE[app]}${NOTIFICATION_SETTINGS_PATH}`;

/** The path of the portal's page that stops a kind of email (signed in or not). */
export const unsubscribePath = (): string => `${WEB_APP_BASE.portal}${UNSUBSCRIBE_PATH}`;

/**
 * The API's address that a mail client POSTs to for a one-click unsubscribe (RFC 8058), named by
 * a notification email's `List-Unsubscribe` header (one-click-unsubscribe.controller.ts).
 */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/mail/unsubscribe';
