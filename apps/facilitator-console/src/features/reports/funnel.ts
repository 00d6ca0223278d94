import type { MantineColor } from '@mantine/core';
import type { ConsoleDisclosureFunnelFragment } from './reports.generated';

/** The funnel's bars: the fragment's counts by outcome and by grant state. */
type OutcomeKey = 'approved' | 'rejected' | 'changesRequested' | 'pending' | 'withdrawn';
type GrantStateKey = 'grantsActive' | 'grantsRevoked' | 'grantsExpired';

/** One bar of the funnel: a count and its share of the stage's total (0–1). */
export interface FunnelBar {
  /** The message key under `funnel.` that names it (and the fragment's field it counts). */
  readonly key: OutcomeKey | GrantStateKey;
  readonly count: number;
  readonly share: number;
  readonly color: MantineColor;
}

export interface ShapedFunnel {
  readonly requested: number;
  /** Every request ends in exactly one of these (they add up to `requested`). */
  readonly outcomes: readonly FunnelBar[];
  /** Approved automatically, within `approved` (open areas, no facilitator). */
  readonly automatic: number;
  /** Approved out of approved + rejected; null when nothing was decided. */
  readonly approvalRate: number | null;
  readonly grants: number;
  /** Every grant is in exactly one of these (they add up to `grants`). */
  readonly grantStates: readonly FunnelBar[];
}

const share = (count: number, total: number) => (total > 0 ? count / total : 0);

/**
 * The disclosure funnel as the report draws it: requests by outcome, then the grants they
 * produced by state. Shares are of each stage's own total, so the bars of a stage add up to 1.
 */
export function shapeFunnel(f: ConsoleDisclosureFunnelFragment): ShapedFunnel {
  const outcomes: [OutcomeKey, number, MantineColor][] = [
    ['approved', f.approved, 'teal'],
    ['rejected', f.rejected, 'red'],
    ['changesRequested', f.changesRequested, 'orange'],
    ['pending', f.pending, 'yellow'],
    ['withdrawn', f.withdrawn, 'gray'],
  ];
  const grants: [GrantStateKey, number, MantineColor][] = [
    ['grantsActive', f.grantsActive, 'teal'],
    ['grantsRevoked', f.grantsRevoked, 'red'],
    ['grantsExpired', f.grantsExpired, 'gray'],
  ];
  const decided = f.approved + f.rejected;
  return {
    requested: f.requested,
    outcomes: outcomes.map(([key, count, color]) => ({
      key,
      count,
      share: share(count, f.requested),
      color,
    })),
    automatic: f.approvedAutomatically,
    approvalRate: decided > 0 ? f.approved / decided : null,
    grants: f.grants,
    grantStates: grants.map(([key, count, color]) => ({
      key,
      count,
      share: share(count, f.grants),
      color,
    })),
  };
}

/** How a decision time reads: minutes under an hour, else hours (with days from two days on). */
export type DecisionTime =
  | { readonly unit: 'minutes'; readonly value: number }
  | { readonly unit: 'hours'; readonly value: number }
  | { readonly unit: 'hoursAndDays'; readonly value: number; readonly days: number };

export function decisionTime(hours: number | null | undefined): DecisionTime | null {
  if (hours === null || hours === undefined) return null;
  if (hours < 1) return { unit: 'minutes', value: Math.round(hours * 60) };
  const rounded = Math.round(hours * 10) / 10;
  if (hours < 48) return { unit: 'hours', value: rounded };
  return { unit: 'hoursAndDays', value: rounded, days: Math.round((hours / 24) * 10) / 10 };
}
