import type { MessageBundle } from '@alianza/i18n';
import { activityMessages } from '../features/activity/messages';
import { adminMailMessages } from '../features/admin-mail/messages';
import { adminUsersMessages } from '../features/admin-users/messages';
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
import { areasMessages } from '../features/areas/messages';
import { auditMessages } from '../features/audit/messages';
import { benchmarksMessages } from '../features/benchmarks/messages';
import { closingMessages } from '../features/closing/messages';
import { collaborationsMessages } from '../features/collaborations/messages';
import { grantsMessages } from '../features/grants/messages';
import { ledgerMessages } from '../features/ledger/messages';
import { overviewMessages } from '../features/overview/messages';
import { participantsMessages } from '../features/participants/messages';
import { planMessages } from '../features/plan/messages';
import { publicationsMessages } from '../features/publications/messages';
import { questionsMessages } from '../features/questions/messages';
import { queueMessages } from '../features/queue/messages';
import { reportsMessages } from '../features/reports/messages';
import { rulesMessages } from '../features/rules/messages';
import { viewAsMessages } from '../features/view-as/messages';

/** The screens' namespaces, one per feature: loaded with the screens, after sign-in. */
export const screenMessages = {
  collaborations: collaborationsMessages,
  overview: overviewMessages,
  participants: participantsMessages,
  rules: rulesMessages,
  areas: areasMessages,
  activity: activityMessages,
  queue: queueMessages,
  grants: grantsMessages,
  'view-as': viewAsMessages,
  publications: publicationsMessages,
  benchmarks: benchmarksMessages,
  questions: questionsMessages,
  audit: auditMessages,
  plan: planMessages,
  ledger: ledgerMessages,
  closing: closingMessages,
  reports: reportsMessages,
  'api-tokens': apiTokensMessages,
  'notification-preferences': notificationPreferencesMessages,
  'two-factor': twoFactorMessages,
  sessions: sessionsMessages,
  'calendar-feed': calendarFeedMessages,
  redaction: redactionMessages,
  search: searchMessages,
  'admin-users': adminUsersMessages,
  'admin-mail': adminMailMessages,
  webhooks: webhooksMessages,
  // Read signed out too: the pages add it themselves (useMessages) before sign-in.
  'password-reset': passwordResetMessages,
} satisfies Record<string, MessageBundle>;
