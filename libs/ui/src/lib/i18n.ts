import { typedI18n, type CatalogueOf, type CommonTexts } from '@alianza/i18n';
import type { calendarFeedMessages } from '../account/calendar-feed/messages';
import type { emailAddressMessages } from '../account/email-address/messages';
import type { passwordResetMessages } from '../account/password-reset/messages';
import type { notificationPreferencesMessages } from '../account/notification-preferences/messages';
import type { apiTokensMessages } from '../api-tokens/messages';
import type { redactionMessages } from '../redaction/messages';
import type { searchMessages } from '../search/messages';
import type { sessionsMessages } from '../account/sessions/messages';
import type { twoFactorMessages, twoFactorSignInMessages } from '../account/two-factor/messages';
import type { webhooksMessages } from '../webhooks/messages';

/** The namespaces this library's components read: `common` and those it brings. */
export interface UiCatalogue extends CatalogueOf<{
  'api-tokens': typeof apiTokensMessages;
  'calendar-feed': typeof calendarFeedMessages;
  'email-address': typeof emailAddressMessages;
  'password-reset': typeof passwordResetMessages;
  'notification-preferences': typeof notificationPreferencesMessages;
  redaction: typeof redactionMessages;
  search: typeof searchMessages;
  sessions: typeof sessionsMessages;
  'two-factor': typeof twoFactorMessages;
  'two-factor-sign-in': typeof twoFactorSignInMessages;
  webhooks: typeof webhooksMessages;
}> {
  readonly common: CommonTexts;
}

/** The library's own typed `t` (each app has its own, over its own namespaces). */
export const { useT } = typedI18n<UiCatalogue>();
