import { createHash, randomUUID } from 'node:crypto';
import { claimSigner, Claims, ENTER_CLAIM_SQL, signClaim } from '@alianza/db';
import { invitationTokenHash } from '@alianza/organization';
import { Client } from 'pg';
import { Api, GqlResponse, TEST_PASSWORD, TestUser } from '../support/api';
import { linkIn, MailServer, ReceivedMail, startMailServer } from '../support/mail-server';
import { ApiProcess, startApiProcess, waitFor } from '../support/servers';

const PUBLIC_URL = 'https://alianza.test';
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

const INVITE_BY_EMAIL = `mutation($c: ID!, $input: InviteByEmailInput!) {
  inviteByEmail(collaborationId: $c, input: $input) {
    id collaborationId email organizationName status sendCount openedAt expiresAt locale } }`;
const INVITATIONS = `query($c: ID!) { collaboration(id: $c) { invitations(first: 100) { nodes {
  id email status openedAt sendCount participationId closedAt } } } }`;
const LINK = `query($token: String!) { invitationLink(token: $token) {
  kind invitationId email status accountExists invitedByName organizationName organizationId role
  collaborationId collaborationTitle locale } }`;
const SIGN_UP = `mutation($input: SignUpWithInvitationInput!) { signUpWithInvitation(input: $input) }`;
const ACCEPT = `mutation($input: AcceptCollaborationInvitationInput!) {
  acceptCollaborationInvitation(input: $input) {
    id status collaborationId organizationId invitationMessage mustAcceptGroundRules
    organization { id name } collaboration { id title } } }`;
const RESEND = `mutation($i: ID!) { resendCollaborationInvitation(invitationId: $i) { id status sendCount expiresAt } }`;
const WITHDRAW = `mutation($i: ID!) { withdrawCollaborationInvitation(invitationId: $i) { id status } }`;

/**
 * Invitations by email (issue 15), against an API that sends to a real SMTP server: the
 * facilitator invites an organization by its owner's address, whether or not either is on the
 * platform; the email's link signs a new person up, who founds the organization (or takes one
 * they own) and accepts the ground rules; the link works for its address only, once, until it
 * expires or is withdrawn. An owner invites a colleague the same way.
 */
describe('invitations by email', () => {
  let smtp: MailServer;
  let api: ApiProcess;
  let t: Api;
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
  let facilitator: TestUser;
  let collaborationId: string;
  let rulesId: string;

  const code = (res: GqlResponse) => res.errors?.[0]?.extensions.code;
  const reason = (res: GqlResponse) => res.errors?.[0]?.extensions['reason'];
  const refusal = (res: GqlResponse) => ({ code: code(res), reason: reason(res) });
  const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@empresa.example`;

  const inviteByEmail = (
    email: string,
    organizationName = 'Empresa Nueva',
    extra: { message?: string; locale?: string } = {},
    c = collaborationId,
  ) =>
    t
      .ok<{ inviteByEmail: Record<string, any> }>(
        INVITE_BY_EMAIL,
        { c, input: { email, organizationName, ...extra } },
        facilitator,
      )
      .then((d) => d.inviteByEmail);
  /** The token of the link in the next message to `email`, and the message. */
  const linkTo = async (email: string): Promise<{ token: string; message: ReceivedMail }> => {
    const message = await smtp.nextMessageTo(email);
    const link = linkIn(message, '/portal/invitation');
    expect(link.origin + link.pathname).toBe(`${PUBLIC_URL}/portal/invitation`);
    return { token: link.searchParams.get('token')!, message };
  };
  const linkOf = (token: string, as?: TestUser | null) => t.gql(LINK, { token }, as);
  const signUp = (token: string, displayName = 'Nueva Persona') =>
    t.gql(SIGN_UP, { input: { token, displayName, password: TEST_PASSWORD } });
  const accept = (as: TestUser | null, input: Record<string, unknown>) =>
    t.gql(ACCEPT, { input }, as);
  const asUser = async (email: string): Promise<TestUser> => ({
    email,
    password: TEST_PASSWORD,
    ...(await t.session(email)),
  });
  const invitationsOf = async (c = collaborationId) =>
    (await t.ok(INVITATIONS, { c }, facilitator)).collaboration.invitations.nodes as Record<
      string,
      any
    >[];

  beforeAll(async () => {
    smtp = await startMailServer();
    api = await startApiProcess('email-invitations', {
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Alianza <no-reply@alianza.test>',
      // Its own queue: the run's other API processes send nothing of it (to their outbox).
      MAIL_QUEUE: `invitations-${randomUUID().slice(0, 8)}`,
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_ACTION_PER_IP: '1000000',
      RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
      LOGIN_LOCKOUT_IP_FAILURES: '1000000',
    });
    t = new Api(api.url);
    await Promise.all([owner.connect(), app.connect()]);
    facilitator = await t.facilitator('F');
    collaborationId = await t.collaboration(facilitator, 'Compras conjuntas');
    rulesId = (
      await t.publishGroundRules(facilitator, collaborationId, 'Lo compartido se usa aquí')
    ).id;
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
    await Promise.all([owner.end(), app.end()]);
  });

  it('signs a new person up through the link, who founds the organization and accepts the ground rules', async () => {
    const email = address('nueva');
    const sent = await inviteByEmail(email, 'Empresa Nueva', {
      message: 'Compramos harina juntos',
      locale: 'ES',
    });
    expect(sent).toMatchObject({
      email,
      organizationName: 'Empresa Nueva',
      status: 'PENDING',
      sendCount: 1,
      openedAt: null,
      locale: 'ES',
    });

    // The email: in Spanish, who invites which organization, and the link; nothing sensitive.
    const { token, message } = await linkTo(email);
    expect(message.subject).toBe('F invita a Empresa Nueva a una colaboración en Alianza');
    for (const body of [message.text, message.html]) {
      expect(body).not.toContain('Compramos harina juntos');
      expect(body).not.toContain('Compras conjuntas');
      expect(body).not.toContain('Lo compartido se usa aquí');
    }
    expect(message.text).toContain(token);

    // The link's page, anonymous: what it is for, and that the address has no account yet.
    const link = await linkOf(token);
    expect(link.errors).toBeUndefined();
    expect(link.data!['invitationLink']).toEqual({
      kind: 'COLLABORATION',
      invitationId: sent['id'],
      email,
      status: 'PENDING',
      accountExists: false,
      invitedByName: 'F',
      organizationName: 'Empresa Nueva',
      organizationId: null,
      role: null,
      collaborationId,
      collaborationTitle: 'Compras conjuntas',
      locale: 'ES',
    });
    const [opened] = await invitationsOf();
    expect(opened).toMatchObject({ id: sent['id'], status: 'PENDING' });
    expect(opened!['openedAt']).not.toBeNull();

    // Sign-up through the link (the address comes from it), then sign-in.
    expect((await signUp(token)).data).toEqual({ signUpWithInvitation: true });
    const person = await asUser(email);
    expect((await linkOf(token, person)).data!['invitationLink'].accountExists).toBe(true);

    // Accept, founding the organization: it is invited to the collaboration.
    const accepted = await accept(person, {
      token,
      newOrganization: { name: 'Empresa Nueva S.L.', kind: 'COMPANY' },
    });
    expect(accepted.errors).toBeUndefined();
    const participation = accepted.data!['acceptCollaborationInvitation'];
    expect(participation).toMatchObject({
      status: 'INVITED',
      collaborationId,
      invitationMessage: 'Compramos harina juntos',
      mustAcceptGroundRules: true,
      organization: { name: 'Empresa Nueva S.L.' },
      collaboration: { id: collaborationId, title: 'Compras conjuntas' },
    });
    const mine = await t.ok(
      `{ organizations(mine: true) { nodes { id name myRole } } }`,
      {},
      person,
    );
    expect(mine.organizations.nodes).toEqual([
      { id: participation.organizationId, name: 'Empresa Nueva S.L.', myRole: 'OWNER' },
    ]);

    // The ground rules, as any invited organization accepts them.
    await t.acceptGroundRules(person, participation.id, rulesId);
    const after = await t.ok(
      `query($c: ID!) { participations(collaborationId: $c) { nodes { id status active } } }`,
      { c: collaborationId },
      person,
    );
    expect(after.participations.nodes).toEqual([
      { id: participation.id, status: 'ACCEPTED', active: true },
    ]);

    // The facilitator sees it accepted, and the log says what happened.
    const [done] = await invitationsOf();
    expect(done).toMatchObject({ status: 'ACCEPTED', participationId: participation.id });
    await waitFor(async () => {
      const log = await t.ok(
        `query($c: ID!) { auditLog(collaborationId: $c, first: 100) { nodes { action subjectId } } }`,
        { c: collaborationId },
        facilitator,
      );
      const actions = (log.auditLog.nodes as { action: string; subjectId: string }[])
        .filter((r) => r.subjectId === sent['id'])
        .map((r) => r.action);
      return (
        actions.includes('COLLABORATION_INVITATION_SENT') &&
        actions.includes('COLLABORATION_INVITATION_ACCEPTED')
      );
    }, 10_000);

    // Used: the link cannot be used again, for anything.
    expect((await linkOf(token)).data!['invitationLink'].status).toBe('ACCEPTED');
    expect(
      refusal(await accept(person, { token, organizationId: participation.organizationId })),
    ).toEqual({ code: 'INVALID_TRANSITION', reason: 'INVITATION_USED' });
    expect(refusal(await signUp(token))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'INVITATION_USED',
    });
  });

  it('lets someone with an account sign in and accept for an organization they own', async () => {
    const person = await t.user('dueña');
    const organizationId = await t.organization(person, 'Molinos');
    const other = await t.organization(await t.user('ajena'), 'Ajena');
    // Written in the language of the person's account, whatever the facilitator chose (ADR 0028).
    await t.ok(`mutation { setMyLanguage(input: { locale: EN }) { locale } }`, {}, person);
    await inviteByEmail(person.email, 'Molinos del Sur', { locale: 'ES' });
    const { token, message } = await linkTo(person.email);
    expect(message.subject).toBe('F invites Molinos del Sur to a collaboration on Alianza');
    expect((await linkOf(token)).data!['invitationLink']).toMatchObject({
      accountExists: true,
      locale: 'EN',
    });
    // Signing up again with the address is refused: sign in.
    expect(refusal(await signUp(token))).toEqual({ code: 'CONFLICT', reason: 'ACCOUNT_EXISTS' });
    // Only for an organization of one's own, named or founded: exactly one of them.
    expect(code(await accept(person, { token, organizationId: other }))).toBe('FORBIDDEN');
    expect(code(await accept(person, { token }))).toBe('BAD_USER_INPUT');
    const accepted = await accept(person, { token, organizationId });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!['acceptCollaborationInvitation']).toMatchObject({
      organizationId,
      status: 'INVITED',
    });
  });

  it('works for the address invited only: another account gets a clear refusal', async () => {
    const email = address('destinataria');
    await inviteByEmail(email);
    const { token } = await linkTo(email);
    const intruder = await t.user('intrusa');
    const res = await accept(intruder, {
      token,
      newOrganization: { name: 'Intrusa', kind: 'COMPANY' },
    });
    expect(refusal(res)).toEqual({ code: 'FORBIDDEN', reason: 'INVITATION_WRONG_ACCOUNT' });
    expect(code(await accept(null, { token, newOrganization: { name: 'X', kind: 'OTHER' } }))).toBe(
      'UNAUTHENTICATED',
    );
    // Nothing was made for the intruder, and the invitation still waits for its address.
    const mine = await t.ok(`{ organizations(mine: true) { totalCount } }`, {}, intruder);
    expect(mine.organizations.totalCount).toBe(0);
    expect((await linkOf(token)).data!['invitationLink'].status).toBe('PENDING');
  });

  it('says so when a link was withdrawn, has expired, was replaced or never existed', async () => {
    // Withdrawn.
    const withdrawnTo = address('retirada');
    const withdrawn = await inviteByEmail(withdrawnTo);
    const { token: withdrawnToken } = await linkTo(withdrawnTo);
    await t.ok(WITHDRAW, { i: withdrawn['id'] }, facilitator);
    expect((await linkOf(withdrawnToken)).data!['invitationLink'].status).toBe('REVOKED');
    expect(refusal(await signUp(withdrawnToken))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'INVITATION_WITHDRAWN',
    });
    expect(code(await t.gql(WITHDRAW, { i: withdrawn['id'] }, facilitator))).toBe(
      'INVALID_TRANSITION',
    );

    // Expired (its time moved back), then resent: a new link works, the old one is gone.
    const expiredTo = address('caducada');
    const expired = await inviteByEmail(expiredTo);
    const { token: oldToken } = await linkTo(expiredTo);
    await owner.query(
      `UPDATE collaboration_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired['id']],
    );
    expect((await linkOf(oldToken)).data!['invitationLink'].status).toBe('EXPIRED');
    expect(refusal(await signUp(oldToken))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'INVITATION_EXPIRED',
    });
    expect((await invitationsOf()).find((i) => i['id'] === expired['id'])!['status']).toBe(
      'EXPIRED',
    );
    const resent = await t.ok(RESEND, { i: expired['id'] }, facilitator);
    expect(resent.resendCollaborationInvitation).toMatchObject({ status: 'PENDING', sendCount: 2 });
    const { token: newToken } = await linkTo(expiredTo);
    expect(newToken).not.toBe(oldToken);
    expect(code(await linkOf(oldToken))).toBe('NOT_FOUND');
    expect((await linkOf(newToken)).data!['invitationLink'].status).toBe('PENDING');

    // Never a link.
    expect(code(await linkOf('alzi_not-a-real-token'))).toBe('NOT_FOUND');
    expect(code(await linkOf('something else'))).toBe('NOT_FOUND');
    expect(code(await signUp('alzi_not-a-real-token'))).toBe('NOT_FOUND');
  });

  it('refuses a second pending invitation of one address, and one to oneself', async () => {
    const email = address('doble');
    await inviteByEmail(email);
    const again = await t.gql(
      INVITE_BY_EMAIL,
      { c: collaborationId, input: { email: email.toUpperCase(), organizationName: 'Otra' } },
      facilitator,
    );
    expect(code(again)).toBe('CONFLICT');
    const self = await t.gql(
      INVITE_BY_EMAIL,
      { c: collaborationId, input: { email: facilitator.email, organizationName: 'Yo' } },
      facilitator,
    );
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect((await invitationsOf()).filter((i) => i['email'] === email)).toHaveLength(1);
  });

  it('stores only a keyed hash of a link’s token: a row made for a chosen token does not work', async () => {
    const email = address('clave');
    const invitation = await inviteByEmail(email);
    const { token } = await linkTo(email);
    const stored = await owner.query<{ token_hash: string }>(
      `SELECT token_hash FROM collaboration_invitations WHERE id = $1`,
      [invitation['id']],
    );
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.token_hash).not.toBe(sha256(token));
    // As SQL injected into a statement of the facilitator's request could: a link for a token
    // it chose, with the hash it can compute without the claim key.
    const key: Buffer = (await owner.query(`SELECT key FROM alianza_private.claim_key`)).rows[0]
      .key;
    const chosen = `alzi_chosen-${randomUUID()}`;
    await app.query('BEGIN');
    try {
      await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(facilitator.id))]);
      await app.query(
        `INSERT INTO collaboration_invitations (collaboration_id, email, organization_name, locale, token_hash, invited_by, sent_at, expires_at)
         VALUES ($1, $2, 'Elegida', 'es', $3, $4, now(), now() + interval '1 day')`,
        [collaborationId, address('elegida'), sha256(chosen), facilitator.id],
      );
      await app.query('COMMIT');
    } catch (error) {
      await app.query('ROLLBACK');
      throw error;
    }
    expect(code(await linkOf(chosen))).toBe('NOT_FOUND');
    expect((await linkOf(token)).data!['invitationLink'].status).toBe('PENDING');
  });

  it('lets the database make an organization a participant only through an invitation to its owner’s own address', async () => {
    const key: Buffer = (await owner.query(`SELECT key FROM alianza_private.claim_key`)).rows[0]
      .key;
    const person = await t.user('dueño');
    const organizationId = await t.organization(person, 'Propia');
    const elsewhere = await t.collaboration(facilitator, 'Sin invitación');
    await inviteByEmail(address('otra'), 'Otra', {}, elsewhere);
    const invitation = await inviteByEmail(person.email, 'Propia');
    const { token } = await linkTo(person.email);
    /** A statement under the person's own claim, as an injected one in their request would run. */
    const asPerson = async (sql: string, params: unknown[]) => {
      await app.query('BEGIN');
      try {
        await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(person.id))]);
        return await app.query(sql, params).then(
          () => 'done',
          (error: { code?: string }) => error.code,
        );
      } finally {
        await app.query('ROLLBACK');
      }
    };
    const join = (c: string, invitedBy: string) =>
      asPerson(
        `INSERT INTO participations (collaboration_id, organization_id, status, invited_by, invited_at)
         VALUES ($1, $2, 'invited', $3, now())`,
        [c, organizationId, invitedBy],
      );
    // No invitation to the person's address in that collaboration: refused.
    expect(await join(elsewhere, facilitator.id)).toBe('42501');
    // Invited here: allowed (rolled back), and only as invited by the facilitator who invited.
    expect(await join(collaborationId, facilitator.id)).toBe('done');
    expect(await join(collaborationId, person.id)).toBe('42501');
    // The link proves the address of its own account only (verify_invited_address).
    const intruder = await t.user('intruso-db');
    const proves = async (userId: string, hash: string) => {
      await app.query('BEGIN');
      try {
        await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(userId))]);
        return (await app.query(`SELECT alianza_rls.verify_invited_address($1) AS ok`, [hash]))
          .rows[0].ok as boolean;
      } finally {
        await app.query('ROLLBACK');
      }
    };
    const hash = (value: string) => invitationTokenHash(claimSigner(key), value)!;
    expect(await proves(person.id, hash(token))).toBe(true);
    expect(await proves(intruder.id, hash(token))).toBe(false);
    expect(await proves(person.id, hash(`${token}x`))).toBe(false);
    // The plain SHA-256 of the token (the form stored before the keyed hash) proves nothing.
    expect(await proves(person.id, sha256(token))).toBe(false);
    // Nor may the addressee rewrite whom the invitation is for, or make it last longer.
    expect(
      await asPerson(`UPDATE collaboration_invitations SET email = $1 WHERE id = $2`, [
        'else@empresa.example',
        invitation['id'],
      ]),
    ).toBe('42501');
    expect(
      await asPerson(
        `UPDATE collaboration_invitations SET expires_at = now() + interval '1 year' WHERE id = $1`,
        [invitation['id']],
      ),
    ).toBe('42501');
  });

  it('sends an owner’s invitation of a colleague with a link to sign up through and join', async () => {
    const founder = await t.user('founder');
    const organizationId = await t.organization(founder, 'Panadería');
    const colleague = address('colega');
    const invited = await t.ok(
      `mutation($o: ID!, $input: InviteOrganizationMemberInput!) {
         inviteOrganizationMember(organizationId: $o, input: $input) { id status openedAt } }`,
      { o: organizationId, input: { email: colleague, role: 'MEMBER', locale: 'EN' } },
      founder,
    );
    const { token, message } = await linkTo(colleague);
    expect(message.subject).toMatch(/^founder invites you to join Panadería .+ on Alianza$/);
    const link = (await linkOf(token)).data!['invitationLink'];
    expect(link).toMatchObject({
      kind: 'ORGANIZATION',
      invitationId: invited.inviteOrganizationMember.id,
      email: colleague,
      status: 'PENDING',
      accountExists: false,
      invitedByName: 'founder',
      organizationId,
      role: 'MEMBER',
      collaborationId: null,
      locale: 'EN',
    });
    const pending = await t.ok(
      `query($id: ID!) { organization(id: $id) { pendingInvitations { id openedAt } } }`,
      { id: organizationId },
      founder,
    );
    expect(pending.organization.pendingInvitations[0].openedAt).not.toBeNull();

    expect((await signUp(token, 'Colega')).data).toEqual({ signUpWithInvitation: true });
    const person = await asUser(colleague);
    // Someone else cannot take it: the invitation is addressed to the colleague's address.
    const intruder = await t.user('intruso');
    expect(
      code(
        await t.gql(
          `mutation($i: ID!) { acceptOrganizationInvitation(invitationId: $i) { id } }`,
          { i: link.invitationId },
          intruder,
        ),
      ),
    ).toBe('NOT_FOUND');
    // Not a member until accepting.
    const before = await t.ok(
      `query($id: ID!) { organization(id: $id) { members { member { email } } } }`,
      { id: organizationId },
      founder,
    );
    expect(before.organization.members.map((m: any) => m.member.email)).not.toContain(colleague);
    await t.acceptInvitation(person, link.invitationId);
    const after = await t.ok(
      `query($id: ID!) { organization(id: $id) { members { role member { email } } } }`,
      { id: organizationId },
      founder,
    );
    expect(after.organization.members).toContainEqual({
      role: 'MEMBER',
      member: { email: colleague },
    });
    expect((await linkOf(token)).data!['invitationLink'].status).toBe('ACCEPTED');
    expect(refusal(await signUp(token))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'INVITATION_USED',
    });
  });
});

/**
 * The operations that send an email, or present a link's token, have budgets of their own
 * (@ProtectedAction, ADR 0018): per account (the facilitator; the token) and per address.
 */
describe('invitations by email, rate-limited', () => {
  let smtp: MailServer;
  let api: ApiProcess;
  let t: Api;
  const code = (res: GqlResponse) => res.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    smtp = await startMailServer();
    api = await startApiProcess('email-invitations-limits', {
      SMTP_URL: smtp.url,
      MAIL_QUEUE: `invitation-limits-${randomUUID().slice(0, 8)}`,
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_ACTION_PER_IP: '1000000',
      RATE_LIMIT_ACTION_PER_ACCOUNT: '3',
      LOGIN_LOCKOUT_IP_FAILURES: '1000000',
    });
    t = new Api(api.url);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
  });

  it('stops a facilitator sending too many, and a token presented too often', async () => {
    const admin = await t.admin();
    const email = t.uniqueEmail('limited-facilitator');
    await t.ok(
      `mutation($input: RegisterFacilitatorInput!) { registerFacilitator(input: $input) { id } }`,
      { input: { email, displayName: 'Limited', initialPassword: TEST_PASSWORD } },
      admin,
    );
    const facilitator = { email, password: TEST_PASSWORD, ...(await t.session(email)) };
    const collaborationId = await t.collaboration(facilitator, 'Limitada');
    const invite = (address: string) =>
      t.gql(
        INVITE_BY_EMAIL,
        { c: collaborationId, input: { email: address, organizationName: 'Org' } },
        facilitator,
      );
    const first = `limited-${randomUUID().slice(0, 8)}@empresa.example`;
    for (const address of [first, t.uniqueEmail('b'), t.uniqueEmail('c')])
      expect(code(await invite(address))).toBeUndefined();
    const refused = await invite(t.uniqueEmail('d'));
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions.details?.['retryAfterSeconds']).toEqual(
      expect.any(Number),
    );

    const link = linkIn(await smtp.nextMessageTo(first), '/portal/invitation');
    const token = link.searchParams.get('token')!;
    for (let i = 0; i < 3; i++) expect(code(await t.gql(LINK, { token }))).toBeUndefined();
    expect(code(await t.gql(LINK, { token }))).toBe('RATE_LIMITED');
  });
});
