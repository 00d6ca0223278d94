import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { Api, TEST_PASSWORD } from '../support/api';
import { linkIn, MailServer, startMailServer } from '../support/mail-server';
import { ApiProcess, sleep, startApiProcess } from '../support/servers';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const ME = `{ me { id email } }`;
const NEW_PASSWORD = 'a brand new passphrase';

/**
 * Password reset by email (issue 15), on an API that sends to a real SMTP server: the message
 * arrives in the account's language with a single-use link; following it sets the password and
 * ends every session; the answer is the same for an address without an account.
 */
describe('password reset by email', () => {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let smtp: MailServer;
  let server: ApiProcess;
  let t: Api;

  beforeAll(async () => {
    await owner.connect();
    smtp = await startMailServer();
    server = await startApiProcess('password-reset', {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Alianza <no-reply@alianza.test>',
      PUBLIC_URL: 'https://alianza.test/',
      MAIL_SEND_SECONDS: '1',
      MAIL_RETRY_SECONDS: '1',
    });
    t = new Api(server.url);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await smtp?.stop();
    await owner.end();
  });

  /** Asks for a link for `email` and returns its token from the message that arrives. */
  async function linkFor(email: string, locale: 'ES' | 'EN' = 'ES') {
    expect(await t.ok(REQUEST, { input: { email, locale } })).toEqual({
      requestPasswordReset: true,
    });
    const message = await smtp.nextMessageTo(email);
    const link = linkIn(message, 'reset-password');
    return { message, link, token: link.searchParams.get('token')! };
  }

  it('emails a single-use link; the reset ends every session and the new password signs in', async () => {
    const user = await t.user('Forgetful');
    // In the account's language (ADR 0028), whatever the asking page says.
    await t.ok(`mutation { setMyLanguage(input: { locale: EN }) { locale } }`, {}, user);
    const other = await t.session(user.email);
    expect(
      await t.ok(REQUEST, { input: { email: `  ${user.email.toUpperCase()} `, locale: 'ES' } }),
    ).toEqual({ requestPasswordReset: true });
    const message = await smtp.nextMessageTo(user.email);
    expect(message.subject).toBe('Reset your Alianza password');
    expect(message.text).toContain('Hello Forgetful,');
    expect(message.text).toContain('The link works once, for 30 minutes.');
    expect(message.html).toContain('Choose a new password');
    expect(message.fromHeader).toBe('"Alianza" <no-reply@alianza.test>');
    const link = linkIn(message, 'reset-password');
    expect(link.origin + link.pathname).toBe('https://alianza.test/portal/reset-password');
    const token = link.searchParams.get('token')!;
    expect(token).toMatch(/^[\w-]{43}$/);

    expect(await t.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });
    // Every session of the account has ended, the one that asked included.
    for (const session of [user, other]) expect((await t.ok(ME, {}, session)).me).toBeNull();
    const old = await t.gql(
      `mutation($input: LoginInput!) { login(input: $input) { expiresAt } }`,
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    expect(old.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const fresh = await t.session(user.email, NEW_PASSWORD);
    expect((await t.ok(ME, {}, fresh)).me).toMatchObject({ id: user.id, email: user.email });

    // The link works once.
    const again = await t.gql(RESET, { input: { token, newPassword: 'yet another passphrase' } });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_USED' },
    });
    expect((await t.ok(ME, {}, fresh)).me).not.toBeNull();
  });

  it('writes in Spanish by default, and sends a facilitator to the console', async () => {
    const facilitator = await t.facilitator('Facilitadora');
    const { message, link } = await linkFor(facilitator.email);
    expect(message.subject).toBe('Restablece tu contraseña de Alianza');
    expect(message.text).toContain('Hola, Facilitadora:');
    expect(message.text).toContain('Recibes este mensaje porque se pidió restablecer');
    expect(link.pathname).toBe('/console/reset-password');
  });

  it('answers the same for an address without an account, and sends nothing', async () => {
    const nobody = t.uniqueEmail('nobody');
    const res = await t.gql(REQUEST, { input: { email: nobody, locale: 'ES' } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ requestPasswordReset: true });
    // The queue got nothing for it either.
    await sleep(1_500);
    expect(smtp.messagesTo(nobody)).toHaveLength(0);
    const queued = await owner.query(`SELECT 1 FROM mail_messages WHERE recipient = $1`, [nobody]);
    expect(queued.rowCount).toBe(0);
  });

  it('refuses an expired, unknown or too weak attempt with its reason, and keeps the link for a valid one', async () => {
    const user = await t.user('Careful');
    const { token } = await linkFor(user.email, 'EN');
    const short = await t.gql(RESET, { input: { token, newPassword: 'short' } });
    expect(short.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.message).toMatch(/newPassword/);
    const unknown = await t.gql(RESET, {
      input: { token: 'not-a-token-we-gave', newPassword: NEW_PASSWORD },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_UNKNOWN' },
    });
    // The refused attempts used nothing up: the link still works.
    expect(await t.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });

    const { token: late } = await linkFor(user.email, 'EN');
    await owner.query(
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'
        WHERE user_id = $1 AND used_at IS NULL`,
      [user.id],
    );
    const expired = await t.gql(RESET, { input: { token: late, newPassword: NEW_PASSWORD } });
    expect(expired.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_EXPIRED' },
    });
  });

  it('uses up every other open link of the account when one is followed', async () => {
    const user = await t.user('Twice');
    const first = await linkFor(user.email);
    const second = await linkFor(user.email);
    expect(second.token).not.toBe(first.token);
    expect(
      await t.ok(RESET, { input: { token: second.token, newPassword: NEW_PASSWORD } }),
    ).toEqual({ resetPassword: true });
    const older = await t.gql(RESET, { input: { token: first.token, newPassword: NEW_PASSWORD } });
    expect(older.errors?.[0]?.extensions['reason']).toBe('RESET_LINK_USED');
  });

  it('stores only a keyed hash of the token: a row made for a chosen token does not work', async () => {
    const user = await t.user('Target');
    const { token } = await linkFor(user.email);
    const stored = await owner.query<{ token_hash: string }>(
      `SELECT token_hash FROM password_reset_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(stored.rows).toHaveLength(1);
    const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
    expect(stored.rows[0]!.token_hash).not.toBe(sha256(token));
    expect(stored.rows[0]!.token_hash).not.toContain(token);

    // As SQL injected into a statement of the API's role could: a link for a token it chose.
    const app = new Client({ connectionString: process.env['ALIANZA_TEST_APP_DATABASE_URL'] });
    await app.connect();
    try {
      await app.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '10 minutes')`,
        [user.id, sha256('chosen-by-the-attacker')],
      );
      // Nor can it give a link more time, move it to another account, or use it again.
      await expect(
        app.query(`UPDATE password_reset_tokens SET expires_at = now() + interval '1 year'`),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        app.query(`UPDATE password_reset_tokens SET used_at = NULL WHERE user_id = $1`, [user.id]),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await app.end();
    }
    const forged = await t.gql(RESET, {
      input: { token: 'chosen-by-the-attacker', newPassword: NEW_PASSWORD },
    });
    expect(forged.errors?.[0]?.extensions['reason']).toBe('RESET_LINK_UNKNOWN');
    expect(await t.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });
  });

  it('limits how often a link may be asked for one address', async () => {
    const email = t.uniqueEmail('flooded');
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++)
      answers.push((await t.gql(REQUEST, { input: { email } })).errors?.[0]?.extensions.code);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(answers[10]).toBe('RATE_LIMITED');
  });
});
