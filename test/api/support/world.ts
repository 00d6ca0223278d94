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
  /** Disclosure engine: a moderated area M with an overlap A–B, A's item in M with a pending
   * request to B, B's item in M granted to A, and A's item in an open area. */
  areaM: string;
  overlapAB: string;
  itemA: string;
  pendingRequestA: string;
  openItemA: string;
  grantToA: string;
  publicationToA: string;
  /** Action plan: an objective, a milestone with a task of A. */
  objective: string;
  milestone: string;
  taskA: string;
}

/**
 * The people and organizations of a world, and C2 (facilitator F2, organization X active): what
 * stays the same from one collaboration C to the next. An operation that changes only what is
 * inside C may get a new C among the same cast (`buildWorld(t, cast)`).
 */
export interface Cast {
  users: Record<Role, TestUser | null>;
  ownerA: TestUser;
  ownerB: TestUser;
  ownerO: TestUser;
  orgA: string;
  orgB: string;
  orgI: string;
  orgO: string;
  membershipMA: string;
  otherCollaborationId: string;
}

export async function buildCast(t: Api): Promise<Cast> {
  const admin = await t.admin();
  const [facilitator, otherFacilitator] = await Promise.all([
    t.facilitator('F', admin),
    t.facilitator('F2', admin),
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

  const otherCollaborationId = await t.collaboration(otherFacilitator, 'C2');
  const otherRules = await t.publishGroundRules(otherFacilitator, otherCollaborationId);
  const participationX = await t.invite(otherFacilitator, otherCollaborationId, orgX);
  await t.acceptGroundRules(ownerX, participationX, otherRules.id);

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
    orgA,
    orgB,
    orgI,
    orgO,
    membershipMA,
    otherCollaborationId,
  };
}

/** A world: collaboration C made afresh, among `cast` or a cast of its own. */
export async function buildWorld(t: Api, cast?: Cast): Promise<World> {
  const { users, ownerA, ownerB, orgA, orgB, orgI } = (cast ??= await buildCast(t));
  const facilitator = users.facilitator!;
  const memberA = users.activeParticipant!;

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
    `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: ACTIVE }) { id } }`,
    { id: collaborationId },
    facilitator,
  );

  const entry = await t.ok<{ addParticipationEntry: { id: string } }>(
    `mutation($p: ID!) { addParticipationEntry(participationId: $p,
       input: { direction: OFFER, contributionType: INFORMATION, description: "Market notes" }) { id } }`,
    { p: participationA },
    memberA,
  );

  const disclosure = await buildDisclosure(t, {
    facilitator,
    ownerA,
    memberA,
    ownerB,
    collaborationId,
    participationA,
    participationB,
    orgA,
    orgB,
  });

  const plan = await buildPlan(t, { facilitator, collaborationId, orgA });

  return {
    ...disclosure,
    ...plan,
    users: { ...users },
    ownerA,
    ownerB,
    ownerO: cast.ownerO,
    collaborationId,
    otherCollaborationId: cast.otherCollaborationId,
    groundRulesVersionId: rules.id,
    orgA,
    orgB,
    orgI,
    orgO: cast.orgO,
    participationA,
    participationB,
    participationI,
    membershipMA: cast.membershipMA,
    entryA: entry.addParticipationEntry.id,
  };
}

async function buildDisclosure(
  t: Api,
  w: {
    facilitator: TestUser;
    ownerA: TestUser;
    memberA: TestUser;
    ownerB: TestUser;
    collaborationId: string;
    participationA: string;
    participationB: string;
    orgA: string;
    orgB: string;
  },
) {
  const area = await t.ok<{ createArea: { id: string } }>(
    `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "M", sensitivity: MODERATED }) { id } }`,
    { c: w.collaborationId },
    w.facilitator,
  );
  const areaM = area.createArea.id;
  const overlap = await t.ok<{ declareOverlap: { id: string } }>(
    `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o }) { id } }`,
    { a: areaM, o: [w.orgA, w.orgB] },
    w.facilitator,
  );
  const createItem = async (as: TestUser, participationId: string, areaId: string, title: string) =>
    (
      await t.ok<{ createItem: { itemId: string } }>(
        `mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: "Body" }) { itemId } }`,
        { p: participationId, a: areaId, t: title },
        as,
      )
    ).createItem.itemId;
  const request = async (as: TestUser, itemId: string, recipient: string) =>
    (
      await t.ok<{ requestDisclosure: { id: string } }>(
        `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
        { i: itemId, r: [recipient] },
        as,
      )
    ).requestDisclosure.id;
  // A disclosure in M is worth something, so its approval writes a ledger entry.
  await t.ok(
    `mutation($c: ID!, $a: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: POINTS, areaValues: [{ areaId: $a, value: "1" }] }) { valuationScale } }`,
    { c: w.collaborationId, a: areaM },
    w.facilitator,
  );
  const itemA = await createItem(w.memberA, w.participationA, areaM, 'A in M');
  const pendingRequestA = await request(w.memberA, itemA, w.orgB);
  const itemB = await createItem(w.ownerB, w.participationB, areaM, 'B in M');
  const toA = await request(w.ownerB, itemB, w.orgA);
  const approved = await t.ok<{ approveDisclosure: { grants: { id: string }[] } }>(
    `mutation($r: ID!, $o: [ID!]!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: $o }) { grants { id } } }`,
    { r: toA, o: [overlap.declareOverlap.id] },
    w.facilitator,
  );
  const publication = await t.ok<{ publish: { id: string } }>(
    `mutation($c: ID!, $o: [ID!]) { publish(collaborationId: $c, input: { title: "Summary", body: "Aggregate", audienceKind: NAMED, recipientOrganizationIds: $o }) { id } }`,
    { c: w.collaborationId, o: [w.orgA] },
    w.facilitator,
  );
  const areas = await t.listOf<{ id: string; sensitivity: string }>(
    w.collaborationId,
    'areas',
    'id sensitivity',
    w.facilitator,
  );
  const openArea = areas.find((a) => a.sensitivity === 'OPEN')!.id;
  const openItemA = await createItem(w.ownerA, w.participationA, openArea, 'A in the open');
  return {
    areaM,
    overlapAB: overlap.declareOverlap.id,
    itemA,
    pendingRequestA,
    openItemA,
    grantToA: approved.approveDisclosure.grants[0]!.id,
    publicationToA: publication.publish.id,
  };
}

async function buildPlan(
  t: Api,
  w: { facilitator: TestUser; collaborationId: string; orgA: string },
) {
  const objective = await t.ok<{ createObjective: { id: string } }>(
    `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Objective" }) { id } }`,
    { c: w.collaborationId },
    w.facilitator,
  );
  const milestone = await t.ok<{ createMilestone: { id: string } }>(
    `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Milestone" }) { id } }`,
    { c: w.collaborationId },
    w.facilitator,
  );
  const task = await t.ok<{ createTask: { id: string } }>(
    `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Task of A", responsibleOrganizationId: $o }) { id } }`,
    { m: milestone.createMilestone.id, o: w.orgA },
    w.facilitator,
  );
  return {
    objective: objective.createObjective.id,
    milestone: milestone.createMilestone.id,
    taskA: task.createTask.id,
  };
}
