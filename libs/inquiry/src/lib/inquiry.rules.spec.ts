import { subject } from '@casl/ability';
import { AccessContext, defineAbilityFor, EMPTY_ACCESS_CONTEXT } from '@alianza/authz';
import { Action, ParticipationStatus, Subject, Viewer } from '@alianza/shared';
import { titleQuote } from './inquiry.service';

const viewer: Viewer = {
  userId: 'u1',
  sessionId: 's1',
  email: 'u1@example.org',
  displayName: 'U1',
  isPlatformAdmin: false,
  isFacilitator: false,
};

const on = (type: Subject, attributes: Record<string, unknown>) => subject(type, { ...attributes });

/** A member of organization `org`, whose participation in `c1` is active (or only invited). */
const memberOf = (org: string, active = true): AccessContext => ({
  ...EMPTY_ACCESS_CONTEXT,
  memberOrganizationIds: [org],
  myParticipations: [
    {
      id: `p-${org}`,
      collaborationId: 'c1',
      organizationId: org,
      status: active ? ParticipationStatus.ACCEPTED : ParticipationStatus.INVITED,
      active,
    },
  ],
  activePeerParticipations: active
    ? [
        { id: 'p-a', organizationId: 'a' },
        { id: 'p-b', organizationId: 'b' },
      ]
    : [],
});

describe('inquiry access rules', () => {
  const question = (askerOrganizationId: string, collaborationId = 'c1') =>
    on(Subject.Question, { collaborationId, askerOrganizationId });

  it('lets an active participant ask for its own organization only', () => {
    const ability = defineAbilityFor(viewer, memberOf('a'));
    expect(ability.can(Action.Create, question('a'))).toBe(true);
    expect(ability.can(Action.Create, question('b'))).toBe(false);
    expect(ability.can(Action.Create, question('a', 'c2'))).toBe(false);
    const invited = defineAbilityFor(viewer, memberOf('i', false));
    expect(invited.can(Action.Create, Subject.Question)).toBe(false);
  });

  it("never lets a peer read another organization's question", () => {
    const ability = defineAbilityFor(viewer, memberOf('b'));
    expect(ability.can(Action.Read, question('a'))).toBe(false);
    expect(ability.can(Action.Read, question('b'))).toBe(true);
    expect(ability.can(Action.Answer, question('b'))).toBe(false);
  });

  it('lets the facilitator read, answer and publish in its collaborations only', () => {
    const ability = defineAbilityFor(
      { ...viewer, isFacilitator: true },
      { ...EMPTY_ACCESS_CONTEXT, facilitatedCollaborationIds: ['c1'] },
    );
    expect(ability.can(Action.Answer, question('a'))).toBe(true);
    expect(ability.can(Action.Answer, question('a', 'c2'))).toBe(false);
    expect(ability.can(Action.Create, question('a'))).toBe(false);
    const published = on(Subject.PublishedAnswer, { collaborationId: 'c1' });
    expect(ability.can(Action.Create, published)).toBe(true);
    expect(ability.can(Action.Delete, published)).toBe(true);
  });

  it('shows the published answers to active participants, not to invited ones', () => {
    const published = on(Subject.PublishedAnswer, { collaborationId: 'c1' });
    expect(defineAbilityFor(viewer, memberOf('b')).can(Action.Read, published)).toBe(true);
    expect(defineAbilityFor(viewer, memberOf('i', false)).can(Action.Read, published)).toBe(false);
    expect(defineAbilityFor(viewer, memberOf('b')).can(Action.Create, published)).toBe(false);
  });
});

describe('titleQuote', () => {
  it('keeps a short text on one line, without double quotes', () => {
    expect(titleQuote('  Precio\n de la "harina" ')).toBe("Precio de la 'harina'");
  });

  it('cuts a long text with an ellipsis', () => {
    const quoted = titleQuote('x'.repeat(200));
    expect(quoted).toHaveLength(80);
    expect(quoted.endsWith('…')).toBe(true);
  });
});
