import { claimSigner, readClaimKey } from '@alianza/db';
import { newInvitationToken } from '@alianza/organization';
import { Client } from 'pg';
import { Api, TEST_PASSWORD } from '../../support/api';
import { Operation, outcome } from '../../support/matrix';
import { ROLES, World } from '../../support/world';

/** A fresh invitation by email of C's facilitator, to an address nobody has. */
async function invitationByEmail(t: Api, w: World): Promise<string> {
  const data = await t.ok<{ inviteByEmail: { id: string } }>(
    `mutation($c: ID!, $e: String!) { inviteByEmail(collaborationId: $c, input: { email: $e, organizationName: "Nueva" }) { id } }`,
    { c: w.collaborationId, e: t.uniqueEmail('invited') },
    w.users.facilitator,
  );
  return data.inviteByEmail.id;
}

/** The database's claim key, read once. */
let claimKey: Promise<Buffer> | undefined;

/**
 * The token of a fresh invitation's link. The run's API writes its emails to its local outbox,
 * not to a mailbox this test reads (test/api/src/email-invitations.e2e-spec.ts reads the real
 * ones): the link's token is made here, and its keyed hash (under the claim key, which the
 * owner reads) put in place as the database's owner.
 */
async function freshLink(t: Api, w: World): Promise<string> {
  const id = await invitationByEmail(t, w);
  const ownerUrl = process.env['ALIANZA_TEST_DATABASE_URL']!;
  claimKey ??= readClaimKey(ownerUrl);
  const { token, hash } = newInvitationToken(claimSigner(await claimKey));
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query(`UPDATE collaboration_invitations SET token_hash = $1 WHERE id = $2`, [
      hash,
      id,
    ]);
  } finally {
    await owner.end();
  }
  return token;
}

/** The operations of invitations by email in the authorization matrix. */
export const INVITATION_MATRIX: Record<string, Operation> = {
  // --- Queries ---------------------------------------------------------------------------
  collaborationInvitations: {
    // Anyone may ask; only the facilitator gets C's invitations (others' own address: none here).
    allowed: ['facilitator'],
    run: async (t, w, as) => {
      const id = await invitationByEmail(t, w);
      return outcome(
        await t.gql(
          `query($c: ID!) { collaborationInvitations(collaborationId: $c) { id } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.collaborationInvitations.some((i: { id: string }) => i.id === id),
      );
    },
  },
  invitationLink: {
    // The link was emailed to the address: whoever holds it may read what it is for.
    allowed: [...ROLES],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($token: String!) { invitationLink(token: $token) { kind status } }`,
          { token: await freshLink(t, w) },
          as,
        ),
      ),
  },

  // --- Mutations -------------------------------------------------------------------------
  inviteByEmail: {
    allowed: ['facilitator'],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!, $e: String!) { inviteByEmail(collaborationId: $c, input: { email: $e, organizationName: "Nueva" }) { id } }`,
          { c: w.collaborationId, e: t.uniqueEmail('invited') },
          as,
        ),
      ),
  },
  resendCollaborationInvitation: {
    allowed: ['facilitator'],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($i: ID!) { resendCollaborationInvitation(invitationId: $i) { id } }`,
          { i: await invitationByEmail(t, w) },
          as,
        ),
      ),
  },
  withdrawCollaborationInvitation: {
    allowed: ['facilitator'],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($i: ID!) { withdrawCollaborationInvitation(invitationId: $i) { id } }`,
          { i: await invitationByEmail(t, w) },
          as,
        ),
      ),
  },
  // Only the account with the address invited (email-invitations.e2e-spec): none of these roles.
  acceptCollaborationInvitation: {
    allowed: [],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($token: String!) { acceptCollaborationInvitation(input: { token: $token, newOrganization: { name: "Nueva", kind: COMPANY } }) { id } }`,
          { token: await freshLink(t, w) },
          as,
        ),
      ),
  },
  signUpWithInvitation: {
    // Public: the link proves the address (each role follows a link of its own).
    allowed: [...ROLES],
    mutates: true,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($token: String!, $p: String!) { signUpWithInvitation(input: { token: $token, displayName: "Nueva", password: $p }) }`,
          { token: await freshLink(t, w), p: TEST_PASSWORD },
          as,
        ),
      ),
  },
};
