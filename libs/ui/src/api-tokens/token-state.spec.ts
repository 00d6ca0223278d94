import { describe, expect, it } from 'vitest';
import { dayAfter, expiryInstant, tokenState, type ApiTokenView } from './token-state';

const base: ApiTokenView = {
  id: 't1',
  name: 'Junta',
  prefix: 'alzr_AbCdEfG',
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: '2027-01-30T10:00:00Z',
  revokedAt: null,
  lastUsedAt: null,
  active: true,
};
const now = new Date('2026-11-23T12:00:00Z');

describe('tokenState', () => {
  it('is active before its expiry and while not revoked', () => {
    expect(tokenState(base, now)).toBe('ACTIVE');
  });

  it('is expired once its expiry has passed, even if the list said active when fetched', () => {
    expect(tokenState({ ...base, expiresAt: '2026-11-23T11:59:59Z' }, now)).toBe('EXPIRED');
    expect(tokenState({ ...base, active: false }, now)).toBe('EXPIRED');
  });

  it('says revoked for a revoked token, expired or not', () => {
    const revoked = { ...base, active: false, revokedAt: '2026-11-20T09:00:00Z' };
    expect(tokenState(revoked, now)).toBe('REVOKED');
    expect(tokenState({ ...revoked, expiresAt: '2026-11-21T00:00:00Z' }, now)).toBe('REVOKED');
  });
});

describe('expiry dates', () => {
  it('counts calendar days, across months and years', () => {
    const from = new Date(2026, 10, 23, 15, 30); // 23 Nov 2026, local time
    expect(dayAfter(from, 0)).toBe('2026-11-23');
    expect(dayAfter(from, 90)).toBe('2027-02-21');
    expect(dayAfter(from, 365)).toBe('2027-11-23');
  });

  it('makes a token picked for a day work until the end of that local day', () => {
    const instant = new Date(expiryInstant('2027-02-21'));
    expect([instant.getFullYear(), instant.getMonth(), instant.getDate()]).toEqual([2027, 1, 21]);
    expect([instant.getHours(), instant.getMinutes(), instant.getSeconds()]).toEqual([23, 59, 59]);
  });

  it('keeps the latest pickable day within the API’s limit of 366 days', () => {
    const from = new Date();
    const latest = new Date(expiryInstant(dayAfter(from, 365))).getTime();
    expect(latest - from.getTime()).toBeLessThanOrEqual(366 * 24 * 3600 * 1000);
    expect(latest - from.getTime()).toBeGreaterThan(364 * 24 * 3600 * 1000);
  });
});
