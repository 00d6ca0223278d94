import { subject } from '@casl/ability';
import { Action, ParticipationStatus, Subject, Viewer } from '@alianza/shared';
import { defineAbilityFor } from './ability.factory';
import { AccessContext, EMPTY_ACCESS_CONTEXT } from './access-context';

const viewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  userId: 'u1',
  sessionId: 's1',
  email: 'u1@example.org',
  displayName: 'U1',
  isPlatformAdmin: false,
  isFacilitator: false,
  ...overrides,
});

/** A subject instance with these attributes, as CASL checks them. */
const on = (type: Subject, attributes: Record<string, unknown>) => subject(type, { ...attributes });

const context = (overrides: Partial<AccessContext>): AccessContext => ({
  ...EMPTY_ACCESS_CONTEXT,
  ...overrides,
});

describe('defineAbilityFor', () => {
  it('gives the anonymous nothing at all', () => {
    const ability = defineAbilityFor(undefined, EMPTY_ACCESS_CONTEXT);
    expect(ability.rules).toEqual([]);
  });

  it('lets a signed-in user read only themself and found organizations', () => {
    const ability = defineAbilityFor(viewer(), EMPTY_ACCESS_CONTEXT);
    expect(ability.can(Action.Read, on(Subject.User, { id: 'u1' }))).toBe(true);
    expect(ability.can(Action.Read, on(Subject.User, { id: 'u2' }))).toBe(false);
    expect(ability.can(Action.Create, Subject.Organization)).toBe(true);
    expect(ability.can(Action.Create, Subject.Collaboration)).toBe(false);
    expect(ability.can(Action.Read, Subject.Collaboration)).toBe(false);
  });

  it('matches invitations to the address only once the address is verified', () => {
    const mine = { email: 'u1@example.org' };
    for (const type of [Subject.OrganizationInvitation, Subject.CollaborationInvitation]) {
      const proven = defineAbilityFor(viewer({ emailVerified: true }), EMPTY_ACCESS_CONTEXT);
      expect(proven.can(Action.Respond, on(type, mine))).toBe(true);
      expect(proven.can(Action.Respond, on(type, { email: 'else@example.org' }))).toBe(false);
      for (const unproven of [viewer({ emailVerified: false }), viewer()]) {
        const ability = defineAbilityFor(unproven, EMPTY_ACCESS_CONTEXT);
        expect(ability.can(Action.Read, on(type, mine))).toBe(false);
        expect(ability.can(Action.Respond, on(type, mine))).toBe(false);
      }
    }
  });

  it('keeps platform admins out of collaborations', () => {
    const ability = defineAbilityFor(viewer({ isPlatformAdmin: true }), EMPTY_ACCESS_CONTEXT);
    expect(ability.can(Action.GrantFacilitator, Subject.User)).toBe(true);
    expect(ability.can(Action.Read, Subject.MailMessage)).toBe(true);
    expect(ability.can(Action.Resend, Subject.MailMessage)).toBe(true);
    expect(ability.can(Action.Read, Subject.Collaboration)).toBe(false);
    expect(ability.can(Action.Read, Subject.Participation)).toBe(false);
  });

  it('scopes a facilitator to the collaborations they facilitate', () => {
    const ability = defineAbilityFor(
      viewer({ isFacilitator: true }),
      context({ facilitatedCollaborationIds: ['c1'] }),
    );
    expect(ability.can(Action.Invite, on(Subject.Collaboration, { id: 'c1' }))).toBe(true);
    expect(ability.can(Action.Invite, on(Subject.Collaboration, { id: 'c2' }))).toBe(false);
    expect(ability.can(Action.Read, on(Subject.Participation, { collaborationId: 'c1' }))).toBe(
      true,
    );
    expect(
      ability.can(Action.Respond, on(Subject.Participation, { id: 'p1', collaborationId: 'c1' })),
    ).toBe(false);
  });

  it('lets only owners respond for their organization', () => {
    const mine = [
      {
        id: 'p1',
        collaborationId: 'c1',
        organizationId: 'o1',
        status: ParticipationStatus.INVITED,
        active: false,
      } as const,
    ];
    const asOwner = defineAbilityFor(
      viewer(),
      context({
        memberOrganizationIds: ['o1'],
        ownerOrganizationIds: ['o1'],
        myParticipations: [...mine],
      }),
    );
    const asMember = defineAbilityFor(
      viewer(),
      context({ memberOrganizationIds: ['o1'], myParticipations: [...mine] }),
    );
    expect(asOwner.can(Action.Respond, on(Subject.Participation, { id: 'p1' }))).toBe(true);
    expect(asMember.can(Action.Respond, on(Subject.Participation, { id: 'p1' }))).toBe(false);
    expect(asMember.can(Action.Read, on(Subject.Collaboration, { id: 'c1' }))).toBe(true);
    expect(
      asMember.can(Action.Create, on(Subject.ParticipationEntry, { participationId: 'p1' })),
    ).toBe(true);
  });

  it("names the facilitator's own operations, in facilitated collaborations only", () => {
    const facilitator = defineAbilityFor(
      viewer({ isFacilitator: true }),
      context({ facilitatedCollaborationIds: ['c1'] }),
    );
    const owner = defineAbilityFor(
      viewer(),
      context({
        memberOrganizationIds: ['o1'],
        ownerOrganizationIds: ['o1'],
        myParticipations: [
          {
            id: 'p1',
            collaborationId: 'c1',
            organizationId: 'o1',
            status: ParticipationStatus.ACCEPTED,
            active: true,
          },
        ],
      }),
    );
    const checks: [Action, Subject, Record<string, unknown>][] = [
      [Action.Verify, Subject.AuditRecord, { collaborationId: 'c1' }],
      [Action.Review, Subject.Grant, { collaborationId: 'c1' }],
      [Action.ViewAs, Subject.Collaboration, { id: 'c1' }],
    ];
    for (const [action, type, attributes] of checks) {
      expect(facilitator.can(action, on(type, attributes))).toBe(true);
      expect(
        facilitator.can(action, on(type, { ...attributes, id: 'c2', collaborationId: 'c2' })),
      ).toBe(false);
      // An owner who may revoke its own grants and read its own records still may not do these.
      expect(owner.can(action, type)).toBe(false);
    }
    // Adding to the plan: the facilitator's is accepted, an active participant's is proposed.
    expect(facilitator.can(Action.Propose, on(Subject.Milestone, { collaborationId: 'c1' }))).toBe(
      true,
    );
    expect(owner.can(Action.Propose, on(Subject.Task, { collaborationId: 'c1' }))).toBe(true);
    expect(owner.can(Action.Create, on(Subject.Task, { collaborationId: 'c1' }))).toBe(false);
  });

  it('shows peers only through active participations', () => {
    const ability = defineAbilityFor(
      viewer(),
      context({ activePeerParticipations: [{ id: 'p2', organizationId: 'o2' }] }),
    );
    expect(ability.can(Action.Read, on(Subject.Organization, { id: 'o2' }))).toBe(true);
    expect(ability.can(Action.Read, on(Subject.Organization, { id: 'o3' }))).toBe(false);
    expect(
      ability.can(Action.Read, on(Subject.ParticipationEntry, { participationId: 'p2' })),
    ).toBe(true);
    expect(
      ability.can(Action.Update, on(Subject.ParticipationEntry, { participationId: 'p2' })),
    ).toBe(false);
  });

  it('lets facilitators report on their collaborations and members on their organizations only', () => {
    const ability = defineAbilityFor(
      viewer({ isFacilitator: true }),
      context({ facilitatedCollaborationIds: ['c1'], memberOrganizationIds: ['o1'] }),
    );
    expect(ability.can(Action.ReadReport, on(Subject.Collaboration, { id: 'c1' }))).toBe(true);
    expect(ability.can(Action.ReadReport, on(Subject.Collaboration, { id: 'c2' }))).toBe(false);
    expect(ability.can(Action.ReadReport, on(Subject.Organization, { id: 'o1' }))).toBe(true);
    expect(ability.can(Action.ReadReport, on(Subject.Organization, { id: 'o2' }))).toBe(false);
    const participant = defineAbilityFor(
      viewer(),
      context({
        myParticipations: [
          {
            id: 'p1',
            collaborationId: 'c1',
            organizationId: 'o1',
            status: ParticipationStatus.ACCEPTED,
            active: true,
          },
        ],
      }),
    );
    expect(participant.can(Action.ReadReport, on(Subject.Collaboration, { id: 'c1' }))).toBe(false);
  });

  it('lets a user read and revoke only their own API tokens', () => {
    const ability = defineAbilityFor(viewer(), EMPTY_ACCESS_CONTEXT);
    expect(ability.can(Action.Revoke, on(Subject.ApiToken, { userId: 'u1' }))).toBe(true);
    expect(ability.can(Action.Revoke, on(Subject.ApiToken, { userId: 'u2' }))).toBe(false);
    expect(ability.can(Action.Read, on(Subject.ApiToken, { userId: 'u2' }))).toBe(false);
  });

  it("lets a user read and end only their own sessions, an administrator no one else's", () => {
    for (const who of [viewer(), viewer({ isPlatformAdmin: true })]) {
      const ability = defineAbilityFor(who, EMPTY_ACCESS_CONTEXT);
      expect(ability.can(Action.Read, on(Subject.Session, { userId: 'u1' }))).toBe(true);
      expect(ability.can(Action.Revoke, on(Subject.Session, { userId: 'u1' }))).toBe(true);
      expect(ability.can(Action.Read, on(Subject.Session, { userId: 'u2' }))).toBe(false);
      expect(ability.can(Action.Revoke, on(Subject.Session, { userId: 'u2' }))).toBe(false);
    }
  });
});
