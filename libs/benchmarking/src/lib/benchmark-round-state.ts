/** Where a round is in time; CLOSED from its closing time on (results once it is swept). */
export enum BenchmarkRoundStatus {
  SCHEDULED = 'scheduled',
  OPEN = 'open',
  CLOSED = 'closed',
}

/** Why the caller gets no aggregates for a round it sees. */
export enum BenchmarkResultHiddenReason {
  /** Results exist only once the round has closed. */
  NOT_CLOSED = 'not_closed',
  /** "Give to get": only organizations that submitted see the results. */
  DID_NOT_SUBMIT = 'did_not_submit',
  /** The round closed without publishing (privacy thresholds not met). */
  WITHHELD = 'withheld',
}

/** Where a round is at `now`: closed once swept (`closedAt`) or past its closing time. */
export function roundStatus(
  round: { opensAt: Date; closesAt: Date; closedAt: Date | null },
  now: Date,
): BenchmarkRoundStatus {
  if (round.closedAt) return BenchmarkRoundStatus.CLOSED;
  if (now < round.opensAt) return BenchmarkRoundStatus.SCHEDULED;
  return now < round.closesAt ? BenchmarkRoundStatus.OPEN : BenchmarkRoundStatus.CLOSED;
}

/**
 * Why a caller sees no aggregates (null when it sees them): none before the round is swept;
 * after, an organization that did not submit gets none ("give to get"; the facilitator does),
 * and otherwise the round withheld them.
 */
export function resultHiddenReason(round: {
  hasResult: boolean;
  closedAt: Date | null;
  asFacilitator: boolean;
  submitted: boolean;
}): BenchmarkResultHiddenReason | null {
  if (round.hasResult) return null;
  if (!round.closedAt) return BenchmarkResultHiddenReason.NOT_CLOSED;
  if (!round.asFacilitator && !round.submitted) return BenchmarkResultHiddenReason.DID_NOT_SUBMIT;
  return BenchmarkResultHiddenReason.WITHHELD;
}
