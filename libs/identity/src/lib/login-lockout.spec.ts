import { lockDurationMs } from './login-lockout';

describe('lockDurationMs', () => {
  const policy = { accountFailures: 5, ipFailures: 20, firstLockMs: 30_000, maxLockMs: 900_000 };

  it('locks nothing below the threshold', () => {
    expect([0, 1, 4].map((n) => lockDurationMs(n, 5, policy))).toEqual([0, 0, 0]);
  });

  it('doubles the lock with each further failure, up to the longest lock', () => {
    expect([5, 6, 7, 8, 9, 10, 11].map((n) => lockDurationMs(n, 5, policy) / 1000)).toEqual([
      30, 60, 120, 240, 480, 900, 900,
    ]);
    expect(lockDurationMs(10_000, 5, policy)).toBe(900_000);
  });
});
