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
   * Combining the totals of earlier published rounds of the same area and unit (any metric name)
   * with this one would isolate fewer than k organizations (ADR 0011).
   */
  DIFFERENCING = 'differencing',
  /**
   * Almost every value sits at the bound everybody knows (e.g. all but one are 0 on a metric
   * that cannot be negative): even the overall average would give values away.
   */
  VALUES_AT_LIMIT = 'values_at_limit',
  /**
   * Published before issue 11 under the quartile rule, which could give values away: withdrawn
   * by the upgrade (ADR 0011). Its contributors still count for the differencing defence.
   */
  RULE_RETIRED = 'rule_retired',
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

/** How a round turns the values into published figures. */
export enum BenchmarkPublicationMode {
  /** Exact averages of rank bands of at least k values (ADR 0011); the default. */
  RANK_BANDS = 'rank_bands',
  /** Noisy figures with an ε-differential-privacy guarantee (ADR 0012). */
  DIFFERENTIAL_PRIVACY = 'differential_privacy',
}
