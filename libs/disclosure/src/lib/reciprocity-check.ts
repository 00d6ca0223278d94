/** An organization that has received more than it gave, beyond the collaboration's threshold. */
export interface ReciprocityWarning {
  organizationId: string;
  given: string;
  received: string;
  /** Received minus given. */
  gap: string;
}

/**
 * "Give first, then receive": the question disclosure asks before auto-approving a request, on
 * every approval and for the facilitator's queue. Disclosure declares it (the consumer's
 * contract); the ledger, which keeps the balances, answers it: `grep -rn "provide:
 * ReciprocityCheck"` shows the binding. Not an event (ADR 0021): a question with an answer.
 */
export abstract class ReciprocityCheck {
  /** Of `organizationIds`, those over the collaboration's threshold (none without a threshold). */
  abstract overThreshold(
    collaborationId: string,
    organizationIds: string[],
  ): Promise<ReciprocityWarning[]>;
}
