import { GqlResponse } from '../../support/api';
import { Operation, Outcome, outcome, SIGNED_IN } from '../../support/matrix';
import { ROLES } from '../../support/world';

/** Allowed when the link was refused for what it is (unknown), not for who asks. */
function refusedAsUnknown(res: GqlResponse): Outcome {
  return res.errors?.[0]?.extensions['reason'] === 'EMAIL_LINK_UNKNOWN' ? 'allowed' : outcome(res);
}

/** An account's address (libs/identity, ADR 0027) in the authorization matrix. */
export const EMAIL_ADDRESS_MATRIX: Record<string, Operation> = {
  verifyEmail: {
    // Anyone holding a link: the link is the proof.
    allowed: [...ROLES],
    mutates: true,
    run: async (t, _w, as) =>
      refusedAsUnknown(
        await t.gql(
          `mutation($input: EmailLinkInput!) { verifyEmail(input: $input) }`,
          { input: { token: 'a-token-nobody-was-given' } },
          as,
        ),
      ),
  },
  resendVerificationEmail: {
    // The world's accounts are verified: false, and nothing is sent.
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) => outcome(await t.gql(`mutation { resendVerificationEmail }`, {}, as)),
  },
  requestEmailChange: {
    // Asking moves nothing: only following the link sent to the new address does.
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`,
          {
            input: {
              newEmail: t.uniqueEmail('moving'),
              currentPassword: as?.password ?? 'no password',
            },
          },
          as,
        ),
      ),
  },
  confirmEmailChange: {
    allowed: [...ROLES],
    mutates: true,
    run: async (t, _w, as) =>
      refusedAsUnknown(
        await t.gql(
          `mutation($input: EmailLinkInput!) { confirmEmailChange(input: $input) }`,
          { input: { token: 'a-token-nobody-was-given' } },
          as,
        ),
      ),
  },
};
