/**
 * Where the web apps are served, and the screens the API links to from emails: one source for
 * the apps' routes and the links the API writes.
 */
export const WEB_APP_BASE = { console: '/console', portal: '/portal' } as const;

export type WebApp = keyof typeof WEB_APP_BASE;

/** The email notification settings, in either app. */
export const NOTIFICATION_SETTINGS_PATH = '/email-notifications';

/** The portal's page that stops one kind of email from a link, signed in or not (`?token=`). */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

/** The page of the link that confirms an account's address (`?token=`), signed in or not. */
export const VERIFY_EMAIL_PATH = '/verify-email';

/** The page of the link that moves an account to a new address (`?token=`), signed in or not. */
export const CONFIRM_EMAIL_CHANGE_PATH = '/confirm-email-change';

/** The page that asks for a password reset link. */
export const FORGOT_PASSWORD_PAGE = '/forgot-password';
