import type { ContributionType } from '@alianza/graphql-client/types';
import { describe, expect, it } from 'vitest';
import { hasMatches, matchParties } from './matching';

const entries = (...types: ContributionType[]) =>
  types.map((contributionType) => ({ contributionType }));

describe('matchParties', () => {
  it('finds what they offer that we seek, and what we offer that they seek', () => {
    const bakery = { seeks: entries('SUPPLY'), offers: entries('LEARNING') };
    const mill = { seeks: entries('RECOMMENDATION', 'LEARNING'), offers: entries('SUPPLY') };
    expect(matchParties(bakery, mill)).toEqual({
      theyOfferWhatWeSeek: ['SUPPLY'],
      weOfferWhatTheySeek: ['LEARNING'],
    });
  });

  it('finds nothing when offers and seeks are of different kinds', () => {
    const bakery = { seeks: entries('SUPPLY'), offers: entries('LEARNING') };
    const courier = { seeks: entries('GROUPING'), offers: entries('LABOUR') };
    const matches = matchParties(bakery, courier);
    expect(matches).toEqual({ theyOfferWhatWeSeek: [], weOfferWhatTheySeek: [] });
    expect(hasMatches(matches)).toBe(false);
  });

  it('does not match a seek with a seek, nor an offer with an offer', () => {
    const a = { seeks: entries('MONEY'), offers: entries('CARE') };
    const b = { seeks: entries('MONEY'), offers: entries('CARE') };
    expect(hasMatches(matchParties(a, b))).toBe(false);
  });

  it('lists each kind once, in the seeds order, however many entries share it', () => {
    const us = { seeks: entries('INFORMATION', 'SUPPLY', 'SUPPLY', 'REPRESENTATION'), offers: [] };
    const them = {
      seeks: [],
      offers: entries('SUPPLY', 'INFORMATION', 'SUPPLY', 'REPRESENTATION'),
    };
    expect(matchParties(us, them).theyOfferWhatWeSeek).toEqual([
      'REPRESENTATION',
      'SUPPLY',
      'INFORMATION',
    ]);
  });

  it('never counts "other" as a match', () => {
    const us = { seeks: entries('OTHER'), offers: entries('OTHER') };
    const them = { seeks: entries('OTHER'), offers: entries('OTHER') };
    expect(hasMatches(matchParties(us, them))).toBe(false);
  });
});
