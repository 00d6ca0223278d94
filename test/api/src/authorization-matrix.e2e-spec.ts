import { Api, TEST_PASSWORD } from '../support/api';
import {
  ACTIVE_OF_C,
  MEMBERS_OF_C,
  Operation,
  Outcome,
  outcome,
  SIGNED_IN,
} from '../support/matrix';
import { buildCast, buildWorld, Cast, ROLES, World } from '../support/world';
import { ACCOUNT_LANGUAGE_MATRIX } from './matrix/account-language.matrix';
import { ACTIVITY_MATRIX } from './matrix/activity.matrix';
import { AUDIT_MATRIX } from './matrix/audit.matrix';
import { BENCHMARKING_MATRIX } from './matrix/benchmarking.matrix';
import { CALENDAR_MATRIX } from './matrix/calendar.matrix';
import { EDITING_MATRIX } from './matrix/editing.matrix';
import { INQUIRY_MATRIX } from './matrix/inquiry.matrix';
import { INVITATION_MATRIX } from './matrix/invitation.matrix';
import { LIVE_MATRIX } from './matrix/live.matrix';
import { EMAIL_ADDRESS_MATRIX } from './matrix/email-address.matrix';
import { MAIL_MATRIX } from './matrix/mail.matrix';
import { NOTIFICATION_MATRIX } from './matrix/notification.matrix';
import { REPORTING_MATRIX } from './matrix/reporting.matrix';
import { SEARCH_MATRIX } from './matrix/search.matrix';
import { SESSION_MATRIX } from './matrix/session.matrix';
import { TWO_FACTOR_MATRIX } from './matrix/two-factor.matrix';
import { WEBHOOKS_MATRIX } from './matrix/webhooks.matrix';

/** A fresh pending contribution declared by B as given to A. */
async function entryFromBToA(t: Api, w: World): Promise<string> {
  const declared = await t.ok<{ declareContribution: { id: string }[] }>(
    `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: SUPPLY, description: "Flour", value: "2.50", occurredOn: "2026-11-01" }) { id } }`,
    { c: w.collaborationId, r: [w.orgA] },
    w.ownerB,
  );
  return declared.declareContribution[0]!.id;
}

/** A fresh open pledge of A to B. */
async function pledgeOfA(t: Api, w: World): Promise<string> {
  const made = await t.ok<{ makePledge: { id: string } }>(
    `mutation($c: ID!, $r: ID) { makePledge(collaborationId: $c, input: { receiverOrganizationId: $r, contributionType: CARE, description: "Care", dueOn: "2099-01-01" }) { id } }`,
    { c: w.collaborationId, r: w.orgB },
    w.ownerA,
  );
  return made.makePledge.id;
}

/** Moves the world's collaboration to `closing` (evaluations open), once. */
async function toClosing(t: Api, w: World): Promise<void> {
  const res = await t.gql(
    `mutation($c: ID!) { changeCollaborationStatus(id: $c, status: CLOSING) { status } }`,
    { c: w.collaborationId },
    w.users.facilitator,
  );
  if (res.errors && res.errors[0]?.extensions.code !== 'INVALID_TRANSITION')
    throw new Error(JSON.stringify(res.errors));
}

/** Runs `mutation(invitationId)` on a fresh invitation of A to an address nobody has. */
function onFreshInvitation(mutation: string): Operation['run'] {
  return async (t, w, as) => {
    const invitation = await t.inviteMember(w.ownerA, w.orgA, t.uniqueEmail('newcomer'));
    return outcome(
      await t.gql(
        `mutation($i: ID!) { ${mutation}(invitationId: $i) { id } }`,
        { i: invitation },
        as,
      ),
    );
  };
}

/** Every query and mutation of the API × every role: the access design, as a table. */
const CORE_MATRIX: Record<string, Operation> = {
  // --- Queries ---------------------------------------------------------------------------
  me: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(await t.gql(`{ me { id } }`, {}, as), (d: any) => d.me !== null),
  },
  demoSignIn: {
    // Anyone may ask (the sign-in page does), but this instance holds no demo data: no one is
    // told a password.
    allowed: [],
    run: async (t, _w, as) =>
      outcome(
        await t.gql(`{ demoSignIn { password } }`, {}, as),
        (d: any) => d.demoSignIn !== null,
      ),
  },
  myOrganizationInvitations: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(await t.gql(`{ myOrganizationInvitations { id organizationName } }`, {}, as)),
  },
  users: {
    allowed: ['platformAdmin'],
    run: async (t, w, as) =>
      outcome(await t.gql(`{ users(first: 100) { nodes { email } } }`, {}, as), (d: any) =>
        d.users.nodes.some((u: { email: string }) => u.email === w.ownerB.email),
      ),
  },
  organization: {
    allowed: [
      'activeParticipant',
      'organizationOwner',
      'facilitator',
      'facilitatorOfAnotherCollaboration',
      'platformAdmin',
    ],
    run: async (t, w, as) =>
      outcome(await t.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: w.orgB }, as)),
  },
  organizations: {
    allowed: [
      'activeParticipant',
      'organizationOwner',
      'facilitator',
      'facilitatorOfAnotherCollaboration',
      'platformAdmin',
    ],
    run: async (t, w, as) =>
      outcome(
        await t.gql(`query { organizations(first: 100) { nodes { id } } }`, {}, as),
        (d: any) => d.organizations.nodes.some((o: { id: string }) => o.id === w.orgB),
      ),
  },
  collaboration: {
    allowed: MEMBERS_OF_C,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($id: ID!) { collaboration(id: $id) { id } }`,
          { id: w.collaborationId },
          as,
        ),
      ),
  },
  collaborations: {
    allowed: MEMBERS_OF_C,
    run: async (t, w, as) =>
      outcome(await t.gql(`{ collaborations(first: 100) { nodes { id } } }`, {}, as), (d: any) =>
        d.collaborations.nodes.some((c: { id: string }) => c.id === w.collaborationId),
      ),
  },
  participations: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(await t.gql(`{ participations(first: 100) { nodes { id } } }`, {}, as), (d: any) =>
        d.participations.nodes.some((p: { id: string }) => p.id === w.participationB),
      ),
  },

  // --- Identity ----------------------------------------------------------------------------
  signUp: {
    allowed: [...ROLES],
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation($input: SignUpInput!) { signUp(input: $input) }`,
          {
            input: { email: t.uniqueEmail('new'), password: TEST_PASSWORD, displayName: 'New' },
          },
          as,
        ),
      ),
  },
  login: {
    allowed: [...ROLES],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($input: LoginInput!) { login(input: $input) { expiresAt } }`,
          {
            input: { email: w.ownerB.email, password: TEST_PASSWORD },
          },
          as,
        ),
      ),
  },
  logout: {
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) => outcome(await t.gql(`mutation { logout }`, {}, as)),
  },
  changePassword: {
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) => {
      const change = (from: string, to: string) =>
        t.gql(
          `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
          {
            input: { currentPassword: from, newPassword: to },
          },
          as,
        );
      const result = outcome(await change(as?.password ?? TEST_PASSWORD, 'a temporary passphrase'));
      if (result === 'allowed') await change('a temporary passphrase', as!.password);
      return result;
    },
  },
  registerFacilitator: {
    allowed: ['platformAdmin'],
    mutates: true,
    run: async (t, _w, as) => {
      const candidate = await t.user('candidate');
      return outcome(
        await t.gql(
          `mutation($input: RegisterFacilitatorInput!) { registerFacilitator(input: $input) { id } }`,
          {
            input: { email: candidate.email },
          },
          as,
        ),
      );
    },
  },
  revokeFacilitatorRole: {
    allowed: ['platformAdmin'],
    mutates: true,
    run: async (t, _w, as) => {
      const target = await t.facilitator('target');
      return outcome(
        await t.gql(
          `mutation($id: ID!) { revokeFacilitatorRole(userId: $id) { id } }`,
          { id: target.id },
          as,
        ),
      );
    },
  },

  // --- Organizations -------------------------------------------------------------------------
  createOrganization: {
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation { createOrganization(input: { name: "New org", kind: OTHER }) { id } }`,
          {},
          as,
        ),
      ),
  },
  updateOrganization: {
    allowed: ['organizationOwner'],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { updateOrganization(id: $id, input: { mission: "New" }) { id } }`,
          { id: w.orgA },
          as,
        ),
      ),
  },
  inviteOrganizationMember: {
    allowed: ['organizationOwner'],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($o: ID!, $e: String!) { inviteOrganizationMember(organizationId: $o, input: { email: $e }) { id } }`,
          { o: w.orgA, e: t.uniqueEmail('newcomer') },
          as,
        ),
      ),
  },
  revokeOrganizationInvitation: {
    allowed: ['organizationOwner'],
    mutates: true,
    run: onFreshInvitation('revokeOrganizationInvitation'),
  },
  // Only the invited address answers (organization-invitations.e2e-spec): none of these roles is it.
  acceptOrganizationInvitation: {
    allowed: [],
    mutates: true,
    run: onFreshInvitation('acceptOrganizationInvitation'),
  },
  declineOrganizationInvitation: {
    allowed: [],
    mutates: true,
    run: onFreshInvitation('declineOrganizationInvitation'),
  },
  changeOrganizationMemberRole: {
    allowed: ['organizationOwner'],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($m: ID!) { changeOrganizationMemberRole(membershipId: $m, role: MEMBER) { id } }`,
          { m: w.membershipMA },
          as,
        ),
      ),
  },
  removeOrganizationMember: {
    allowed: ['organizationOwner'],
    mutates: true,
    run: async (t, w, as) => {
      const extra = await t.user('extra');
      const membership = await t.addMember(w.ownerA, w.orgA, extra);
      return outcome(
        await t.gql(
          `mutation($m: ID!) { removeOrganizationMember(membershipId: $m) { id } }`,
          { m: membership },
          as,
        ),
      );
    },
  },

  // --- Collaborations --------------------------------------------------------------------------
  createCollaboration: {
    allowed: ['facilitator', 'facilitatorOfAnotherCollaboration'],
    mutates: 'collaboration',
    run: async (t, _w, as) =>
      outcome(
        await t.gql(`mutation { createCollaboration(input: { title: "New" }) { id } }`, {}, as),
      ),
  },
  updateCollaboration: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { updateCollaboration(id: $id, input: { objective: "More" }) { id } }`,
          { id: w.collaborationId },
          as,
        ),
      ),
  },
  changeCollaborationStatus: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { changeCollaborationStatus(id: $id, status: CLOSING) { id } }`,
          { id: w.collaborationId },
          as,
        ),
      ),
  },
  inviteOrganization: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!, $o: ID!) { inviteOrganization(collaborationId: $c, input: { organizationId: $o }) { id } }`,
          {
            c: w.collaborationId,
            o: w.orgO,
          },
          as,
        ),
      ),
  },
  withdrawInvitation: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!) { withdrawInvitation(participationId: $p) { id } }`,
          { p: w.participationI },
          as,
        ),
      ),
  },
  publishGroundRules: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { publishGroundRules(collaborationId: $c, input: { body: "v2", thirdPartyRules: "none" }) { id } }`,
          {
            c: w.collaborationId,
          },
          as,
        ),
      ),
  },
  acceptGroundRules: {
    allowed: ['invitedNotAccepted'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!, $v: ID!) { acceptGroundRules(participationId: $p, groundRulesVersionId: $v) { id } }`,
          {
            p: w.participationI,
            v: w.groundRulesVersionId,
          },
          as,
        ),
      ),
  },
  declineInvitation: {
    allowed: ['invitedNotAccepted'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!) { declineInvitation(participationId: $p) { id } }`,
          { p: w.participationI },
          as,
        ),
      ),
  },
  withdrawParticipation: {
    allowed: ['organizationOwner'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!) { withdrawParticipation(participationId: $p) { id } }`,
          { p: w.participationA },
          as,
        ),
      ),
  },
  addParticipationEntry: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!) { addParticipationEntry(participationId: $p,
          input: { direction: SEEK, contributionType: CARE, description: "Help" }) { id } }`,
          { p: w.participationA },
          as,
        ),
      ),
  },
  updateParticipationEntry: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($e: ID!) { updateParticipationEntry(entryId: $e, input: { description: "Edited" }) { id } }`,
          { e: w.entryA },
          as,
        ),
      ),
  },
  removeParticipationEntry: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const entry = await t.ok<{ addParticipationEntry: { id: string } }>(
        `mutation($p: ID!) { addParticipationEntry(participationId: $p,
           input: { direction: OFFER, contributionType: MONEY, description: "To remove" }) { id } }`,
        { p: w.participationA },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($e: ID!) { removeParticipationEntry(entryId: $e) { id } }`,
          { e: entry.addParticipationEntry.id },
          as,
        ),
      );
    },
  },

  // --- Disclosure engine ---------------------------------------------------------------------
  areas: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { areas(collaborationId: $c) { id } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.areas.some((a: { id: string }) => a.id === w.areaM),
      ),
  },
  overlaps: {
    // The facilitator all; A's members the A–B overlap, which involves A.
    allowed: ['facilitator', 'activeParticipant', 'organizationOwner'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { overlaps(collaborationId: $c) { id } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.overlaps.some((o: { id: string }) => o.id === w.overlapAB),
      ),
  },
  items: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { items(collaborationId: $c, first: 100) { nodes { id } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.items.nodes.some((i: { id: string }) => i.id === w.itemA),
      ),
  },
  item: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(`query($i: ID!) { item(id: $i) { id latest { title } } }`, { i: w.itemA }, as),
      ),
  },
  disclosureRequests: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { disclosureRequests(collaborationId: $c, first: 100) { nodes { id } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) =>
          d.disclosureRequests.nodes.some((r: { id: string }) => r.id === w.pendingRequestA),
      ),
  },
  disclosureRequest: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($r: ID!) { disclosureRequest(id: $r) { id } }`,
          { r: w.pendingRequestA },
          as,
        ),
      ),
  },
  sharedWithMe: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID) { sharedWithMe(collaborationId: $c) { nodes { title } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.sharedWithMe.nodes.some((n: { title: string }) => n.title === 'B in M'),
      ),
  },
  sharedWithOrganization: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!, $o: ID!) { sharedWithOrganization(collaborationId: $c, organizationId: $o) { nodes { title } } }`,
          {
            c: w.collaborationId,
            o: w.orgA,
          },
          as,
        ),
        (d: any) =>
          d.sharedWithOrganization.nodes.some((n: { title: string }) => n.title === 'B in M'),
      ),
  },
  auditLog: {
    // An invited organization already reads the records about itself (its invitation).
    allowed: MEMBERS_OF_C,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { auditLog(collaborationId: $c, first: 5) { totalCount } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.auditLog.totalCount > 0,
      ),
  },
  verifyAuditLog: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { verifyAuditLog(collaborationId: $c) { valid } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  createArea: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "New", sensitivity: OPEN }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  updateArea: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($a: ID!) { updateArea(id: $a, input: { description: "Edited" }) { id } }`,
          { a: w.areaM },
          as,
        ),
      ),
  },
  declareOverlap: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($a: ID!, $o: [ID!]!) { declareOverlap(areaId: $a, input: { organizationIds: $o }) { id } }`,
          {
            a: w.areaM,
            o: [w.orgA, w.orgI],
          },
          as,
        ),
      ),
  },
  updateOverlap: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($o: ID!) { updateOverlap(id: $o, input: { note: "Edited", sharedNote: "For the parties" }) { id } }`,
          { o: w.overlapAB },
          as,
        ),
      ),
  },
  removeOverlap: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(`mutation($o: ID!) { removeOverlap(id: $o) { id } }`, { o: w.overlapAB }, as),
      ),
  },
  createItem: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "New" }) { id } }`,
          {
            p: w.participationA,
            a: w.areaM,
          },
          as,
        ),
      ),
  },
  editItem: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($i: ID!) { editItem(itemId: $i, input: { title: "Edited" }) { version } }`,
          { i: w.itemA },
          as,
        ),
      ),
  },
  requestDisclosure: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
          {
            i: w.itemA,
            r: [w.orgB],
          },
          as,
        ),
      ),
  },
  approveDisclosure: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($r: ID!, $o: [ID!]!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: $o }) { id } }`,
          {
            r: w.pendingRequestA,
            o: [w.overlapAB],
          },
          as,
        ),
      ),
  },
  requestDisclosureChanges: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($r: ID!) { requestDisclosureChanges(requestId: $r, input: { message: "Hide the margin" }) { id } }`,
          { r: w.pendingRequestA },
          as,
        ),
      ),
  },
  rejectDisclosure: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($r: ID!) { rejectDisclosure(requestId: $r, input: { message: "No" }) { id } }`,
          { r: w.pendingRequestA },
          as,
        ),
      ),
  },
  withdrawDisclosureRequest: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const fresh = await t.ok<{ requestDisclosure: { id: string } }>(
        `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
        { i: w.itemA, r: [w.orgB] },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($r: ID!) { withdrawDisclosureRequest(requestId: $r) { id } }`,
          { r: fresh.requestDisclosure.id },
          as,
        ),
      );
    },
  },
  revokeGrant: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      // In an open area without overlap the request is approved at once: a fresh grant per try.
      const fresh = await t.ok<{ requestDisclosure: { id: string } }>(
        `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
        { i: w.openItemA, r: [w.orgB] },
        w.ownerA,
      );
      const grants = await t.ok<{ disclosureRequest: { grants: { id: string }[] } }>(
        `query($r: ID!) { disclosureRequest(id: $r) { grants { id } } }`,
        { r: fresh.requestDisclosure.id },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($g: ID!) { revokeGrant(grantId: $g) { id } }`,
          { g: grants.disclosureRequest.grants[0]!.id },
          as,
        ),
      );
    },
  },

  publications: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { publications(collaborationId: $c) { nodes { id } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.publications.nodes.some((p: { id: string }) => p.id === w.publicationToA),
      ),
  },
  publish: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { publish(collaborationId: $c, input: { title: "T", body: "B" }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  grantsNeedingReview: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { grantsNeedingReview(collaborationId: $c) { reasons } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  keepGrant: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($g: ID!) { keepGrant(grantId: $g, input: { message: "Agreed" }) { id } }`,
          { g: w.grantToA },
          as,
        ),
      ),
  },
  notifications: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`{ notifications { totalCount } }`, {}, as)),
  },
  unreadNotificationCount: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`{ unreadNotificationCount }`, {}, as)),
  },
  markNotificationsRead: {
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) => outcome(await t.gql(`mutation { markNotificationsRead }`, {}, as)),
  },

  // --- Action plan ---------------------------------------------------------------------------
  plan: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { plan(collaborationId: $c) { milestones { id } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.plan.milestones.some((m: { id: string }) => m.id === w.milestone),
      ),
  },
  createObjective: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "O" }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  addIndicator: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "I", unit: "u", baseline: 0, target: 1, direction: INCREASE }) { id } }`,
          { o: w.objective },
          as,
        ),
      ),
  },
  createMilestone: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "M" }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  updateMilestone: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($m: ID!) { updateMilestone(milestoneId: $m, input: { status: IN_PROGRESS }) { id } }`,
          { m: w.milestone },
          as,
        ),
      ),
  },
  decideMilestoneProposal: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const proposal = await t.ok<{ createMilestone: { id: string } }>(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Proposal" }) { id } }`,
        { c: w.collaborationId },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($m: ID!) { decideMilestoneProposal(milestoneId: $m, accept: true) { id } }`,
          { m: proposal.createMilestone.id },
          as,
        ),
      );
    },
  },
  addResource: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($m: ID!) { addResource(milestoneId: $m, input: { kind: NEEDED, description: "R" }) { id } }`,
          { m: w.milestone },
          as,
        ),
      ),
  },
  createTask: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "T", responsibleOrganizationId: $o }) { id } }`,
          {
            m: w.milestone,
            o: w.orgA,
          },
          as,
        ),
      ),
  },
  decideTaskProposal: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const proposal = await t.ok<{ createTask: { id: string } }>(
        `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Proposal", responsibleOrganizationId: $o }) { id } }`,
        { m: w.milestone, o: w.orgA },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($t: ID!) { decideTaskProposal(taskId: $t, accept: true) { id } }`,
          { t: proposal.createTask.id },
          as,
        ),
      );
    },
  },
  setTaskStatus: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($t: ID!) { setTaskStatus(taskId: $t, input: { status: DOING }) { id } }`,
          { t: w.taskA },
          as,
        ),
      ),
  },
  postProgress: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($m: ID!, $t: ID) { postProgress(input: { milestoneId: $m, taskId: $t, text: "Done some" }) { id } }`,
          {
            m: w.milestone,
            t: w.taskA,
          },
          as,
        ),
      ),
  },

  // --- Ledger --------------------------------------------------------------------------------
  ledgerSettings: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { ledgerSettings(collaborationId: $c) { valuationScale } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  setLedgerSettings: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { setLedgerSettings(collaborationId: $c, input: { valuationScale: POINTS }) { valuationScale } }`,
          {
            c: w.collaborationId,
          },
          as,
        ),
      ),
  },
  ledgerEntries: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { ledgerEntries(collaborationId: $c) { totalCount } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.ledgerEntries.totalCount > 0,
      ),
  },
  ledgerBalances: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { ledgerBalances(collaborationId: $c) { pairs { value } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.ledgerBalances.pairs.length > 0,
      ),
  },
  declareContribution: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: CARE, description: "Help", value: "1", occurredOn: "2026-11-01" }) { id } }`,
          {
            c: w.collaborationId,
            r: [w.orgB],
          },
          as,
        ),
      ),
  },
  confirmLedgerEntry: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
          { e: await entryFromBToA(t, w) },
          as,
        ),
      ),
  },
  disputeLedgerEntry: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($e: ID!) { disputeLedgerEntry(entryId: $e, input: { reason: "No" }) { id } }`,
          { e: await entryFromBToA(t, w) },
          as,
        ),
      ),
  },
  settleLedgerEntry: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const entry = await entryFromBToA(t, w);
      await t.ok(
        `mutation($e: ID!) { disputeLedgerEntry(entryId: $e, input: { reason: "No" }) { id } }`,
        { e: entry },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($e: ID!) { settleLedgerEntry(entryId: $e, uphold: true, input: { reason: "Proven" }) { id } }`,
          { e: entry },
          as,
        ),
      );
    },
  },
  pledges: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) => {
      await pledgeOfA(t, w);
      return outcome(
        await t.gql(
          `query($c: ID!) { pledges(collaborationId: $c) { id } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.pledges.length > 0,
      );
    },
  },
  makePledge: {
    allowed: ACTIVE_OF_C,
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { makePledge(collaborationId: $c, input: { contributionType: CARE, description: "P", dueOn: "2099-01-01" }) { id } }`,
          {
            c: w.collaborationId,
          },
          as,
        ),
      ),
  },
  fulfilPledge: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const pledge = await pledgeOfA(t, w);
      const declared = await t.ok<{ declareContribution: { id: string }[] }>(
        `mutation($c: ID!, $r: [ID!]!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: CARE, description: "Kept", value: "1", occurredOn: "2026-11-01" }) { id } }`,
        { c: w.collaborationId, r: [w.orgB] },
        w.ownerA,
      );
      const entry = declared.declareContribution[0]!.id;
      await t.ok(
        `mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`,
        { e: entry },
        w.ownerB,
      );
      return outcome(
        await t.gql(
          `mutation($p: ID!, $e: [ID!]!) { fulfilPledge(pledgeId: $p, input: { entryIds: $e }) { id } }`,
          { p: pledge, e: [entry] },
          as,
        ),
      );
    },
  },
  cancelPledge: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($p: ID!) { cancelPledge(pledgeId: $p, input: { reason: "Changed plans" }) { id } }`,
          { p: await pledgeOfA(t, w) },
          as,
        ),
      ),
  },
  // --- Closing -------------------------------------------------------------------------------
  submitEvaluation: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      await toClosing(t, w);
      return outcome(
        await t.gql(
          `mutation($c: ID!) { submitEvaluation(collaborationId: $c, input: { assessment: "Fine" }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      );
    },
  },
  evaluations: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      await toClosing(t, w);
      await t.ok(
        `mutation($c: ID!) { submitEvaluation(collaborationId: $c, input: { assessment: "By A" }) { id } }`,
        { c: w.collaborationId },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `query($c: ID!) { evaluations(collaborationId: $c) { organizationId } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) =>
          d.evaluations.some((e: { organizationId: string }) => e.organizationId === w.orgA),
      );
    },
  },
  createFollowUpCollaboration: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      await toClosing(t, w);
      const facilitator = w.users.facilitator!;
      const closed = await t.gql(
        `mutation($c: ID!) { changeCollaborationStatus(id: $c, status: CLOSED, overrideReason: "Matrix") { status } }`,
        { c: w.collaborationId },
        facilitator,
      );
      if (closed.errors && closed.errors[0]?.extensions.code !== 'INVALID_TRANSITION')
        throw new Error(JSON.stringify(closed.errors));
      return outcome(
        await t.gql(
          `mutation($c: ID!) { createFollowUpCollaboration(fromCollaborationId: $c, input: { title: "Next" }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      );
    },
  },
};

const MATRIX: Record<string, Operation> = {
  ...CORE_MATRIX,
  ...BENCHMARKING_MATRIX,
  ...ACTIVITY_MATRIX,
  ...INQUIRY_MATRIX,
  ...REPORTING_MATRIX,
  ...SEARCH_MATRIX,
  ...INVITATION_MATRIX,
  ...MAIL_MATRIX,
  ...EMAIL_ADDRESS_MATRIX,
  ...NOTIFICATION_MATRIX,
  ...TWO_FACTOR_MATRIX,
  ...SESSION_MATRIX,
  ...ACCOUNT_LANGUAGE_MATRIX,
  ...CALENDAR_MATRIX,
  ...EDITING_MATRIX,
  ...AUDIT_MATRIX,
  ...LIVE_MATRIX,
  ...WEBHOOKS_MATRIX,
};

/** Subscriptions tested for access where their events can be made to happen, not in the matrix. */
const COVERED_ELSEWHERE: Record<string, string> = {
  // A topic per user: one hears only one's own notifications.
  notificationAdded: 'websockets.e2e-spec.ts, disclosure-rules.e2e-spec.ts',
};

describe('authorization matrix', () => {
  const t = new Api();
  let shared: World;
  let cast: Cast | undefined;

  beforeAll(async () => {
    shared = await buildWorld(t);
  });

  it('places every query, mutation and subscription of the schema in the matrix', async () => {
    const schema = await t.ok<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
        subscriptionType: { fields: { name: string }[] };
      };
    }>(
      // Deprecated operations too: they keep working, so they keep their place in the matrix.
      `{ __schema { queryType { fields(includeDeprecated: true) { name } }
        mutationType { fields(includeDeprecated: true) { name } }
        subscriptionType { fields(includeDeprecated: true) { name } } } }`,
    );
    const operations = [
      ...schema.__schema.queryType.fields,
      ...schema.__schema.mutationType.fields,
      ...schema.__schema.subscriptionType.fields,
    ]
      .map((f) => f.name)
      .sort();
    expect([...Object.keys(MATRIX), ...Object.keys(COVERED_ELSEWHERE)].sort()).toEqual(operations);
  });

  it.each(Object.keys(MATRIX))('%s: allowed exactly for its roles', async (name) => {
    const operation = MATRIX[name]!;
    // The platform admin is one account for the whole run, and another test may have ended
    // its sessions (changePassword ends the others): signed in afresh, by a new world or here.
    const world =
      operation.mutates === 'collaboration'
        ? await buildWorld(t, (cast ??= await buildCast(t)))
        : operation.mutates
          ? await buildWorld(t)
          : shared;
    if (operation.mutates !== true) world.users.platformAdmin = await t.admin();
    const expected: Record<string, Outcome> = {};
    const actual: Record<string, Outcome> = {};
    // Refused roles first: a wrongly allowed mutation must not hide behind an earlier success.
    const order = [...ROLES].sort(
      (a, b) => Number(operation.allowed.includes(a)) - Number(operation.allowed.includes(b)),
    );
    for (const role of order) {
      expected[role] = operation.allowed.includes(role) ? 'allowed' : 'refused';
      actual[role] = await operation.run(t, world, world.users[role], role);
    }
    expect(actual).toEqual(expected);
  });
});
