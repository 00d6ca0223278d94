import { Operation, outcome, SIGNED_IN } from '../../support/matrix';

/**
 * The operations of personal calendar feeds in the authorization matrix: each signed-in user
 * has their own, and nothing of anyone else's is reachable (no operation takes an id).
 */
export const CALENDAR_MATRIX: Record<string, Operation> = {
  myCalendarFeed: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`{ myCalendarFeed { id } }`, {}, as)),
  },
  createCalendarFeed: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(`mutation { createCalendarFeed { url feed { id } } }`, {}, as),
        (d: any) => typeof d.createCalendarFeed.url === 'string',
      ),
  },
  revokeCalendarFeed: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`mutation { revokeCalendarFeed }`, {}, as)),
  },
};
