/** Why a round, as configured, could never publish anything (the API says the same once created). */
export type PublishWarning =
  | { kind: 'TOO_FEW_PARTICIPANTS'; participants: number; k: number }
  | { kind: 'CAP_UNREACHABLE'; participants: number; needed: number; cap: number };

/**
 * How many contributors a summable metric needs for none of them to hold more than `cap` of
 * the total: the largest of n values is at least 1/n of their sum, so n ≥ 1/cap.
 */
export function minimumForCap(cap: number): number {
  return Math.ceil(1 / cap - 1e-9);
}

/** What keeps a round with these settings from ever publishing, before it is created. */
export function publishWarnings(settings: {
  participants: number;
  k: number;
  summable: boolean;
  /** Share of the total, in (0, 1]. */
  dominanceCap: number;
}): PublishWarning[] {
  const { participants, k, summable, dominanceCap } = settings;
  const warnings: PublishWarning[] = [];
  if (participants < k) warnings.push({ kind: 'TOO_FEW_PARTICIPANTS', participants, k });
  if (summable && dominanceCap > 0) {
    const needed = minimumForCap(dominanceCap);
    if (participants < needed)
      warnings.push({ kind: 'CAP_UNREACHABLE', participants, needed, cap: dominanceCap });
  }
  return warnings;
}
