import { randomUUID } from 'node:crypto';
import { Claims, ENTER_CLAIM_SQL, signClaim } from '@alianza/db';
import { Client } from 'pg';
import { Api, GqlResponse, TestUser } from '../support/api';

/**
 * Membership by consent (issue 13): an owner invites an address; nobody becomes a member until
 * the person signed in with that address accepts; the inviter learns nothing about accounts.
 */
describe('organization invitations', () => {
  const t = new Api();
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
  let founder: TestUser;
  let orgId: string;

  const INVITE = `mutation($o: ID!, $e: String!, $r: MembershipRole!) {
    inviteOrganizationMember(organizationId: $o, input: { email: $e, role: $r }) {
      id organizationId email role status createdAt expiresAt } }`;
  const ACCEPT = `mutation($i: ID!) { acceptOrganizationInvitation(invitationId: $i) {
    id organizationId role member { id email } } }`;
  const DECLINE = `mutation($i: ID!) { declineOrganizationInvitation(invitationId: $i) {
    id organizationName status } }`;
  const REVOKE = `mutation($i: ID!) { revokeOrganizationInvitation(invitationId: $i) { id status } }`;
  const MINE = `{ myOrganizationInvitations { id organizationId organizationName invitedByName role status expiresAt } }`;
  const ORG = `query($id: ID!) { organization(id: $id) { id myRole
    members { role member { id } }
    pendingInvitations { id email role status } } }`;

  const invite = (as: TestUser, email: string, role = 'MEMBER', organizationId = orgId) =>
    t.gql(INVITE, { o: organizationId, e: email, r: role }, as);
  const code = (res: GqlResponse) => res.errors?.[0]?.extensions.code;
  const invitationId = (res: GqlResponse) => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data['inviteOrganizationMember'].id as string;
  };
  /** An account made now with a given address (as someone invited before signing up would). */
  const signUpAs = (email: string, label: string) => t.userWithEmail(email, label);
  const membersOf = async (organizationId = orgId) =>
    (await t.ok(ORG, { id: organizationId }, founder)).organization.members.length as number;

  beforeAll(async () => {
    await Promise.all([owner.connect(), app.connect()]);
    founder = await t.user('founder');
    orgId = await t.organization(founder, 'Consent');
  });

  afterAll(() => Promise.all([owner.end(), app.end()]));

  it('answers alike for an address with an account and one without, saying nothing of a person', async () => {
    const existing = await t.user('existing');
    const unknown = t.uniqueEmail('unknown');
    const [a, b] = [await invite(founder, existing.email), await invite(founder, unknown)];
    // Everything but the invitation's own id, address and times is the same, field by field.
    const shape = (res: GqlResponse) => ({
      status: res.status,
      errors: res.errors,
      data: {
        ...res.data!['inviteOrganizationMember'],
        id: 'ID',
        email: 'EMAIL',
        createdAt: 'T',
        expiresAt: 'T',
      },
    });
    expect(shape(a)).toEqual(shape(b));
    expect(a.data!['inviteOrganizationMember']).toEqual({
      id: expect.any(String),
      organizationId: orgId,
      email: existing.email,
      role: 'MEMBER',
      status: 'PENDING',
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    const days =
      (Date.parse(a.data!['inviteOrganizationMember'].expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    // The type itself has no field that could name a person (`openedAt`: the emailed link was
    // opened, which says nothing of an account).
    const fields = await t.ok<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "OrganizationInvitation") { fields { name } } }`,
    );
    expect(fields.__type.fields.map((f) => f.name).sort()).toEqual(
      [
        'createdAt',
        'email',
        'expiresAt',
        'id',
        'openedAt',
        'organizationId',
        'role',
        'status',
      ].sort(),
    );

    // Inviting either again is refused alike (and re-inviting in other letter case is the same).
    const [again, againUnknown] = [
      await invite(founder, existing.email.toUpperCase()),
      await invite(founder, ` ${unknown} `),
    ];
    expect(again.errors).toEqual(againUnknown.errors);
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', details: { field: 'email' } },
    });
    expect(await membersOf()).toBe(1);
  });

  it('makes no member until the invited person accepts, then one with the role invited', async () => {
    const invitee = await t.user('invitee');
    const id = invitationId(await invite(founder, invitee.email));
    // Not a member yet: the organization stays out of the invitee's sight but for its name.
    expect(await membersOf()).toBe(1);
    expect(code(await t.gql(ORG, { id: orgId }, invitee))).toBe('NOT_FOUND');
    const mine = await t.ok(MINE, {}, invitee);
    expect(mine.myOrganizationInvitations).toEqual([
      {
        id,
        organizationId: orgId,
        organizationName: expect.stringMatching(/^Consent /),
        invitedByName: 'founder',
        role: 'MEMBER',
        status: 'PENDING',
        expiresAt: expect.any(String),
      },
    ]);
    const seen = await t.ok(ORG, { id: orgId }, founder);
    expect(seen.organization.pendingInvitations).toContainEqual({
      id,
      email: invitee.email,
      role: 'MEMBER',
      status: 'PENDING',
    });

    const accepted = await t.ok(ACCEPT, { i: id }, invitee);
    expect(accepted.acceptOrganizationInvitation).toMatchObject({
      organizationId: orgId,
      role: 'MEMBER',
      member: { id: invitee.id, email: invitee.email },
    });
    expect((await t.ok(ORG, { id: orgId }, invitee)).organization.myRole).toBe('MEMBER');
    expect(await membersOf()).toBe(2);
    expect((await t.ok(MINE, {}, invitee)).myOrganizationInvitations).toEqual([]);
    const after = await t.ok(ORG, { id: orgId }, founder);
    expect(after.organization.pendingInvitations.map((i: { id: string }) => i.id)).not.toContain(
      id,
    );
    // Answered once: accepting again is not possible.
    const twice = await t.gql(ACCEPT, { i: id }, invitee);
    expect(twice.errors?.[0]).toMatchObject({
      extensions: { code: 'INVALID_TRANSITION', details: { status: 'ACCEPTED' } },
    });
  });

  it('needs the acceptance for the owner role too', async () => {
    const partner = await t.user('partner');
    const id = invitationId(await invite(founder, partner.email, 'OWNER'));
    const edit = `mutation($id: ID!) { updateOrganization(organizationId: $id, input: { mission: "Ours" }) { id } }`;
    // Not an owner of anything yet.
    expect(code(await t.gql(edit, { id: orgId }, partner))).toBe('FORBIDDEN');
    expect((await t.ok(MINE, {}, partner)).myOrganizationInvitations[0].role).toBe('OWNER');
    await t.ok(ACCEPT, { i: id }, partner);
    expect((await t.ok(ORG, { id: orgId }, partner)).organization.myRole).toBe('OWNER');
    await t.ok(edit, { id: orgId }, partner);
  });

  it('lets only the person with the invited address accept or decline', async () => {
    const invitee = await t.user('addressee');
    const stranger = await t.user('stranger');
    const member = await t.user('member');
    await t.addMember(founder, orgId, member);
    const id = invitationId(await invite(founder, invitee.email));
    for (const mutation of [ACCEPT, DECLINE]) {
      // Someone else, a member, and even the owner who sent it.
      expect(code(await t.gql(mutation, { i: id }, stranger))).toBe('NOT_FOUND');
      expect(code(await t.gql(mutation, { i: id }, member))).toBe('NOT_FOUND');
      expect(code(await t.gql(mutation, { i: id }, founder))).toBe('FORBIDDEN');
      expect(code(await t.gql(mutation, { i: id }, null))).toBe('UNAUTHENTICATED');
    }
    expect((await t.ok(MINE, {}, stranger)).myOrganizationInvitations).toEqual([]);
    expect((await t.ok(MINE, {}, invitee)).myOrganizationInvitations).toHaveLength(1);
  });

  it('waits for someone who signs up later with the invited address', async () => {
    const email = t.uniqueEmail('Later');
    const id = invitationId(await invite(founder, `  ${email.toUpperCase()} `));
    const newcomer = await signUpAs(email, 'newcomer');
    const mine = await t.ok(MINE, {}, newcomer);
    expect(mine.myOrganizationInvitations.map((i: { id: string }) => i.id)).toEqual([id]);
    await t.ok(ACCEPT, { i: id }, newcomer);
    expect((await t.ok(ORG, { id: orgId }, newcomer)).organization.myRole).toBe('MEMBER');
  });

  it('declines: no member, the invitation closed, and the owner may invite again', async () => {
    const hesitant = await t.user('hesitant');
    const id = invitationId(await invite(founder, hesitant.email));
    const declined = await t.ok(DECLINE, { i: id }, hesitant);
    expect(declined.declineOrganizationInvitation).toEqual({
      id,
      organizationName: expect.stringMatching(/^Consent /),
      status: 'DECLINED',
    });
    expect(code(await t.gql(ORG, { id: orgId }, hesitant))).toBe('NOT_FOUND');
    const late = await t.gql(ACCEPT, { i: id }, hesitant);
    expect(late.errors?.[0]).toMatchObject({
      extensions: { code: 'INVALID_TRANSITION', details: { status: 'DECLINED' } },
    });
    expect((await t.ok(MINE, {}, hesitant)).myOrganizationInvitations).toEqual([]);
    const again = invitationId(await invite(founder, hesitant.email));
    expect(again).not.toBe(id);
  });

  it('lets owners revoke a pending invitation, which then cannot be accepted', async () => {
    const invitee = await t.user('revoked');
    const id = invitationId(await invite(founder, invitee.email));
    const revoked = await t.ok(REVOKE, { i: id }, founder);
    expect(revoked.revokeOrganizationInvitation).toEqual({ id, status: 'REVOKED' });
    expect((await t.ok(MINE, {}, invitee)).myOrganizationInvitations).toEqual([]);
    const accept = await t.gql(ACCEPT, { i: id }, invitee);
    expect(accept.errors?.[0]).toMatchObject({
      extensions: { code: 'INVALID_TRANSITION', details: { status: 'REVOKED' } },
    });
    expect(code(await t.gql(REVOKE, { i: id }, founder))).toBe('INVALID_TRANSITION');
    expect(code(await t.gql(ORG, { id: orgId }, invitee))).toBe('NOT_FOUND');
  });

  it('refuses an expired invitation with its own status, and lets the owner invite anew', async () => {
    const slow = await t.user('slow');
    const id = invitationId(await invite(founder, slow.email));
    await owner.query(
      `UPDATE organization_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    const accept = await t.gql(ACCEPT, { i: id }, slow);
    expect(accept.errors?.[0]).toMatchObject({
      message: 'This invitation has expired: ask the organization for a new one.',
      extensions: { code: 'INVALID_TRANSITION', details: { status: 'EXPIRED' } },
    });
    expect(code(await t.gql(DECLINE, { i: id }, slow))).toBe('INVALID_TRANSITION');
    expect((await t.ok(MINE, {}, slow)).myOrganizationInvitations).toEqual([]);
    const seen = await t.ok(ORG, { id: orgId }, founder);
    expect(seen.organization.pendingInvitations).toContainEqual(
      expect.objectContaining({ id, status: 'EXPIRED' }),
    );
    const fresh = invitationId(await invite(founder, slow.email));
    await t.ok(ACCEPT, { i: fresh }, slow);
    const stored = await owner.query(`SELECT status FROM organization_invitations WHERE id = $1`, [
      id,
    ]);
    expect(stored.rows[0].status).toBe('expired');
  });

  it('lets only owners invite', async () => {
    const member = await t.user('plain');
    await t.addMember(founder, orgId, member);
    const outsider = await t.user('outsider');
    expect(code(await invite(member, t.uniqueEmail('friend')))).toBe('FORBIDDEN');
    expect(code(await invite(outsider, t.uniqueEmail('friend')))).toBe('FORBIDDEN');
    expect(code(await invite(member, member.email, 'OWNER'))).toBe('FORBIDDEN');
    // A member sees the members, never the pending invitations.
    expect((await t.ok(ORG, { id: orgId }, member)).organization.pendingInvitations).toEqual([]);
  });

  it("keeps one organization's invitations from another's owners", async () => {
    const otherOwner = await t.user('other-owner');
    const otherOrg = await t.organization(otherOwner, 'Other');
    const id = invitationId(await invite(founder, t.uniqueEmail('guest')));
    expect(code(await t.gql(REVOKE, { i: id }, otherOwner))).toBe('NOT_FOUND');
    expect(code(await t.gql(ORG, { id: orgId }, otherOwner))).toBe('NOT_FOUND');
    expect((await t.ok(ORG, { id: otherOrg }, otherOwner)).organization.pendingInvitations).toEqual(
      [],
    );
    // Nor may it invite into an organization not its own.
    expect(code(await invite(otherOwner, t.uniqueEmail('x')))).toBe('NOT_FOUND');
  });

  it('refuses, in the database itself, a membership nobody accepted', async () => {
    const key: Buffer = (await owner.query(`SELECT key FROM alianza_private.claim_key`)).rows[0]
      .key;
    const target = await t.user('target');
    // The owner's own claim, as an injected statement in one of its requests would run.
    await app.query('BEGIN');
    try {
      await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(founder.id))]);
      const attempt = await app
        .query(
          `INSERT INTO organization_memberships (id, organization_id, user_id, role) VALUES ($1, $2, $3, 'owner')`,
          [randomUUID(), orgId, target.id],
        )
        .then(
          () => 'inserted',
          (error: { code?: string }) => error.code,
        );
      expect(attempt).toBe('42501');
    } finally {
      await app.query('ROLLBACK');
    }
    // Nor may an owner rewrite whom or what an invitation invites.
    const id = invitationId(await invite(founder, t.uniqueEmail('fixed')));
    await app.query('BEGIN');
    try {
      await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(founder.id))]);
      const rewrite = await app
        .query(`UPDATE organization_invitations SET email = $1, role = 'owner' WHERE id = $2`, [
          target.email,
          id,
        ])
        .then(
          () => 'updated',
          (error: { code?: string }) => error.code,
        );
      expect(rewrite).toBe('42501');
    } finally {
      await app.query('ROLLBACK');
    }
  });
});
