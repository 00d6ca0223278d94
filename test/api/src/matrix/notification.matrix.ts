import { unsubscribeToken } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { Operation, outcome, SIGNED_IN } from '../../support/matrix';
import { ROLES } from '../../support/world';

/** The operations of email notification settings in the authorization matrix. */
export const NOTIFICATION_MATRIX: Record<string, Operation> = {
  myNotificationPreferences: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(`{ myNotificationPreferences { kind delivery } }`, {}, as),
        (d: any) => d.myNotificationPreferences.length === Object.keys(NotificationKind).length,
      ),
  },
  setNotificationPreference: {
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation { setNotificationPreference(input: { kind: GRANT_RECEIVED, delivery: IMMEDIATE }) { delivery } }`,
          {},
          as,
        ),
      ),
  },
  unsubscribe: {
    // From an email's link, signed in or not (as whoever): the signed token says whose emails.
    allowed: [...ROLES],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($token: String!) { unsubscribe(input: { token: $token }) { kind delivery } }`,
          {
            token: unsubscribeToken(process.env['ALIANZA_TEST_UNSUBSCRIBE_KEY']!, {
              userId: w.ownerB.id,
              kind: NotificationKind.PLAN_OVERDUE,
            }),
          },
          as,
        ),
        (d: any) => d.unsubscribe.delivery === 'IN_APP',
      ),
  },
};
