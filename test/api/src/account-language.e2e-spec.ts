import { Claims, ENTER_CLAIM_SQL, signClaim } from '@alianza/db';
import { Client } from 'pg';
import { Api, TEST_PASSWORD, TestUser } from '../support/api';
import { linkIn, MailServer, startMailServer } from '../support/mail-server';
import { ApiProcess, startApiProcess } from '../support/servers';

const ME = `{ me { id locale } }`;
const SET = `mutation($locale: Locale!) { setMyLanguage(input: { locale: $locale }) { id locale } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const REQUEST = `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`;
const APPROVE = `mutation($r: ID!) { approveDisclosure(requestId: $r, input: { acknowledgeOverlapIds: [] }) { id } }`;
const INVITE_MEMBER = `mutation($o: ID!, $input: InviteOrganizationMemberInput!) {
  inviteOrganizationMember(organizationId: $o, input: $input) { id } }`;
const INVITE_BY_EMAIL = `mutation($c: ID!, $input: InviteByEmailInput!) {
  inviteByEmail(collaborationId: $c, input: $input) { id locale } }`;
const LINK = `query($token: String!) { invitationLink(token: $token) { locale accountExists } }`;

/**
 * The language of the account (issue 15, ADR 0028), on an API that sends to a real SMTP server:
 * set by its owner (or at sign-up), and every email to a known person is written in it (password
 * reset, immediate notifications, the daily digest, invitations to an address with an account),
 * whatever language the asking page or the inviter used.
 */
describe('the language of the account', () => {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
  let smtp: MailServer;
  let server: ApiProcess;
  let t: Api;

  beforeAll(async () => {
    await owner.connect();
    await app.connect();
    smtp = await startMailServer();
    server = await startApiProcess('account-language', {
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://alianza.test',
      MAIL_SEND_SECONDS: '1',
      NOTIFICATION_SWEEP_SECONDS: '1',
      // Two hours ahead: today's cutoff (yesterday's at that hour) stays put during the test.
      NOTIFICATION_DIGEST_HOUR: String((new Date().getUTCHours() + 2) % 24),
      NOTIFICATION_DIGEST_TIME_ZONE: 'UTC',
    });
    t = new Api(server.url);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await smtp?.stop();
    await owner.end();
    await app.end();
  });

  /** The next message to `to`: its subject, and a line of its text. */
  const arrives = async (to: string, subject: string, line: string) => {
    const message = await smtp.nextMessageTo(to);
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(line);
  };

  const english = async (label: string): Promise<TestUser> => {
    const user = await t.user(label);
    expect(await t.ok(SET, { locale: 'EN' }, user)).toEqual({
      setMyLanguage: { id: user.id, locale: 'EN' },
    });
    return user;
  };

  it('is Spanish until its owner sets it, and shows on `me`', async () => {
    const user = await t.user('idioma');
    expect((await t.ok(ME, {}, user)).me).toEqual({ id: user.id, locale: 'ES' });
    await t.ok(SET, { locale: 'EN' }, user);
    expect((await t.ok(ME, {}, user)).me).toEqual({ id: user.id, locale: 'EN' });
    // Another session of the account (another browser) finds it.
    const elsewhere = await t.session(user.email);
    expect((await t.ok(ME, {}, elsewhere)).me.locale).toBe('EN');
    await t.ok(SET, { locale: 'ES' }, user);
    expect((await t.ok(ME, {}, user)).me.locale).toBe('ES');
  });

  it('refuses a language it does not know with BAD_USER_INPUT, and changes nothing', async () => {
    const user = await english('idioma-malo');
    for (const locale of ['fr', 'FR', 'en', '', null]) {
      const res = await t.gql(SET, { locale }, user);
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/locale/);
      expect(res.data).toBeNull();
    }
    const inline = await t.gql(
      `mutation { setMyLanguage(input: { locale: FR }) { locale } }`,
      {},
      user,
    );
    expect(inline.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.ok(ME, {}, user)).me.locale).toBe('EN');
    const stored = await owner.query(`SELECT locale FROM users WHERE id = $1`, [user.id]);
    expect(stored.rows).toEqual([{ locale: 'en' }]);
  });

  it('is set by no one signed out, and by no other account’s claim in the database', async () => {
    const user = await t.user('idioma-propio');
    const other = await t.user('idioma-ajeno');
    const signedOut = await t.gql(SET, { locale: 'EN' });
    expect(signedOut.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    // As an injected statement of a request would run: under a claim, as the API's role.
    const key: Buffer = (await owner.query(`SELECT key FROM alianza_private.claim_key`)).rows[0]
      .key;
    const asClaimOf = async (userId: string, locale: string) => {
      await app.query('BEGIN');
      try {
        await app.query(ENTER_CLAIM_SQL, [signClaim(key, Claims.user(userId))]);
        return await app
          .query(`UPDATE users SET locale = $2 WHERE id = $1`, [user.id, locale])
          .then(
            () => 'done',
            (error: { code?: string }) => error.code,
          );
      } finally {
        await app.query('ROLLBACK');
      }
    };
    expect(await asClaimOf(other.id, 'en')).toBe('42501');
    expect(await asClaimOf(user.id, 'en')).toBe('done');
    expect(await asClaimOf(user.id, 'fr')).toBe('23514'); // check_violation
    expect((await t.ok(ME, {}, user)).me.locale).toBe('ES');
  });

  it('takes the language of the sign-up page, Spanish when none is given', async () => {
    const withEnglish = t.uniqueEmail('alta-en');
    const withNone = t.uniqueEmail('alta');
    for (const [email, locale] of [
      [withEnglish, 'EN'],
      [withNone, undefined],
    ] as const)
      expect(
        await t.ok(SIGN_UP, {
          input: { email, password: TEST_PASSWORD, displayName: 'Alta', locale },
        }),
      ).toEqual({ signUp: true });
    expect((await t.ok(ME, {}, await t.session(withEnglish))).me.locale).toBe('EN');
    expect((await t.ok(ME, {}, await t.session(withNone))).me.locale).toBe('ES');
    const bad = await t.gql(SIGN_UP, {
      input: {
        email: t.uniqueEmail('alta-fr'),
        password: TEST_PASSWORD,
        displayName: 'Alta',
        locale: 'FR',
      },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('writes the password reset in the account’s language, whatever the page asked in', async () => {
    const inEnglish = await english('reset-en');
    const inSpanish = await t.user('reset-es');
    await t.ok(RESET, { input: { email: inEnglish.email, locale: 'ES' } });
    await t.ok(RESET, { input: { email: inSpanish.email, locale: 'EN' } });
    await arrives(inEnglish.email, 'Reset your Alianza password', 'Hello reset-en,');
    await arrives(inSpanish.email, 'Restablece tu contraseña de Alianza', 'Hola, reset-es:');
  });

  it('writes notifications, immediate and in the daily digest, in each recipient’s language', async () => {
    const f = await t.facilitator('lang-F');
    await t.ok(SET, { locale: 'EN' }, f);
    const ownerA = await t.user('lang-A'); // Spanish
    const ownerB = await english('lang-B');
    const ownerC = await t.user('lang-C'); // Spanish
    const [orgA, orgB, orgC] = await Promise.all([
      t.organization(ownerA, 'Lang A'),
      t.organization(ownerB, 'Lang B'),
      t.organization(ownerC, 'Lang C'),
    ]);
    const c = await t.collaboration(f, 'Lang C');
    const rules = await t.publishGroundRules(f, c);
    const participations = await Promise.all([orgA, orgB, orgC].map((o) => t.invite(f, c, o)));
    for (const [i, who] of [ownerA, ownerB, ownerC].entries())
      await t.acceptGroundRules(who, participations[i]!, rules.id);
    await t.ok(
      `mutation($id: ID!) { changeCollaborationStatus(collaborationId: $id, input: { status: ACTIVE }) { id } }`,
      { id: c },
      f,
    );
    const areas = await t.listOf<{ id: string; name: string }>(c, 'areas', 'id name', f);
    const costs = areas.find((a) => a.name === 'Costes')!.id; // moderated: the facilitator decides
    const item = await t.ok<{ createItem: { itemId: string } }>(
      `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Costes", body: "Detalle" }) { itemId } }`,
      { p: participations[0], a: costs },
      ownerA,
    );
    const request = (await t.ok(REQUEST, { i: item.createItem.itemId, r: [orgB, orgC] }, ownerA))
      .requestDisclosure.id;

    // Immediate: the facilitator's new request (English), A's decision (Spanish).
    expect((await smtp.nextMessageTo(f.email)).subject).toBe('New disclosure request');
    await t.ok(APPROVE, { r: request }, f);
    expect((await smtp.nextMessageTo(ownerA.email)).subject).toBe('Decisión sobre tu solicitud');

    // Daily: B's and C's grant, moved back as if from yesterday, in one digest each.
    await owner.query(
      `UPDATE notifications SET created_at = created_at - interval '25 hours'
        WHERE user_id = ANY($1) AND email_delivery = 'daily'`,
      [[ownerB.id, ownerC.id]],
    );
    await arrives(
      ownerB.email,
      'Your Alianza daily digest: 1 notification',
      'Information shared with you: 1',
    );
    await arrives(
      ownerC.email,
      'Tu resumen diario de Alianza: 1 aviso',
      'Han compartido información contigo: 1',
    );
  }, 120_000);

  it('writes an invitation to an address with an account in its language, to a new one in the inviter’s choice', async () => {
    const founder = await t.user('fundadora');
    const organizationId = await t.organization(founder, 'Panadería Idioma');
    const colleague = await english('colega');
    const newcomer = t.uniqueEmail('nueva');
    // The invitation keeps the inviter's choice: what the inviter sees tells nothing of an account.
    for (const email of [colleague.email, newcomer])
      await t.ok(
        INVITE_MEMBER,
        { o: organizationId, input: { email, role: 'MEMBER', locale: 'ES' } },
        founder,
      );
    const kept = await owner.query(
      `SELECT DISTINCT locale FROM organization_invitations WHERE organization_id = $1`,
      [organizationId],
    );
    expect(kept.rows).toEqual([{ locale: 'es' }]);
    const toColleague = await smtp.nextMessageTo(colleague.email);
    expect(toColleague.subject).toMatch(
      /^fundadora invites you to join Panadería Idioma .+ on Alianza$/,
    );
    const toNewcomer = await smtp.nextMessageTo(newcomer);
    expect(toNewcomer.subject).toMatch(
      /^fundadora te invita a unirte a Panadería Idioma .+ en Alianza$/,
    );
    // The link's page speaks the email's language.
    const token = (mail: typeof toColleague) =>
      linkIn(mail, '/portal/invitation').searchParams.get('token');
    expect((await t.ok(LINK, { token: token(toColleague) })).invitationLink).toEqual({
      locale: 'EN',
      accountExists: true,
    });
    expect((await t.ok(LINK, { token: token(toNewcomer) })).invitationLink).toEqual({
      locale: 'ES',
      accountExists: false,
    });

    // A facilitator's invitation of an organization, by its owner's address: the same.
    const f = await t.facilitator('lang-inv-F');
    const c = await t.collaboration(f, 'Idiomas');
    const invited = await t.ok(
      INVITE_BY_EMAIL,
      {
        c,
        input: {
          email: colleague.email,
          organizationName: 'Colegas',
          message: 'Bienvenida',
          locale: 'ES',
        },
      },
      f,
    );
    expect(invited.inviteByEmail.locale).toBe('ES');
    expect((await smtp.nextMessageTo(colleague.email)).subject).toBe(
      'lang-inv-F invites Colegas to a collaboration on Alianza',
    );
  });
});
