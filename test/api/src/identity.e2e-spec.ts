import { readFileSync } from 'node:fs';
import { Api, TEST_PASSWORD } from '../support/api';

describe('identity: sign-up, login, sessions', () => {
  const t = new Api();

  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id email } bearerToken expiresAt } }`;
  const ME = `{ me { id email displayName isFacilitator isPlatformAdmin } }`;

  it('signs up, logs in with a bearer token, and answers `me`', async () => {
    const email = t.uniqueEmail('Carmen');
    await t.ok(`mutation($input: SignUpInput!) { signUp(input: $input) }`, {
      input: {
        email: `  ${email.toUpperCase()} `,
        password: TEST_PASSWORD,
        displayName: ' Carmen ',
      },
    });
    const login = await t.ok(LOGIN, {
      input: { email, password: TEST_PASSWORD, issueBearerToken: true },
    });
    expect(login.login.bearerToken).toMatch(/^alz_/);
    const me = await t.ok(ME, {}, { token: login.login.bearerToken });
    expect(me.me).toMatchObject({
      email,
      displayName: 'Carmen',
      isFacilitator: false,
      isPlatformAdmin: false,
    });
  });

  it('sets an httpOnly SameSite session cookie for web apps and never returns the token in the body', async () => {
    const user = await t.user('cookie');
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: LOGIN, variables: { input: { email: user.email, password: TEST_PASSWORD } } });
    expect(res.body.data.login.bearerToken).toBeNull();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/alianza_session=alz_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const session = cookie.split(';')[0];
    const me = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', session)
      .send({ query: ME });
    expect(me.body.data.me.email).toBe(user.email);
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    const user = await t.user('known');
    const unknown = await t.gql(LOGIN, {
      input: { email: t.uniqueEmail('nobody'), password: TEST_PASSWORD },
    });
    const wrong = await t.gql(LOGIN, {
      input: { email: user.email, password: 'wrong password!!' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Invalid email or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
  });

  it('ends the session on logout: the token stops working', async () => {
    const user = await t.user('leaver');
    await t.ok(`mutation { logout }`, {}, user);
    const me = await t.ok(ME, {}, user);
    expect(me.me).toBeNull();
  });

  it('answers null to `me` for anonymous callers and for unknown tokens', async () => {
    expect((await t.ok(ME)).me).toBeNull();
    expect((await t.ok(ME, {}, { token: 'alz_not-a-real-token' })).me).toBeNull();
  });

  it('answers a taken email as a free one, and changes nothing of its account', async () => {
    const user = await t.user('dup');
    const res = await t.gql(`mutation($input: SignUpInput!) { signUp(input: $input) }`, {
      input: { email: user.email.toUpperCase(), password: 'another passphrase', displayName: 'X' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ signUp: true });
    const me = await t.ok(ME, {}, { token: await t.signIn(user.email) });
    expect(me.me).toMatchObject({ id: user.id, displayName: 'dup' });
  });

  it('validates sign-up input with a clear BAD_USER_INPUT', async () => {
    const res = await t.gql(`mutation($input: SignUpInput!) { signUp(input: $input) }`, {
      input: { email: 'not-an-email', password: 'short', displayName: 'x'.repeat(121) },
    });
    const error = res.errors?.[0];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/email must be a valid email address/);
    expect(error?.message).toMatch(/password must be longer than or equal to 10 characters/);
    expect(error?.message).toMatch(/displayName must be shorter than or equal to 120 characters/);
  });

  it('changes the password and ends the other sessions', async () => {
    const user = await t.user('changer');
    const other = await t.signIn(user.email);
    await t.ok(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } },
      user,
    );
    expect((await t.ok(ME, {}, { token: other })).me).toBeNull();
    expect((await t.ok(ME, {}, user)).me.email).toBe(user.email);
    await t.signIn(user.email, 'a brand new passphrase');
  });

  it('lets a platform admin register a facilitator, and no one else', async () => {
    const admin = await t.admin();
    const someone = await t.user('someone');
    const MUTATION = `mutation($input: RegisterFacilitatorInput!) { registerFacilitator(input: $input) { id isFacilitator } }`;
    const refused = await t.gql(MUTATION, { input: { email: someone.email } }, someone);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const granted = await t.ok(MUTATION, { input: { email: someone.email } }, admin);
    expect(granted.registerFacilitator).toEqual({ id: someone.id, isFacilitator: true });
    const again = await t.gql(MUTATION, { input: { email: someone.email } }, admin);
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const missing = await t.gql(MUTATION, { input: { email: t.uniqueEmail('new') } }, admin);
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('never shows password hashes or tokens in the schema', async () => {
    const res = await t.gql(`{ me { passwordHash } }`);
    expect(res.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('logs', () => {
  const t = new Api();

  it('record each request with its id, but never passwords or tokens', async () => {
    const password = `Unmistakable-${Date.now()}-passphrase`;
    const email = t.uniqueEmail('logged');
    await t.ok(`mutation($input: SignUpInput!) { signUp(input: $input) }`, {
      input: { email, password, displayName: 'Logged' },
    });
    const token = await t.signIn(email, password);
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query: '{ me { id } }' });
    const requestId = String(res.headers['x-request-id']);
    // The server writes its log asynchronously: wait for this request's line.
    let log = '';
    for (let i = 0; i < 50 && !log.includes(requestId); i++) {
      await new Promise((r) => setTimeout(r, 100));
      log = readFileSync(process.env.ALIANZA_TEST_API_LOG!, 'utf8');
    }
    expect(log).toContain(requestId);
    expect(log).not.toContain(password);
    expect(log).not.toContain(token);
  });
});
