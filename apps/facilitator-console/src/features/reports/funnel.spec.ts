import { describe, expect, it } from 'vitest';
import { decisionTime, shapeFunnel } from './funnel';

const funnel = {
  requested: 10,
  pending: 2,
  changesRequested: 1,
  approved: 5,
  approvedAutomatically: 2,
  rejected: 1,
  withdrawn: 1,
  decisionHoursP50: 5.25,
  decisionHoursP90: 50,
  grants: 8,
  grantsActive: 4,
  grantsRevoked: 3,
  grantsExpired: 1,
};

describe('shapeFunnel', () => {
  it('splits the requests by outcome, as shares of all requests that add up to one', () => {
    const shaped = shapeFunnel(funnel);
    expect(shaped.outcomes.map((b) => [b.key, b.count, b.share])).toEqual([
      ['approved', 5, 0.5],
      ['rejected', 1, 0.1],
      ['changesRequested', 1, 0.1],
      ['pending', 2, 0.2],
      ['withdrawn', 1, 0.1],
    ]);
    expect(shaped.outcomes.reduce((sum, b) => sum + b.share, 0)).toBeCloseTo(1);
    expect(shaped.automatic).toBe(2);
  });

  it('splits the grants by state, as shares of all grants', () => {
    expect(shapeFunnel(funnel).grantStates.map((b) => [b.key, b.count, b.share])).toEqual([
      ['grantsActive', 4, 0.5],
      ['grantsRevoked', 3, 0.375],
      ['grantsExpired', 1, 0.125],
    ]);
  });

  it('rates approvals over what was decided (approved or rejected), not over all requests', () => {
    expect(shapeFunnel(funnel).approvalRate).toBeCloseTo(5 / 6);
  });

  it('has no rate and zero shares when nothing happened yet', () => {
    const empty = shapeFunnel({
      ...funnel,
      requested: 0,
      pending: 0,
      changesRequested: 0,
      approved: 0,
      approvedAutomatically: 0,
      rejected: 0,
      withdrawn: 0,
      grants: 0,
      grantsActive: 0,
      grantsRevoked: 0,
      grantsExpired: 0,
    });
    expect(empty.approvalRate).toBeNull();
    expect(empty.outcomes.every((b) => b.share === 0)).toBe(true);
    expect(empty.grantStates.every((b) => b.share === 0)).toBe(true);
  });
});

describe('decisionTime', () => {
  it('reads minutes under an hour, hours under two days, and adds days from then on', () => {
    expect(decisionTime(null)).toBeNull();
    expect(decisionTime(0.25)).toEqual({ unit: 'minutes', value: 15 });
    expect(decisionTime(5.25)).toEqual({ unit: 'hours', value: 5.3 });
    expect(decisionTime(47.94)).toEqual({ unit: 'hours', value: 47.9 });
    expect(decisionTime(50)).toEqual({ unit: 'hoursAndDays', value: 50, days: 2.1 });
  });
});
