import type { MessageBundle } from '@alianza/i18n';
import { activityMessages } from '../features/activity/messages';
import {
  apiTokensMessages,
  calendarFeedMessages,
  notificationPreferencesMessages,
  passwordResetMessages,
  redactionMessages,
  searchMessages,
  sessionsMessages,
  twoFactorMessages,
  webhooksMessages,
} from '@alianza/ui';
import { benchmarksMessages } from '../features/benchmarks/messages';
import { closingMessages } from '../features/closing/messages';
import { exchangeMessages } from '../features/exchange/messages';
import { homeMessages } from '../features/home/messages';
import { invitationMessages } from '../features/invitation/messages';
import { itemsMessages } from '../features/items/messages';
import { ledgerMessages } from '../features/ledger/messages';
import { organizationMessages } from '../features/organization/messages';
import { planMessages } from '../features/plan/messages';
import { questionsMessages } from '../features/questions/messages';
import { reportsMessages } from '../features/reports/messages';
import { rulesMessages } from '../features/rules/messages';
import { sharedMessages } from '../features/shared/messages';
import { unsubscribeMessages } from '../features/unsubscribe/messages';

/** The screens' namespaces, one per feature: loaded with the screens, after sign-in. */
export const screenMessages = {
  home: homeMessages,
  invitation: invitationMessages,
  organization: organizationMessages,
  rules: rulesMessages,
  exchange: exchangeMessages,
  activity: activityMessages,
  items: itemsMessages,
  shared: sharedMessages,
  benchmarks: benchmarksMessages,
  questions: questionsMessages,
  plan: planMessages,
  ledger: ledgerMessages,
  closing: closingMessages,
  reports: reportsMessages,
  'api-tokens': apiTokensMessages,
  'notification-preferences': notificationPreferencesMessages,
  'two-factor': twoFactorMessages,
  webhooks: webhooksMessages,
  sessions: sessionsMessages,
  'calendar-feed': calendarFeedMessages,
  redaction: redactionMessages,
  search: searchMessages,
  // Read signed out too: the pages add it themselves (useMessages) before sign-in.
  'password-reset': passwordResetMessages,
  // Also loaded by its page, which opens signed out.
  unsubscribe: unsubscribeMessages,
} satisfies Record<string, MessageBundle>;
