import { createHmac } from 'node:crypto';

/**
 * Whose request a transaction serves, as the database's row-level security policies read it
 * (`alianza_rls.enter()`, migration TransactionFacts1795417000000):
 * - a user (session or reporting token): everything follows from the user's memberships and roles;
 * - a facilitator's "view as": what a plain member of `organizationId` sees in `collaborationId`
 *   (honoured only while `facilitatorUserId` facilitates that collaboration);
 * - a background job, by name: each policy says what, if anything, that job may touch.
 */
export type Claim =
  | { kind: 'user'; userId: string }
  | { kind: 'view-as'; facilitatorUserId: string; organizationId: string; collaborationId: string }
  | { kind: 'system'; job: SystemJob };

/** The background jobs the policies know by name. */
export type SystemJob =
  | 'grant-expiry'
  | 'overdue-reminder'
  | 'pledge-reminder'
  | 'benchmark-close'
  | 'leave-revocation'
  | 'audit-checkpoint'
  | 'audit-chain'
  | 'mail-sender'
  | 'notification-email'
  | 'notification-unsubscribe'
  | 'link-prune'
  | 'file-prune'
  | 'webhook-sender';

export const Claims = {
  user: (userId: string): Claim => ({ kind: 'user', userId }),
  viewAs: (facilitatorUserId: string, organizationId: string, collaborationId: string): Claim => ({
    kind: 'view-as',
    facilitatorUserId,
    organizationId,
    collaborationId,
  }),
  system: (job: SystemJob): Claim => ({ kind: 'system', job }),
};

/** How long a signed claim is honoured: a request or a job's transaction is far shorter. */
const CLAIM_TTL_SECONDS = 15 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB = /^[a-z-]{1,40}$/;

function fields(claim: Claim): [string, string, string, string] {
  switch (claim.kind) {
    case 'user':
      return ['u', claim.userId, '', ''];
    case 'view-as':
      return ['v', claim.facilitatorUserId, claim.organizationId, claim.collaborationId];
    case 'system':
      return ['s', claim.job, '', ''];
  }
}

/**
 * The claim a transaction enters with: `1;kind;a;b;c;expires.hmac`, the HMAC-SHA256 under the
 * database's claim key, which the API role cannot read. It travels only as a bound parameter of
 * `ENTER_CLAIM_SQL`, never in the text of a statement (which other sessions of the same role read
 * in `pg_stat_activity`): an injected SQL fragment cannot make or reuse another (see ADR 0015).
 */
export function signClaim(key: Buffer, claim: Claim, now = Date.now()): string {
  const [kind, a, b, c] = fields(claim);
  for (const id of [a, b, c].filter(Boolean)) {
    if (!(kind === 's' ? JOB.test(id) : UUID.test(id)))
      throw new Error(`Not a valid claim value: ${id}`);
  }
  const expires = Math.floor(now / 1000) + CLAIM_TTL_SECONDS;
  const payload = `1;${kind};${a.toLowerCase()};${b.toLowerCase()};${c.toLowerCase()};${expires}`;
  const mac = createHmac('sha256', key).update(payload, 'utf8').digest('hex');
  return `${payload}.${mac}`;
}

/**
 * Enters a signed claim for the rest of the current transaction: the database verifies it,
 * derives the viewer's facts once and returns them (`facts`, a `ClaimFacts`); NULL enters none
 * (no tenant row).
 */
export const ENTER_CLAIM_SQL = `SELECT alianza_rls.enter($1) AS facts`;

/**
 * What a request presents to sign in: a session's token or a reporting API token, by the SHA-256
 * of the token, or the secret of a personal calendar feed, by its keyed hash (`Db.keyedHash`;
 * ADR 0039). The secret itself never reaches the database.
 */
export interface Credential {
  kind: 'session' | 'api-token' | 'calendar-feed';
  tokenHash: string;
}

/**
 * Enters, as its transaction's first statement, the claim of the user who holds a live
 * credential, in the statement that looks the credential up (ADR 0036): the holder's row with the
 * facts `ENTER_CLAIM_SQL` would have answered for that user, or no row and nothing entered. The
 * hash, a bound parameter as a signed claim is, is the proof: the API role cannot read the stored
 * hashes, so SQL injected into a statement cannot enter anyone but the request's own user.
 */
export const ENTER_CREDENTIAL_SQL: Record<Credential['kind'], string> = {
  session: `SELECT * FROM alianza_rls.enter_session($1)`,
  'api-token': `SELECT * FROM alianza_rls.enter_api_token($1)`,
  'calendar-feed': `SELECT * FROM alianza_rls.enter_calendar_feed($1)`,
};

/** Who holds a credential, as `ENTER_CREDENTIAL_SQL` answers (its `facts` apart). */
export interface CredentialHolder {
  /** Sessions only. */
  session_id?: string;
  /** Reporting API tokens only. */
  token_id?: string;
  /** Calendar feeds only. */
  feed_id?: string;
  user_id: string;
  email: string;
  display_name: string;
  is_platform_admin: boolean;
  is_facilitator: boolean;
  /** Sessions only. */
  has_second_factor?: boolean;
  /** Sessions only. */
  email_verified?: boolean;
}

/**
 * The tables the facts derive from: a write to one of them re-derives the facts of the
 * transaction making it (the `<table>_refresh_facts` triggers of TransactionFacts1795417000000;
 * db.service.spec checks that this list and the database's triggers agree).
 */
export const ACCESS_TABLES = [
  'organization_memberships',
  'collaboration_facilitators',
  'participations',
  'collaborations',
  'users',
] as const;

/**
 * What the database derived from a user's claim when its transaction entered it: the facts the
 * row policies read, as the application's access rules read them (AccessContext in libs/authz).
 */
export interface ClaimFacts {
  userId: string | null;
  memberOrganizationIds: string[];
  ownerOrganizationIds: string[];
  facilitatedCollaborationIds: string[];
  facilitatedOrganizationIds: string[];
  myParticipations: {
    id: string;
    collaborationId: string;
    organizationId: string;
    status: 'invited' | 'accepted';
    active: boolean;
  }[];
  activePeerParticipations: { id: string; organizationId: string }[];
}
