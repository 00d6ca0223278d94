import { Operation, outcome, SIGNED_IN } from '../../support/matrix';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** The operations of reporting and reporting API tokens in the authorization matrix. */
export const REPORTING_MATRIX: Record<string, Operation> = {
  collaborationReport: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($c: ID!) { collaborationReport(collaborationId: $c) { collaborationId ledger { confirmedValue } } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  portfolioReport: {
    // Everyone signed in may ask; only the facilitator gets the collaboration in it.
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(await t.gql(`{ portfolioReport { collaborationId } }`, {}, as), (d: any) =>
        d.portfolioReport.some(
          (row: { collaborationId: string }) => row.collaborationId === w.collaborationId,
        ),
      ),
  },
  organizationReport: {
    allowed: ['activeParticipant', 'organizationOwner'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($o: ID!) { organizationReport(organizationId: $o) { organizationId collaborations { collaborationId } } }`,
          { o: w.orgA },
          as,
        ),
      ),
  },
  apiTokens: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) => outcome(await t.gql(`{ apiTokens { id } }`, {}, as)),
  },
  createApiToken: {
    allowed: SIGNED_IN,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
          { input: { name: 'Matrix', expiresAt: inDays(1) } },
          as,
        ),
      ),
  },
  revokeApiToken: {
    // A token of the owner of A: only they may revoke it.
    allowed: ['organizationOwner'],
    run: async (t, w, as) => {
      const created = await t.ok<{ createApiToken: { token: { id: string } } }>(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } } }`,
        { input: { name: 'To revoke', expiresAt: inDays(1) } },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($id: ID!) { revokeApiToken(apiTokenId: $id) { active } }`,
          { id: created.createApiToken.token.id },
          as,
        ),
        (d: any) => d.revokeApiToken.active === false,
      );
    },
  },
};
