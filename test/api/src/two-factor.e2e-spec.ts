import { Api, GqlResponse, TestUser, TEST_PASSWORD } from '../support/api';
import { ApiProcess, startApiProcess } from '../support/servers';
import {
  challengeOf,
  COMPLETE_LOGIN,
  enableTwoFactor,
  LOGIN_STEP,
  signInWithCode,
  totp,
  wrongCode,
} from '../support/two-factor';

/**
 * Two-factor sign-in (TOTP) and the account security log, as a user and an administrator meet
 * them over HTTP: codes are computed here with otplib from the secret the API handed out, as an
 * authenticator app would.
 */

const STATUS = `{ myTwoFactor { enabled enabledAt recoveryCodesLeft required setupRequired } }`;
const EVENTS = `{ myAccountEvents(first: 50) { totalCount nodes { kind at ip userAgent reason actor { id displayName } } } }`;

interface AccountEvent {
  kind: string;
  at: string;
  ip: string | null;
  userAgent: string | null;
  reason: string | null;
  actor: { id: string; displayName: string } | null;
}

const codeOf = (res: GqlResponse): string | undefined => res.errors?.[0]?.extensions.code;

async function eventsOf(t: Api, user: Pick<TestUser, 'token'>): Promise<AccountEvent[]> {
  const data = await t.ok<{ myAccountEvents: { nodes: AccountEvent[] } }>(EVENTS, {}, user);
  return data.myAccountEvents.nodes;
}

function complete(t: Api, input: Record<string, unknown>) {
  return t.gql<{ completeLogin: { user: { id: string } | null; bearerToken: string | null } }>(
    COMPLETE_LOGIN,
    { input },
  );
}

describe('two-factor sign-in', () => {
  const t = new Api();

  it('sets up from the secret it hands out, confirms with a code, and hands out ten recovery codes', async () => {
    const user = await t.user('tf-setup');
    expect((await t.ok(STATUS, {}, user)).myTwoFactor).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
      required: false,
      setupRequired: false,
    });
    const started = await t.ok<{
      startTwoFactorSetup: { secret: string; otpauthUri: string; qrCodeDataUrl: string };
    }>(`mutation { startTwoFactorSetup { secret otpauthUri qrCodeDataUrl } }`, {}, user);
    const { secret, otpauthUri, qrCodeDataUrl } = started.startTwoFactorSetup;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(decodeURIComponent(uri.pathname)).toBe(`/Alianza:${user.email}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCodeDataUrl.split(',')[1]!, 'base64').toString()).toContain('<svg');

    // Not on until a code proves the app has the secret; signing in is unchanged meanwhile.
    const confirm = (code: string) =>
      t.gql<{ confirmTwoFactorSetup: { codes: string[] } }>(
        `mutation($input: TwoFactorCodeInput!) { confirmTwoFactorSetup(input: $input) { codes } }`,
        { input: { code } },
        user,
      );
    const wrong = await confirm(wrongCode(secret));
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions.details).toEqual({ field: 'code' });
    expect((await t.session(user.email)).token).toMatch(/^alz_/);

    const confirmed = await confirm(totp(secret));
    const codes = confirmed.data!.confirmTwoFactorSetup.codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    const status = (await t.ok(STATUS, {}, user)).myTwoFactor;
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10, setupRequired: false });
    expect(Date.parse(status.enabledAt)).toBeGreaterThan(Date.now() - 60_000);
    // Once on, a second set-up is refused (turn it off first).
    expect(codeOf(await t.gql(`mutation { startTwoFactorSetup { secret } }`, {}, user))).toBe(
      'CONFLICT',
    );
    // The oldest entry is the address confirmed at sign-up (the factory follows its link).
    expect((await eventsOf(t, user)).map((e) => e.kind)).toEqual([
      'SECOND_FACTOR_ENABLED',
      'EMAIL_VERIFIED',
    ]);
  });

  it('answers the right password with a challenge and no session, then opens one for a code', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-login'));
    const answered = await t.ok<{
      login: {
        user: null;
        expiresAt: null;
        bearerToken: null;
        secondFactorChallenge: { token: string; expiresAt: string };
      };
    }>(LOGIN_STEP, {
      input: { email: user.email, password: TEST_PASSWORD, issueBearerToken: true },
    });
    expect(answered.login).toMatchObject({ user: null, expiresAt: null, bearerToken: null });
    const { token: challenge, expiresAt } = answered.login.secondFactorChallenge;
    expect(challenge).toMatch(/^alzc_/);
    const lasts = Date.parse(expiresAt) - Date.now();
    expect(lasts).toBeGreaterThan(60_000);
    expect(lasts).toBeLessThanOrEqual(5 * 60_000);
    // The challenge is no session.
    expect(await t.ok(`{ me { id } }`, {}, { token: challenge })).toEqual({ me: null });
    // A wrong password still says nothing about a second factor.
    const refused = await t.gql(LOGIN_STEP, {
      input: { email: user.email, password: 'not the password', issueBearerToken: true },
    });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');

    const done = await complete(t, { challenge, code: totp(user.secret, 1) });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeLogin.user).toEqual({ id: user.id, email: user.email });
    const bearer = done.data!.completeLogin.bearerToken!;
    expect(await t.ok(`{ me { id } }`, {}, { token: bearer })).toEqual({ me: { id: user.id } });
  });

  it('opens a cookie session when login was asked for one', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-cookie'));
    const answered = await t.ok<{ login: { secondFactorChallenge: { token: string } } }>(
      LOGIN_STEP,
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: COMPLETE_LOGIN,
        variables: {
          input: {
            challenge: answered.login.secondFactorChallenge.token,
            code: totp(user.secret, 1),
          },
        },
      });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.completeLogin.bearerToken).toBeNull();
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/alianza_session=alz_[^;]+;.*HttpOnly/i);
    const me = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie.split(';')[0]!)
      .send({ query: `{ me { id } }` });
    expect(me.body.data).toEqual({ me: { id: user.id } });
  });

  it('refuses a wrong code, a code already used and a challenge already used', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-replay'));
    const challenge = await challengeOf(t, user);
    // The code that confirmed the set-up: spent.
    expect(codeOf(await complete(t, { challenge, code: user.confirmedWith }))).toBe(
      'BAD_USER_INPUT',
    );
    const wrong = await complete(t, { challenge, code: wrongCode(user.secret) });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions.details).toEqual({ field: 'code' });
    const next = totp(user.secret, 1);
    expect((await complete(t, { challenge, code: next })).errors).toBeUndefined();
    // The same challenge serves once.
    expect(codeOf(await complete(t, { challenge, code: next }))).toBe('UNAUTHENTICATED');
    // The same code, on a new challenge: replayed, refused.
    const again = await challengeOf(t, user);
    expect(codeOf(await complete(t, { challenge: again, code: next }))).toBe('BAD_USER_INPUT');
    // Unknown or malformed challenges, and neither or both kinds of code.
    expect(codeOf(await complete(t, { challenge: 'alzc_nope', code: next }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await complete(t, { challenge: again }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await complete(t, { challenge: again, code: next, recoveryCode: user.recoveryCodes[0] }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('locks the account after repeated wrong codes, as after wrong passwords', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-lockout'));
    const challenge = await challengeOf(t, user);
    const wrong = wrongCode(user.secret);
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) answers.push(codeOf(await complete(t, { challenge, code: wrong })));
    // LOGIN_LOCKOUT_FAILURES (5) wrong codes, then refused before any code is checked…
    expect(answers).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    // …the right one too, and the right password.
    expect(codeOf(await complete(t, { challenge, code: totp(user.secret, 1) }))).toBe(
      'RATE_LIMITED',
    );
    expect(
      codeOf(
        await t.gql(LOGIN_STEP, {
          input: { email: user.email, password: TEST_PASSWORD, issueBearerToken: true },
        }),
      ),
    ).toBe('RATE_LIMITED');
  });

  it('signs in once with each recovery code, however it is typed, and logs its use', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-recovery'));
    const code = user.recoveryCodes[3]!;
    const challenge = await challengeOf(t, user);
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('user-agent', 'two-factor e2e')
      .send({
        query: COMPLETE_LOGIN,
        variables: { input: { challenge, recoveryCode: code.toLowerCase().replace(/-/g, ' ') } },
      });
    expect(res.body.errors).toBeUndefined();
    const token = res.body.data.completeLogin.bearerToken as string;
    expect((await t.ok(STATUS, {}, { token })).myTwoFactor.recoveryCodesLeft).toBe(9);
    const used = (await eventsOf(t, { token }))[0]!;
    expect(used).toMatchObject({
      kind: 'RECOVERY_CODE_USED',
      userAgent: 'two-factor e2e',
      actor: null,
      reason: null,
    });
    expect(used.ip).toBeTruthy();
    // Spent: the same code no longer works.
    const again = await complete(t, { challenge: await challengeOf(t, user), recoveryCode: code });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions.details).toEqual({ field: 'recoveryCode' });
  });

  it('renews the recovery codes with a code of the app, and turns off with the password', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-off'));
    const regenerate = (code: string) =>
      t.gql<{ regenerateRecoveryCodes: { codes: string[] } }>(
        `mutation($input: TwoFactorCodeInput!) { regenerateRecoveryCodes(input: $input) { codes } }`,
        { input: { code } },
        user,
      );
    expect(codeOf(await regenerate(wrongCode(user.secret)))).toBe('BAD_USER_INPUT');
    const renewed = (await regenerate(totp(user.secret, 1))).data!.regenerateRecoveryCodes.codes;
    expect(renewed).toHaveLength(10);
    expect(renewed.some((c) => user.recoveryCodes.includes(c))).toBe(false);
    // The old codes no longer sign in; a new one does.
    const challenge = await challengeOf(t, user);
    expect(codeOf(await complete(t, { challenge, recoveryCode: user.recoveryCodes[0] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await complete(t, { challenge, recoveryCode: renewed[0] })).errors).toBeUndefined();

    const disable = (input: Record<string, string>) =>
      t.gql(
        `mutation($input: DisableTwoFactorInput!) { disableTwoFactor(input: $input) { enabled } }`,
        { input },
        user,
      );
    const wrong = await disable({ password: 'not the password' });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions.details).toEqual({ field: 'password' });
    expect((await disable({ password: TEST_PASSWORD })).data).toEqual({
      disableTwoFactor: { enabled: false },
    });
    // Signing in is one step again.
    const session = await t.session(user.email);
    expect(session.id).toBe(user.id);
    expect((await eventsOf(t, user)).map((e) => e.kind)).toEqual([
      'SECOND_FACTOR_DISABLED',
      'RECOVERY_CODE_USED',
      'RECOVERY_CODES_REGENERATED',
      'SECOND_FACTOR_ENABLED',
      'EMAIL_VERIFIED',
    ]);
    expect(codeOf(await disable({ password: TEST_PASSWORD }))).toBe('CONFLICT');
  });

  it('lets a platform admin reset a lost second factor: sessions end, and both logs say who and why', async () => {
    const user = await enableTwoFactor(t, await t.user('tf-reset'));
    const admin = await t.admin();
    const other = await t.user('tf-not-admin');
    const reset = (as: Pick<TestUser, 'token'>, userId = user.id) =>
      t.gql(
        `mutation($id: ID!, $input: ResetSecondFactorInput!) { resetSecondFactor(userId: $id, input: $input) }`,
        { id: userId, input: { reason: 'Lost phone, identity checked by video call' } },
        as,
      );
    // The administrators' list of users says whom a reset would concern; nobody else is told.
    const hasSecondFactor = async (as: Pick<TestUser, 'token'>) => {
      const statusOf = async (who: TestUser) =>
        (
          await t.ok<{ users: { nodes: { hasSecondFactor: boolean | null }[] } }>(
            `query($q: String!) { users(search: $q, first: 1) { nodes { hasSecondFactor } } }`,
            { q: who.email },
            as,
          )
        ).users.nodes[0]?.hasSecondFactor;
      return { [user.id]: await statusOf(user), [other.id]: await statusOf(other) };
    };
    expect(await hasSecondFactor(admin)).toEqual({ [user.id]: true, [other.id]: false });
    expect((await t.ok(`{ me { hasSecondFactor } }`, {}, user)).me.hasSecondFactor).toBeNull();

    expect(codeOf(await reset(other))).toBe('FORBIDDEN');
    expect((await reset(admin)).data).toEqual({ resetSecondFactor: true });
    expect((await hasSecondFactor(admin))[user.id]).toBe(false);
    // The user's sessions ended; signing in takes the password alone.
    expect(codeOf(await t.gql(STATUS, {}, user))).toBe('UNAUTHENTICATED');
    const token = await t.signIn(user.email);
    expect((await t.ok(STATUS, {}, { token })).myTwoFactor.enabled).toBe(false);

    const adminId = (await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, admin)).me.id;
    const [latest] = await eventsOf(t, { token });
    expect(latest).toMatchObject({
      kind: 'SECOND_FACTOR_RESET',
      reason: 'Lost phone, identity checked by video call',
      actor: { id: adminId, displayName: 'Test admin' },
    });
    // The administrator reads anyone's log; nobody else reads another's.
    const ADMIN_EVENTS = `query($id: ID!) { accountEvents(userId: $id, first: 10) { totalCount nodes { kind actor { id } } } }`;
    const read = await t.ok<{ accountEvents: { totalCount: number; nodes: AccountEvent[] } }>(
      ADMIN_EVENTS,
      { id: user.id },
      admin,
    );
    expect(read.accountEvents.nodes.map((e) => e.kind)).toEqual([
      'SECOND_FACTOR_RESET',
      'SECOND_FACTOR_ENABLED',
      'EMAIL_VERIFIED',
    ]);
    expect(codeOf(await t.gql(ADMIN_EVENTS, { id: user.id }, other))).toBe('FORBIDDEN');
    expect((await eventsOf(t, other)).map((e) => e.kind)).toEqual(['EMAIL_VERIFIED']);
    // Nothing left to reset.
    expect(codeOf(await reset(admin))).toBe('CONFLICT');
  });

  it('records password changes in the account security log', async () => {
    const user = await t.user('tf-password');
    await t.ok(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'another fine passphrase' } },
      user,
    );
    const events = await eventsOf(t, user);
    expect(events.map((e) => e.kind)).toEqual(['PASSWORD_CHANGED', 'EMAIL_VERIFIED']);
    expect(events[0]!.actor).toBeNull();
  });

  it('leaves staff free to sign in with a password alone where the instance does not require it', async () => {
    const facilitator = await t.facilitator('tf-optional');
    expect((await t.ok(STATUS, {}, facilitator)).myTwoFactor).toMatchObject({
      required: false,
      setupRequired: false,
    });
    expect(
      (await t.gql(`{ collaborations(first: 1) { totalCount } }`, {}, facilitator)).errors,
    ).toBeUndefined();
  });
});

describe('two-factor sign-in required of staff (TWO_FACTOR_REQUIRED_FOR_STAFF=true)', () => {
  const shared = new Api();
  let server: ApiProcess;
  let t: Api;

  beforeAll(async () => {
    server = await startApiProcess('two-factor-required', {
      TWO_FACTOR_REQUIRED_FOR_STAFF: 'true',
    });
    t = new Api(server.url);
  }, 120_000);

  afterAll(() => server?.stop());

  const COLLABORATIONS = `{ collaborations(first: 1) { totalCount } }`;

  it('lets a facilitator without a second factor only set it up, then everything', async () => {
    const created = await shared.facilitator('tf-required');
    const session = await t.session(created.email);
    const facilitator: TestUser = { ...created, token: session.token };
    expect((await t.ok(STATUS, {}, facilitator)).myTwoFactor).toMatchObject({
      enabled: false,
      required: true,
      setupRequired: true,
    });
    const refused = await t.gql(COLLABORATIONS, {}, facilitator);
    expect(codeOf(refused)).toBe('SECOND_FACTOR_REQUIRED');
    expect(refused.errors?.[0]?.message).toMatch(/second factor/);
    expect(
      codeOf(
        await t.gql(
          `mutation { createCollaboration(input: { title: "Not yet" }) { id } }`,
          {},
          facilitator,
        ),
      ),
    ).toBe('SECOND_FACTOR_REQUIRED');
    expect(codeOf(await t.gql(`{ apiTokens { id } }`, {}, facilitator))).toBe(
      'SECOND_FACTOR_REQUIRED',
    );
    // Nor through `me`, which answers: its tokens wait for the second factor too.
    expect(
      codeOf(await t.gql(`{ me { apiTokens(first: 1) { totalCount } } }`, {}, facilitator)),
    ).toBe('SECOND_FACTOR_REQUIRED');
    // Who am I still answers, so the app knows where to send them.
    expect(await t.ok(`{ me { id } }`, {}, facilitator)).toEqual({ me: { id: created.id } });

    const withFactor = await enableTwoFactor(t, facilitator);
    // The same session, now with a second factor, does anything its role allows.
    expect((await t.gql(COLLABORATIONS, {}, facilitator)).errors).toBeUndefined();
    expect((await t.ok(STATUS, {}, facilitator)).myTwoFactor).toMatchObject({
      enabled: true,
      required: true,
      setupRequired: false,
    });
    // And signing in afresh takes the code.
    const token = await signInWithCode(t, withFactor);
    expect((await t.gql(COLLABORATIONS, {}, { token })).errors).toBeUndefined();
  });

  it('holds a platform administrator without a second factor to the set-up too', async () => {
    const admin = await t.admin();
    expect(codeOf(await t.gql(`{ users(first: 1) { totalCount } }`, {}, admin))).toBe(
      'SECOND_FACTOR_REQUIRED',
    );
    expect((await t.ok(STATUS, {}, admin)).myTwoFactor.setupRequired).toBe(true);
    // Registering facilitators through the API takes the second factor too.
    const someone = await shared.user('tf-would-be-facilitator');
    const REGISTER = `mutation($input: RegisterFacilitatorInput!) { registerFacilitator(input: $input) { id isFacilitator } }`;
    const input = { input: { email: someone.email } };
    expect(codeOf(await t.gql(REGISTER, input, admin))).toBe('SECOND_FACTOR_REQUIRED');
    expect(
      (await shared.ok<{ registerFacilitator: unknown }>(REGISTER, input, await shared.admin()))
        .registerFacilitator,
    ).toEqual({ id: someone.id, isFacilitator: true });
    // The same account on the shared server (not required there) is not held.
    expect(
      (await shared.gql(`{ users(first: 1) { totalCount } }`, {}, await shared.admin())).errors,
    ).toBeUndefined();
  });

  it('asks nothing more of participants', async () => {
    const user = await t.user('tf-participant');
    expect((await t.ok(STATUS, {}, user)).myTwoFactor).toMatchObject({
      required: false,
      setupRequired: false,
    });
    expect(
      (
        await t.gql(
          `mutation { createOrganization(input: { name: "Fine", kind: OTHER }) { id } }`,
          {},
          user,
        )
      ).errors,
    ).toBeUndefined();
  });

  it('lets a held session sign out', async () => {
    const created = await shared.facilitator('tf-required-out');
    const held = { token: (await t.session(created.email)).token };
    expect((await t.gql(`mutation { logout }`, {}, held)).errors).toBeUndefined();
    expect(await t.ok(`{ me { id } }`, {}, held)).toEqual({ me: null });
  });
});
