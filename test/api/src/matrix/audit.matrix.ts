import { Operation, outcome } from '../../support/matrix';

/** The audit log's people, by name (ADR 0040): the facilitator's alone. */
export const AUDIT_MATRIX: Record<string, Operation> = {
  auditLogPeople: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { auditLogPeople(collaborationId: $c) { id displayName } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.auditLogPeople.length > 0,
      ),
  },
};
