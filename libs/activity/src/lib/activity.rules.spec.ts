import { subject } from '@casl/ability';
import { defineAbilityFor, EMPTY_ACCESS_CONTEXT } from '@alianza/authz';
import { Action, ParticipationStatus, Subject, Viewer } from '@alianza/shared';

const viewer: Viewer = {
  userId: 'u1',
  sessionId: 's1',
  email: 'u1@example.org',
  displayName: 'U1',
  isPlatformAdmin: false,
  isFacilitator: false,
};
const on = (type: Subject, attributes: Record<string, unknown>) => subject(type, { ...attributes });

/** The rules of libs/activity (defineActivityRules in libs/authz). */
describe('activity access rules', () => {
  const facilitator = defineAbilityFor(
    { ...viewer, isFacilitator: true },
    { ...EMPTY_ACCESS_CONTEXT, facilitatedCollaborationIds: ['c1'] },
  );
  const memberOfA = (active: boolean) =>
    defineAbilityFor(viewer, {
      ...EMPTY_ACCESS_CONTEXT,
      memberOrganizationIds: ['a'],
      myParticipations: [
        {
          id: 'pa',
          collaborationId: 'c1',
          organizationId: 'a',
          status: ParticipationStatus.ACCEPTED,
          active,
        },
      ],
    });

  it('lets the facilitator compare declarations and lists, never read them', () => {
    for (const type of [Subject.ActivityDeclaration, Subject.CustomerList]) {
      const row = on(type, { collaborationId: 'c1', organizationId: 'a' });
      expect(facilitator.can(Action.Compare, row)).toBe(true);
      expect(facilitator.can(Action.Read, row)).toBe(false);
      expect(facilitator.can(Action.Create, row)).toBe(false);
      expect(facilitator.can(Action.Compare, on(type, { collaborationId: 'c2' }))).toBe(false);
    }
    expect(
      facilitator.can(Action.Update, on(Subject.ActivityOption, { collaborationId: 'c1' })),
    ).toBe(true);
    expect(
      facilitator.can(Action.Decide, on(Subject.DetectedOverlap, { collaborationId: 'c1' })),
    ).toBe(true);
  });

  it('gives an active participant its own declarations and lists only', () => {
    const ability = memberOfA(true);
    for (const type of [Subject.ActivityDeclaration, Subject.CustomerList]) {
      expect(
        ability.can(Action.Read, on(type, { collaborationId: 'c1', organizationId: 'a' })),
      ).toBe(true);
      expect(
        ability.can(Action.Create, on(type, { collaborationId: 'c1', organizationId: 'a' })),
      ).toBe(true);
      expect(
        ability.can(Action.Read, on(type, { collaborationId: 'c1', organizationId: 'b' })),
      ).toBe(false);
      expect(
        ability.can(Action.Compare, on(type, { collaborationId: 'c1', organizationId: 'a' })),
      ).toBe(false);
    }
    expect(ability.can(Action.Read, on(Subject.ActivityOption, { collaborationId: 'c1' }))).toBe(
      true,
    );
    expect(ability.can(Action.Update, on(Subject.ActivityOption, { collaborationId: 'c1' }))).toBe(
      false,
    );
    expect(ability.can(Action.Read, Subject.DetectedOverlap)).toBe(false);
  });

  it('gives nothing to an organization whose participation is not active', () => {
    const ability = memberOfA(false);
    expect(ability.can(Action.Read, Subject.ActivityOption)).toBe(false);
    expect(ability.can(Action.Create, Subject.ActivityDeclaration)).toBe(false);
    expect(ability.can(Action.Create, Subject.CustomerList)).toBe(false);
  });
});
