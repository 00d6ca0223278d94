import { Db } from '@alianza/db';
import { Locale } from '@alianza/mail';
import { InvitationStatus } from '@alianza/shared';
import { createHash, randomBytes } from 'node:crypto';
import { invitationStatus } from './invitation-status';

/**
 * The link emailed with an invitation, of either kind (a person to an organization, an
 * organization to a collaboration): its token, what the database keeps of it, and what its holder
 * learns. One definition for both kinds (ADR 0026).
 */

/** What every invitation link's token starts with: a token that does not is none of ours. */
export const INVITATION_TOKEN_PREFIX = 'alzi_';

/** The portal's page an invitation link opens (under PUBLIC_URL). */
export const INVITATION_LINK_PATH = '/portal/invitation';

/** What the keyed hash of a link's token is for (`Db.keyedHash`). */
export const INVITATION_LINK_PURPOSE = 'invitation-link';

/** Whatever computes the keyed hash of a one-time token: the `Db` (or its `ClaimSigner`). */
export type TokenHasher = Pick<Db, 'keyedHash'>;

/**
 * The stored form of a link's token: the keyed hash (HMAC under the database's claim key, as for
 * password reset links) of the token's SHA-256, so that no one without the key (the API role, SQL
 * injected into its statements) can make a row for a token of their choosing, and so that the
 * plain SHA-256 stored before could be converted in place (migration KeyedInvitationTokens).
 */
function storedHash(hasher: TokenHasher, token: string): string {
  const sha256 = createHash('sha256').update(token, 'utf8').digest('hex');
  return hasher.keyedHash(INVITATION_LINK_PURPOSE, sha256);
}

/** A new link's token (256 random bits), and the keyed hash that is all the database keeps. */
export function newInvitationToken(hasher: TokenHasher): { token: string; hash: string } {
  const token = INVITATION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: storedHash(hasher, token) };
}

/** The hash to look a presented token up by, or undefined when it cannot be an invitation's. */
export function invitationTokenHash(hasher: TokenHasher, token: string): string | undefined {
  return token.startsWith(INVITATION_TOKEN_PREFIX) && token.length <= 100
    ? storedHash(hasher, token)
    : undefined;
}

/**
 * What the holder of an invitation's link learns, signed in or not (the link was emailed to the
 * address), whichever kind it is: where it stands, whom it is from, and whether the address has
 * an account yet (sign in, or sign up through the link).
 */
export interface InvitationLinkFacts {
  invitationId: string;
  email: string;
  /** EXPIRED once pending past `expiresAt`. */
  status: InvitationStatus;
  expiresAt: Date;
  locale: Locale;
  organizationName: string;
  invitedByName: string;
  accountExists: boolean;
}

/** The columns every `alianza_rls.*_invitation_link(hash)` function answers. */
export interface InvitationLinkRow {
  id: string;
  email: string;
  status: InvitationStatus;
  expires_at: Date;
  locale: Locale;
  organization_name: string;
  invited_by_name: string;
  account_exists: boolean;
}

/** The database function that answers a link of each kind (migration EmailInvitations). */
const LINK_FUNCTIONS = {
  collaboration: 'alianza_rls.collaboration_invitation_link',
  organization: 'alianza_rls.organization_invitation_link',
} as const;

/**
 * What a link's token is for among the invitations of `kind` (null when it is none of theirs).
 * Anyone holding the link may ask: it was emailed to the address. The first ask marks the link
 * opened. `more` maps what the kind adds to the common facts.
 */
export async function findInvitationLink<Row extends InvitationLinkRow, More>(
  db: Db,
  kind: keyof typeof LINK_FUNCTIONS,
  token: string,
  more: (row: Row) => More,
): Promise<(InvitationLinkFacts & More) | null> {
  const hash = invitationTokenHash(db, token);
  if (!hash) return null;
  const [row] = await db.query<Row>(`SELECT * FROM ${LINK_FUNCTIONS[kind]}(:hash)`, { hash });
  if (!row) return null;
  return {
    invitationId: row.id,
    email: row.email,
    status: invitationStatus({ status: row.status, expiresAt: row.expires_at }),
    expiresAt: row.expires_at,
    locale: row.locale,
    organizationName: row.organization_name,
    invitedByName: row.invited_by_name,
    accountExists: row.account_exists,
    ...more(row),
  };
}

/**
 * Marks the claim's own account verified when `token` is a pending invitation's link (of either
 * kind) to its address (migration InvitationProvesAddress1795419610000); whether it was.
 */
export async function proveAddress(db: Db, token: string): Promise<boolean> {
  const hash = invitationTokenHash(db, token);
  if (!hash) return false;
  const [row] = await db.query<{ verified: boolean }>(
    'SELECT alianza_rls.verify_invited_address(:hash) AS verified',
    { hash },
  );
  return row?.verified === true;
}
