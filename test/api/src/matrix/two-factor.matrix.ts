import { GqlResponse } from '../../support/api';
import { Operation, Outcome, outcome, SIGNED_IN } from '../../support/matrix';
import { ROLES } from '../../support/world';
import { challengeOf, COMPLETE_LOGIN, enableTwoFactor, totp } from '../../support/two-factor';

/**
 * Allowed when the operation ran, or when its own check answered one of `codes` (the caller
 * passed the guard and met the service): the world's accounts (the run's one platform admin
 * among them) must not turn two-factor sign-in on, or every other suite's sign-in would change.
 */
function reached(res: GqlResponse, codes: string[]): Outcome {
  const code = res.errors?.[0]?.extensions.code;
  return code && codes.includes(code) ? 'allowed' : outcome(res);
}

/** The operations of two-factor sign-in and the account security log in the authorization matrix. */
export const TWO_FACTOR_MATRIX: Record<string, Operation> = {
  myTwoFactor: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`{ myTwoFactor { enabled required } }`, {}, as)),
  },
  myAccountEvents: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`{ myAccountEvents { totalCount } }`, {}, as)),
  },
  accountEvents: {
    allowed: ['platformAdmin'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($id: ID!) { accountEvents(userId: $id) { totalCount } }`,
          { id: w.ownerA.id },
          as,
        ),
      ),
  },
  startTwoFactorSetup: {
    // A set-up under way changes nothing until it is confirmed.
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(await t.gql(`mutation { startTwoFactorSetup { otpauthUri } }`, {}, as)),
  },
  confirmTwoFactorSetup: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => {
      // Something no app shows: the world's accounts must not turn it on (see `reached`).
      const res = await t.gql(
        `mutation { confirmTwoFactorSetup(input: { code: "not a code" }) { codes } }`,
        {},
        as,
      );
      return reached(res, ['BAD_USER_INPUT', 'CONFLICT']);
    },
  },
  disableTwoFactor: {
    // Nobody of the world has it on: CONFLICT once past the guard.
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      reached(
        await t.gql(
          `mutation { disableTwoFactor(input: { password: "not the password" }) { enabled } }`,
          {},
          as,
        ),
        ['CONFLICT', 'BAD_USER_INPUT'],
      ),
  },
  regenerateRecoveryCodes: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      reached(
        await t.gql(
          `mutation { regenerateRecoveryCodes(input: { code: "123456" }) { codes } }`,
          {},
          as,
        ),
        ['CONFLICT'],
      ),
  },
  resetSecondFactor: {
    allowed: ['platformAdmin'],
    mutates: true,
    run: async (t, _w, as) => {
      const target = await enableTwoFactor(t, await t.user('reset-target'));
      return outcome(
        await t.gql(
          `mutation($id: ID!) { resetSecondFactor(userId: $id, input: { reason: "Matrix" }) }`,
          { id: target.id },
          as,
        ),
      );
    },
  },
  completeLogin: {
    // Anyone holding a challenge (the password just proven) finishes signing in.
    allowed: [...ROLES],
    mutates: true,
    run: async (t, _w, as) => {
      const user = await enableTwoFactor(t, await t.user('second-step'));
      const challenge = await challengeOf(t, user);
      return outcome(
        await t.gql(COMPLETE_LOGIN, { input: { challenge, code: totp(user.secret, 1) } }, as),
        (d: any) => d.completeLogin.user?.id === user.id,
      );
    },
  },
};
