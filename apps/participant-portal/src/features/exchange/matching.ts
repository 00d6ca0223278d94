import type { ContributionType } from '@alianza/graphql-client/types';
import { compareContributionTypes } from './contribution-types';

export interface MatchableEntry {
  readonly contributionType: ContributionType;
}

/** What one organization seeks and offers in a collaboration. */
export interface MatchableParty {
  readonly seeks: readonly MatchableEntry[];
  readonly offers: readonly MatchableEntry[];
}

/** Where two organizations' needs and offers meet, by kind of contribution. */
export interface PartyMatches {
  /** Kinds they offer that we seek. */
  readonly theyOfferWhatWeSeek: ContributionType[];
  /** Kinds we offer that they seek. */
  readonly weOfferWhatTheySeek: ContributionType[];
}

/** "Other" says nothing about what is exchanged: it never counts as a match. */
const UNSPECIFIC: ReadonlySet<ContributionType> = new Set<ContributionType>(['OTHER']);

function meet(
  offered: readonly MatchableEntry[],
  sought: readonly MatchableEntry[],
): ContributionType[] {
  const soughtTypes = new Set(sought.map((entry) => entry.contributionType));
  const found = new Set(
    offered
      .map((entry) => entry.contributionType)
      .filter((type) => soughtTypes.has(type) && !UNSPECIFIC.has(type)),
  );
  return [...found].sort(compareContributionTypes);
}

/**
 * A quick hint, not a verdict: where one side offers a kind of contribution the other seeks.
 * Each kind appears once, in the seeds' order.
 */
export function matchParties(us: MatchableParty, them: MatchableParty): PartyMatches {
  return {
    theyOfferWhatWeSeek: meet(them.offers, us.seeks),
    weOfferWhatTheySeek: meet(us.offers, them.seeks),
  };
}

export function hasMatches(matches: PartyMatches): boolean {
  return matches.theyOfferWhatWeSeek.length > 0 || matches.weOfferWhatTheySeek.length > 0;
}
