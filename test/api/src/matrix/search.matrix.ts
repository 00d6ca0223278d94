import { ACTIVE_OF_C, Operation, outcome } from '../../support/matrix';

/** The operations of libs/search in the authorization matrix (see authorization-matrix.e2e-spec.ts). */
export const SEARCH_MATRIX: Record<string, Operation> = {
  search: {
    // Finding B's item shared with A, as shared: A's people only (B and the facilitator find it
    // as an item, the others nothing; anonymous is refused).
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID) { search(query: "B in M", collaborationId: $c) { nodes { kind title } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) =>
          d.search.nodes.some(
            (n: { kind: string; title: string }) =>
              n.kind === 'SHARED_ITEM' && n.title === 'B in M',
          ),
      ),
  },
};
