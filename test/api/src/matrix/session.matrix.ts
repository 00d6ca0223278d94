import { Operation, outcome, SIGNED_IN } from '../../support/matrix';

/** The operations of the list of one's sessions in the authorization matrix. */
export const SESSION_MATRIX: Record<string, Operation> = {
  mySessions: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(await t.gql(`{ mySessions { totalCount nodes { id current } } }`, {}, as)),
  },
  endSession: {
    // A fresh session of the owner of A: only they may end it (anyone else: NOT_FOUND).
    allowed: ['organizationOwner'],
    run: async (t, w, as) => {
      const other = await t.session(w.ownerA.email);
      const { mySessions } = await t.ok<{
        mySessions: { nodes: { id: string; current: boolean }[] };
      }>(`{ mySessions(first: 100) { nodes { id current } } }`, {}, other);
      const id = mySessions.nodes.find((s) => s.current)!.id;
      return outcome(await t.gql(`mutation($id: ID!) { endSession(sessionId: $id) }`, { id }, as));
    },
  },
  endOtherSessions: {
    // Ends the caller's other sessions (the matrix signs the platform admin in afresh for each
    // operation, as it does after changePassword).
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) => outcome(await t.gql(`mutation { endOtherSessions }`, {}, as)),
  },
};
