/** Whether a closed round published its aggregates or withheld them. */
export enum BenchmarkOutcome {
  PUBLISHED = 'published',
  WITHHELD = 'withheld',
}

/** Why a closed round published nothing (told to the facilitator only). */
export enum BenchmarkWithheldReason {
  /** Fewer organizations submitted than the round's minimum group size k. */
  TOO_FEW_SUBMISSIONS = 'too_few_submissions',
  /** A summable metric where one contributor holds more than the dominance cap of the total. */
  DOMINANCE = 'dominance',
  /**
   * An earlier published round of the same metric had a contributor set that differs from this
   * one by fewer than k organizations: subtracting the two would reveal their values.
   */
  DIFFERENCING = 'differencing',
}

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

/** Which quarter of the group an organization's own value falls in, best quarter first. */
export enum BenchmarkPosition {
  TOP_QUARTER = 'top_quarter',
  UPPER_MIDDLE = 'upper_middle',
  LOWER_MIDDLE = 'lower_middle',
  BOTTOM_QUARTER = 'bottom_quarter',
}
