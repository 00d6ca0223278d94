import { randomUUID } from 'node:crypto';
import { Claims, ENTER_CLAIM_SQL, signClaim } from '@alianza/db';
import { Client } from 'pg';
import { Api, GqlResponse, TEST_PASSWORD, TestUser } from '../support/api';
import { linkIn, MailServer, startMailServer } from '../support/mail-server';
import { ApiProcess, startApiProcess } from '../support/servers';

const PUBLIC_URL = 'https://alianza.test';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const VERIFY = `mutation($input: EmailLinkInput!) { verifyEmail(input: $input) }`;
const RESEND = `mutation { resendVerificationEmail }`;
const SET_LANGUAGE = `mutation($locale: Locale!) { setMyLanguage(input: { locale: $locale }) { locale } }`;
const REQUEST_CHANGE = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
const CONFIRM_CHANGE = `mutation($input: EmailLinkInput!) { confirmEmailChange(input: $input) }`;
const ME = `{ me { id email emailVerified } }`;
const EVENTS = `{ myAccountEvents(first: 50) { nodes { kind } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;

/**
 * Verified addresses (issue 15, ADR 0027), on an API that sends to a real SMTP server: a self
 * sign-up gets a single-use link to confirm its address; an address with an account answers the
 * same and its owner is told; an account whose address is not proven takes no invitation sent to
 * it; an account moves to a new address only through a link sent there, with notices to the old.
 */
describe('email verification and change of address', () => {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let smtp: MailServer;
  let api: ApiProcess;
  let t: Api;

  const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@empresa.example`;
  const refusal = (res: GqlResponse) => ({
    code: res.errors?.[0]?.extensions.code,
    reason: res.errors?.[0]?.extensions['reason'],
  });
  const signUp = (email: string, locale = 'ES', password = TEST_PASSWORD, displayName = 'Nueva') =>
    t.gql(SIGN_UP, { input: { email, password, displayName, locale } });
  const asUser = async (email: string, password = TEST_PASSWORD): Promise<TestUser> => ({
    email,
    password,
    ...(await t.session(email, password)),
  });
  const me = async (user: TestUser) =>
    (await t.ok<{ me: { id: string; email: string; emailVerified: boolean } }>(ME, {}, user)).me;
  const events = async (user: TestUser) =>
    (
      await t.ok<{ myAccountEvents: { nodes: { kind: string }[] } }>(EVENTS, {}, user)
    ).myAccountEvents.nodes.map((e) => e.kind);
  /** The token of the link to `path` in the next message of `kind` to `email`. */
  const tokenIn = async (email: string, kind: string, path: string) => {
    const message = await smtp.nextMessageTo(email, 20_000, kind);
    const link = linkIn(message, path);
    expect(link.origin + link.pathname).toBe(`${PUBLIC_URL}${path}`);
    return { token: link.searchParams.get('token')!, message };
  };

  beforeAll(async () => {
    await owner.connect();
    smtp = await startMailServer();
    api = await startApiProcess('email-verification', {
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Alianza <no-reply@alianza.test>',
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_ACTION_PER_IP: '1000000',
      RATE_LIMIT_ACTION_PER_ACCOUNT: '1000000',
      LOGIN_LOCKOUT_IP_FAILURES: '1000000',
    });
    t = new Api(api.url);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
    await owner.end();
  });

  it('emails a new account a single-use link that verifies its address', async () => {
    const email = address('nueva');
    expect((await signUp(email, 'EN')).data).toEqual({ signUp: true });
    const user = await asUser(email);
    expect(await me(user)).toMatchObject({ email, emailVerified: false });

    const { token, message } = await tokenIn(email, 'email-verification', '/portal/verify-email');
    expect(message.subject).toBe('Confirm your email address for Alianza');
    expect(message.text).toContain('Hello Nueva,');
    expect(message.text).toContain('The link works once, for 48 hours.');
    expect(message.html).toContain('Confirm my address');
    expect(token).toMatch(/^[\w-]{43}$/);
    // Only the keyed hash of the token is stored.
    const stored = await owner.query(
      `SELECT token_hash FROM email_confirmations WHERE user_id = $1`,
      [user.id],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].token_hash).not.toContain(token);

    // Signed out, on any device: the link is the proof.
    expect(await t.ok(VERIFY, { input: { token } })).toEqual({ verifyEmail: true });
    expect(await me(user)).toMatchObject({ emailVerified: true });
    expect(await events(user)).toContain('EMAIL_VERIFIED');
    expect(refusal(await t.gql(VERIFY, { input: { token } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_LINK_USED',
    });
    // Verified: nothing more to send.
    expect(await t.ok(RESEND, {}, user)).toEqual({ resendVerificationEmail: false });
  });

  it('writes in Spanish by default; refuses an expired or unknown link; sends a new one on request', async () => {
    const email = address('caducada');
    expect((await signUp(email)).data).toEqual({ signUp: true });
    const user = await asUser(email);
    const first = await tokenIn(email, 'email-verification', '/portal/verify-email');
    expect(first.message.subject).toBe('Confirma tu dirección de correo en Alianza');
    expect(first.message.text).toContain('Hola, Nueva:');

    await owner.query(
      `UPDATE email_confirmations SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [user.id],
    );
    expect(refusal(await t.gql(VERIFY, { input: { token: first.token } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_LINK_EXPIRED',
    });
    expect(refusal(await t.gql(VERIFY, { input: { token: 'not-a-token' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_LINK_UNKNOWN',
    });
    expect((await t.gql(RESEND, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await me(user)).toMatchObject({ emailVerified: false });

    // A new link, in the account's language (ADR 0028), whatever the page asking is in.
    await t.ok(SET_LANGUAGE, { locale: 'EN' }, user);
    expect(await t.ok(RESEND, {}, user)).toEqual({
      resendVerificationEmail: true,
    });
    const second = await tokenIn(email, 'email-verification', '/portal/verify-email');
    expect(second.message.subject).toBe('Confirm your email address for Alianza');
    expect(second.token).not.toBe(first.token);
    expect(await t.ok(VERIFY, { input: { token: second.token } })).toEqual({ verifyEmail: true });
    expect(await me(user)).toMatchObject({ emailVerified: true });
  });

  it('answers a sign-up with a taken address as any other, and tells the owner instead, in the owner’s language', async () => {
    const existing = await t.user('Dueña');
    await t.ok(SET_LANGUAGE, { locale: 'EN' }, existing);
    const before = smtp.messagesTo(existing.email, 'account-exists').length;
    // Whoever tries writes in Spanish: the owner is told in English, the account's language.
    const taken = await signUp(existing.email.toUpperCase(), 'ES', 'another passphrase 123', 'Eve');
    const fresh = await signUp(address('libre'), 'ES', 'another passphrase 123', 'Eve');
    expect(taken).toMatchObject({ status: fresh.status, data: fresh.data });
    expect(taken.errors).toBeUndefined();

    const notice = await smtp.nextMessageTo(existing.email, 20_000, 'account-exists');
    expect(notice.subject).toBe('Someone tried to use your address on Alianza');
    expect(notice.text).toContain('Hello Dueña,');
    expect(notice.text).toContain(
      `If it was you, sign in with your account: ${PUBLIC_URL}/portal/`,
    );
    expect(linkIn(notice, 'forgot-password').toString()).toBe(
      `${PUBLIC_URL}/portal/forgot-password`,
    );
    expect(smtp.messagesTo(existing.email, 'account-exists')).toHaveLength(before + 1);
    // No confirmation link for whoever tried, and nothing changed in the account.
    expect(smtp.messagesTo(existing.email, 'email-verification')).toHaveLength(1);
    const wrong = await t.gql(LOGIN, {
      input: { email: existing.email, password: 'another passphrase 123' },
    });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await me(await asUser(existing.email))).id).toBe(existing.id);
  });

  it('lets an account with an unproven address take no invitation sent to it, until the link proves it', async () => {
    const founder = await t.user('Fundadora');
    const organizationId = await t.organization(founder, 'Panadería');
    const victim = address('victima');
    // Someone signs up with the address before its owner does, and leaves it unproven.
    expect((await signUp(victim, 'ES', 'squatter passphrase 123', 'Intrusa')).data).toEqual({
      signUp: true,
    });
    const squatter = await asUser(victim, 'squatter passphrase 123');
    const invitationId = await t.inviteMember(founder, organizationId, victim, 'OWNER');

    const received = await t.ok(`{ myOrganizationInvitations { id } }`, {}, squatter);
    expect(received.myOrganizationInvitations).toEqual([]);
    const accept = await t.gql(
      `mutation($i: ID!) { acceptOrganizationInvitation(invitationId: $i) { id } }`,
      { i: invitationId },
      squatter,
    );
    expect(accept.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // The database agrees, under the squatter's own claim: the invitation is not theirs to see,
    // nor the membership it offers theirs to make.
    const key: Buffer = (await owner.query(`SELECT key FROM alianza_private.claim_key`)).rows[0]
      .key;
    const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(squatter.id))]);
      const seen = await app.query(`SELECT id FROM organization_invitations WHERE id = $1`, [
        invitationId,
      ]);
      expect(seen.rows).toEqual([]);
      await expect(
        app.query(
          `INSERT INTO organization_memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`,
          [organizationId, squatter.id],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await app.query('ROLLBACK');
      await app.end();
    }

    // The address's owner reads the invitation's email: following its link signed in with the
    // address proves it (here the squatter's session stands in for the owner who took the account
    // back with a password reset), and only then may the invitation be answered.
    const message = await smtp.nextMessageTo(victim, 20_000, 'organization-invitation');
    const token = linkIn(message, '/portal/invitation').searchParams.get('token')!;
    const opened = await t.ok(
      `query($token: String!) { invitationLink(token: $token) { email status accountExists } }`,
      { token },
      squatter,
    );
    expect(opened.invitationLink).toMatchObject({ email: victim, accountExists: true });
    expect(await me(squatter)).toMatchObject({ emailVerified: true });
    expect(await t.ok(`{ myOrganizationInvitations { id } }`, {}, squatter)).toEqual({
      myOrganizationInvitations: [{ id: invitationId }],
    });
    await t.acceptInvitation(squatter, invitationId);
  });

  it('lets an account with an unproven address accept no invitation to a collaboration', async () => {
    const facilitator = await t.facilitator('F');
    const collaborationId = await t.collaboration(facilitator, 'Compras');
    await t.publishGroundRules(facilitator, collaborationId);
    const victim = address('dueña');
    expect((await signUp(victim, 'ES', 'squatter passphrase 123', 'Intrusa')).data).toEqual({
      signUp: true,
    });
    const squatter = await asUser(victim, 'squatter passphrase 123');
    await t.ok(
      `mutation($c: ID!, $input: InviteByEmailInput!) { inviteByEmail(collaborationId: $c, input: $input) { id } }`,
      { c: collaborationId, input: { email: victim, organizationName: 'Harinas' } },
      facilitator,
    );
    const invitations = await t.gql(
      `query($c: ID!) { collaboration(id: $c) { invitations(first: 1) { totalCount } } }`,
      { c: collaborationId },
      squatter,
    );
    expect(invitations.errors?.[0]?.extensions.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    // Without the emailed link there is nothing to accept with; with a guessed one, nothing.
    const accept = await t.gql(
      `mutation($input: AcceptCollaborationInvitationInput!) {
         acceptCollaborationInvitation(input: $input) { id } }`,
      {
        input: {
          token: `alzi_${'x'.repeat(43)}`,
          newOrganization: { name: 'Harinas', kind: 'COMPANY' },
        },
      },
      squatter,
    );
    expect(accept.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('moves an account to a new address through a link sent there, telling the old address', async () => {
    const user = await t.user('Mudanza');
    await t.ok(SET_LANGUAGE, { locale: 'EN' }, user);
    const newEmail = address('nueva-direccion');
    const wrong = await t.gql(
      REQUEST_CHANGE,
      { input: { newEmail, currentPassword: 'not the password' } },
      user,
    );
    expect(wrong.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'currentPassword' } },
    });
    expect(
      await t.ok(REQUEST_CHANGE, { input: { newEmail, currentPassword: TEST_PASSWORD } }, user),
    ).toEqual({ requestEmailChange: true });

    const notice = await smtp.nextMessageTo(user.email, 20_000, 'email-change-requested');
    expect(notice.subject).toBe('Your Alianza address is being changed');
    expect(notice.text).toContain('change its address to n***@empresa.example');
    expect(notice.text).not.toContain(newEmail);
    const { token, message } = await tokenIn(
      newEmail,
      'email-change-confirm',
      '/portal/confirm-email-change',
    );
    expect(message.subject).toBe('Confirm your new email address for Alianza');
    // Nothing moves before the link is followed.
    expect(await me(user)).toMatchObject({ email: user.email, emailVerified: true });

    expect(await t.ok(CONFIRM_CHANGE, { input: { token } })).toEqual({
      confirmEmailChange: true,
    });
    const changed = await smtp.nextMessageTo(user.email, 20_000, 'email-changed');
    expect(changed.subject).toBe('Your Alianza address was changed');
    expect(changed.text).toContain('now uses the address n***@empresa.example');
    expect(await me(user)).toMatchObject({ email: newEmail, emailVerified: true });
    expect(await events(user)).toEqual(
      expect.arrayContaining(['EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED']),
    );

    const old = await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(old.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.session(newEmail)).id).toBe(user.id);
    expect(refusal(await t.gql(CONFIRM_CHANGE, { input: { token } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_LINK_USED',
    });
  });

  it('answers a change to a taken address as any other: its owner is told, nothing moves', async () => {
    const user = await t.user('Cambio');
    const holder = await t.user('Titular');
    expect(
      await t.ok(
        REQUEST_CHANGE,
        { input: { newEmail: holder.email, currentPassword: TEST_PASSWORD } },
        user,
      ),
    ).toEqual({ requestEmailChange: true });
    const told = await smtp.nextMessageTo(holder.email, 20_000, 'account-exists');
    expect(told.subject).toBe('Alguien intentó usar tu dirección en Alianza');
    expect(told.text).toContain('Alguien intentó pasar otra cuenta de Alianza a esta dirección.');
    // The old address hears of the attempt as of any other.
    await smtp.nextMessageTo(user.email, 20_000, 'email-change-requested');
    expect(smtp.messagesTo(holder.email, 'email-change-confirm')).toEqual([]);
    expect(await me(user)).toMatchObject({ email: user.email });
  });

  it('refuses to move an account to an address another account took meanwhile', async () => {
    const user = await t.user('Lenta');
    const newEmail = address('disputada');
    await t.ok(REQUEST_CHANGE, { input: { newEmail, currentPassword: TEST_PASSWORD } }, user);
    const { token } = await tokenIn(
      newEmail,
      'email-change-confirm',
      '/portal/confirm-email-change',
    );
    expect((await signUp(newEmail)).data).toEqual({ signUp: true });
    expect(refusal(await t.gql(CONFIRM_CHANGE, { input: { token } }))).toEqual({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
    });
    expect(await me(user)).toMatchObject({ email: user.email, emailVerified: true });
  });

  it('keeps the verified mark for the database functions: the API role cannot set it', async () => {
    const user = await t.unverifiedUserWithEmail(address('directa'), 'Directa');
    const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
    await app.connect();
    try {
      await expect(
        app.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]),
      ).rejects.toThrow(/verified only by following a link/);
    } finally {
      await app.end();
    }
    expect(await me(user)).toMatchObject({ emailVerified: false });
  });
});
