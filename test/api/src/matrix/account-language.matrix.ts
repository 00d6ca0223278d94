import { Operation, outcome, SIGNED_IN } from '../../support/matrix';

/** The operation of the account's language in the authorization matrix. */
export const ACCOUNT_LANGUAGE_MATRIX: Record<string, Operation> = {
  setMyLanguage: {
    // Spanish, as the world's accounts already are: other suites' emails stay as they expect.
    allowed: SIGNED_IN,
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(`mutation { setMyLanguage(input: { locale: ES }) { locale } }`, {}, as),
        (d: any) => d.setMyLanguage.locale === 'ES',
      ),
  },
};
