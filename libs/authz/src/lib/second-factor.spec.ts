import { Viewer } from '@alianza/shared';
import { secondFactorMissing, secondFactorRequired } from './policy.guard';

const viewer = (roles: Partial<Viewer>): Viewer => ({
  userId: 'u',
  sessionId: 's',
  email: 'u@example.org',
  displayName: 'U',
  isFacilitator: false,
  isPlatformAdmin: false,
  ...roles,
});

describe('a second factor required of staff', () => {
  it('is required of facilitators and platform administrators only, and only when the instance says so', () => {
    expect(secondFactorRequired(viewer({ isFacilitator: true }), true)).toBe(true);
    expect(secondFactorRequired(viewer({ isPlatformAdmin: true }), true)).toBe(true);
    expect(secondFactorRequired(viewer({}), true)).toBe(false);
    expect(secondFactorRequired(viewer({ isFacilitator: true }), false)).toBe(false);
  });

  it('holds a session without one, and not a reporting token (which does not say)', () => {
    const staff = { isFacilitator: true };
    expect(secondFactorMissing(viewer({ ...staff, hasSecondFactor: false }), true)).toBe(true);
    expect(secondFactorMissing(viewer({ ...staff, hasSecondFactor: true }), true)).toBe(false);
    expect(secondFactorMissing(viewer(staff), true)).toBe(false);
    expect(secondFactorMissing(viewer({ hasSecondFactor: false }), true)).toBe(false);
    expect(secondFactorMissing(viewer({ ...staff, hasSecondFactor: false }), false)).toBe(false);
  });
});
