import { Api, TestUser } from './api';

/** Every kind of caller the authorization matrix tries, relative to collaboration `C`. */
export const ROLES = [
  'anonymous',
  'userWithoutOrganization',
  'memberOfOutsideOrganization',
  'participantOfAnotherCollaboration',
  'facilitatorOfAnotherCollaboration',
  'invitedNotAccepted',
  'activeParticipant',
  'organizationOwner',
  'facilitator',
  'platformAdmin',
] as const;

export type Role = (typeof ROLES)[number];

/**
 * A small world built through the public API:
 * - collaboration C (active, facilitator F) with organizations A (owner OA, member MA) and B
 *   (owner OB) active, and organization I (owner OI) invited only;
 * - collaboration C2 (facilitator F2) with organization X (owner OX) active;
 * - organization O (member MO) outside both; a user N with no organization; the platform admin.
 * Roles: `activeParticipant` is MA (member, not owner, of A); `organizationOwner` is OA.
 */
export interface World {
  users: Record<Role, TestUser | null>;
  ownerA: TestUser;
  ownerB: TestUser;
  ownerO: TestUser;
  collaborationId: string;
  otherCollaborationId: string;
  groundRulesVersionId: string;
  orgA: string;
  orgB: string;
  orgI: string;
  orgO: string;
  participationA: string;
  participationB: string;
  participationI: string;
  membershipMA: string;
  entryA: string;
}

export async function buildWorld(t: Api): Promise<World> {
  const [facilitator, otherFacilitator, admin] = await Promise.all([
    t.facilitator('F'),
    t.facilitator('F2'),
    t.admin(),
  ]);
  const [ownerA, memberA, ownerB, ownerI, ownerX, ownerO, memberO, noOrg] = await Promise.all(
    ['OA', 'MA', 'OB', 'OI', 'OX', 'OO', 'MO', 'N'].map((label) => t.user(label)),
  );
  const [orgA, orgB, orgI, orgX, orgO] = await Promise.all([
    t.organization(ownerA, 'A'),
    t.organization(ownerB, 'B'),
    t.organization(ownerI, 'I'),
    t.organization(ownerX, 'X'),
    t.organization(ownerO, 'O'),
  ]);
  const membershipMA = await t.addMember(ownerA, orgA, memberA);
  await t.addMember(ownerO, orgO, memberO);

  const collaborationId = await t.collaboration(facilitator, 'C');
  const rules = await t.publishGroundRules(facilitator, collaborationId);
  const [participationA, participationB, participationI] = await Promise.all([
    t.invite(facilitator, collaborationId, orgA),
    t.invite(facilitator, collaborationId, orgB),
    t.invite(facilitator, collaborationId, orgI),
  ]);
  await t.acceptGroundRules(ownerA, participationA, rules.id);
  await t.acceptGroundRules(ownerB, participationB, rules.id);
  await t.ok(
    `mutation($id: ID!) { changeCollaborationStatus(id: $id, status: ACTIVE) { id } }`,
    { id: collaborationId },
    facilitator,
  );

  const otherCollaborationId = await t.collaboration(otherFacilitator, 'C2');
  const otherRules = await t.publishGroundRules(otherFacilitator, otherCollaborationId);
  const participationX = await t.invite(otherFacilitator, otherCollaborationId, orgX);
  await t.acceptGroundRules(ownerX, participationX, otherRules.id);

  const entry = await t.ok<{ addParticipationEntry: { id: string } }>(
    `mutation($p: ID!) { addParticipationEntry(participationId: $p,
       input: { direction: OFFER, contributionType: INFORMATION, description: "Market notes" }) { id } }`,
    { p: participationA },
    memberA,
  );

  return {
    users: {
      anonymous: null,
      userWithoutOrganization: noOrg,
      memberOfOutsideOrganization: memberO,
      participantOfAnotherCollaboration: ownerX,
      facilitatorOfAnotherCollaboration: otherFacilitator,
      invitedNotAccepted: ownerI,
      activeParticipant: memberA,
      organizationOwner: ownerA,
      facilitator,
      platformAdmin: admin,
    },
    ownerA,
    ownerB,
    ownerO,
    collaborationId,
    otherCollaborationId,
    groundRulesVersionId: rules.id,
    orgA,
    orgB,
    orgI,
    orgO,
    participationA,
    participationB,
    participationI,
    membershipMA,
    entryA: entry.addParticipationEntry.id,
  };
}
