import { describe, expect, it } from 'vitest';
import type { PortalHomeCollaborationFragment } from './home.generated';
import { homeSections } from './home-sections';

type Participation = PortalHomeCollaborationFragment['myParticipations'][number];

function participation(overrides: Partial<Participation> = {}): Participation {
  return {
    id: 'p',
    status: 'ACCEPTED',
    active: true,
    mustAcceptGroundRules: false,
    acceptedGroundRulesVersion: 1,
    invitationMessage: '',
    invitedAt: '2026-11-01T10:00:00Z',
    respondedAt: '2026-11-02T10:00:00Z',
    organization: { id: 'o', name: 'Panadería La Espiga', myRole: 'OWNER' },
    ...overrides,
  };
}

function collaboration(
  id: string,
  status: PortalHomeCollaborationFragment['status'],
  mine: Participation[],
  viewerIsFacilitator = false,
): PortalHomeCollaborationFragment {
  return {
    id,
    title: id,
    objective: '',
    status,
    currentGroundRulesVersion: 1,
    viewerIsFacilitator,
    facilitators: [],
    myParticipations: mine,
  };
}

const ids = (list: readonly PortalHomeCollaborationFragment[]) => list.map((c) => c.id);

describe('homeSections', () => {
  it('puts invitations apart and, among the rest, new rules to accept before the others', () => {
    const sections = homeSections([
      collaboration('closed', 'CLOSED', [participation()]),
      collaboration('running', 'ACTIVE', [participation()]),
      collaboration('invited', 'DRAFT', [participation({ status: 'INVITED', active: false })]),
      collaboration('new-rules', 'ACTIVE', [
        participation({ mustAcceptGroundRules: true, active: false }),
      ]),
    ]);
    expect(ids(sections.invitations)).toEqual(['invited']);
    expect(ids(sections.others)).toEqual(['new-rules', 'running', 'closed']);
  });

  it('leaves out declined participations and collaborations the user only facilitates', () => {
    const sections = homeSections([
      collaboration('declined', 'DRAFT', [participation({ status: 'DECLINED', active: false })]),
      collaboration('facilitated', 'ACTIVE', [], true),
    ]);
    expect(sections.invitations).toEqual([]);
    expect(sections.others).toEqual([]);
    expect(sections.facilitatedOnly).toBe(true);
  });
});
