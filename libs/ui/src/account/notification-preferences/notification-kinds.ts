import type { NotificationKind } from '@alianza/graphql-client';

/**
 * The kinds each app offers to set: those its users receive there (a facilitator's in the
 * console, a member's in the portal). A person who is both sets the shared kinds in either.
 */
export const CONSOLE_NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'DISCLOSURE_PENDING',
  'INQUIRY_ASKED',
  'LEDGER_DISPUTED',
  'LEDGER_TO_CONFIRM',
  'LEDGER_PLEDGE_OVERDUE',
  'PLAN_PROPOSAL',
  'PLAN_OVERDUE',
  'BENCHMARK_CLOSED',
  'WEBHOOK_PAUSED',
];

export const PORTAL_NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'DISCLOSURE_DECIDED',
  'GRANT_RECEIVED',
  'GRANT_REVOKED',
  'INQUIRY_ANSWERED',
  'INQUIRY_PUBLISHED',
  'LEDGER_TO_CONFIRM',
  'LEDGER_PLEDGE_OVERDUE',
  'PLAN_TASK_ASSIGNED',
  'PLAN_OVERDUE',
  'ACTIVITY_DECLARATION_CHANGED',
  'BENCHMARK_OPEN',
  'BENCHMARK_PUBLISHED',
  'WEBHOOK_PAUSED',
];
