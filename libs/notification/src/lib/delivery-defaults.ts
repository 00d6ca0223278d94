import { NotificationDelivery, NotificationKind } from '@alianza/shared';

const { IMMEDIATE, DAILY } = NotificationDelivery;

/**
 * How each kind reaches a user who has not chosen: at once when someone waits on the recipient
 * (a request or a question the facilitator must take up, a dispute to settle) or when the
 * recipient was waiting for it or loses something (the decision on one's request, the answer to
 * one's question, an access withdrawn); in the daily digest for what informs without hurry
 * (something shared, proposals, assignments, rounds, published answers) and for reminders of
 * what fell due, which come in batches from the sweeps. No kind defaults to the app alone: every
 * kind is worth an email to someone who has not said otherwise.
 */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationKind, NotificationDelivery>> = {
  [NotificationKind.DISCLOSURE_PENDING]: IMMEDIATE,
  [NotificationKind.DISCLOSURE_DECIDED]: IMMEDIATE,
  [NotificationKind.GRANT_RECEIVED]: DAILY,
  [NotificationKind.GRANT_REVOKED]: IMMEDIATE,
  [NotificationKind.LEDGER_TO_CONFIRM]: DAILY,
  [NotificationKind.LEDGER_DISPUTED]: IMMEDIATE,
  [NotificationKind.LEDGER_PLEDGE_OVERDUE]: DAILY,
  [NotificationKind.PLAN_OVERDUE]: DAILY,
  [NotificationKind.PLAN_PROPOSAL]: DAILY,
  [NotificationKind.PLAN_TASK_ASSIGNED]: DAILY,
  [NotificationKind.ACTIVITY_DECLARATION_CHANGED]: DAILY,
  [NotificationKind.INQUIRY_ASKED]: IMMEDIATE,
  [NotificationKind.INQUIRY_ANSWERED]: IMMEDIATE,
  [NotificationKind.INQUIRY_PUBLISHED]: DAILY,
  [NotificationKind.BENCHMARK_OPEN]: DAILY,
  [NotificationKind.BENCHMARK_CLOSED]: DAILY,
  [NotificationKind.BENCHMARK_PUBLISHED]: DAILY,
  [NotificationKind.WEBHOOK_PAUSED]: IMMEDIATE,
};

/** Every kind, in the order the enum lists them (the settings screen's order). */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** The user's choice for `kind`, or its default when the user made none. */
export function effectiveDelivery(
  kind: NotificationKind,
  chosen: NotificationDelivery | null | undefined,
): NotificationDelivery {
  return chosen ?? DEFAULT_DELIVERY[kind];
}
