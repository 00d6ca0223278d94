import type { ClaimFacts } from '@alianza/db';
import { MembershipRole, ParticipationStatus, present } from '@alianza/shared';

export interface MyParticipation {
  id: string;
  collaborationId: string;
  organizationId: string;
  status: ParticipationStatus.INVITED | ParticipationStatus.ACCEPTED;
  /** Accepted, and the accepted ground rules are the collaboration's current version. */
  active: boolean;
}

/**
 * The facts about the viewer that access rules depend on, read from the database in one
 * query per request. Rules turn these into conditions that are compiled into each SQL query.
 */
export interface AccessContext {
  memberOrganizationIds: string[];
  ownerOrganizationIds: string[];
  facilitatedCollaborationIds: string[];
  /** Organizations invited to (any status) the collaborations the viewer facilitates. */
  facilitatedOrganizationIds: string[];
  /** Participations of the viewer's organizations that are invited or accepted. */
  myParticipations: MyParticipation[];
  /** Active participations (any organization) in collaborations where the viewer's organization is active. */
  activePeerParticipations: { id: string; organizationId: string }[];
}

export const EMPTY_ACCESS_CONTEXT: AccessContext = {
  memberOrganizationIds: [],
  ownerOrganizationIds: [],
  facilitatedCollaborationIds: [],
  facilitatedOrganizationIds: [],
  myParticipations: [],
  activePeerParticipations: [],
};

/**
 * `viewer` is a CTE yielding the viewer's user id (and, for a session, who they are); `myOrgs`
 * the organizations whose access to take.
 */
const accessContextSql = (viewer: string, myOrgs: string) => `
WITH viewer AS (${viewer}),
my_orgs AS (${myOrgs}),
mine AS (
  SELECT p.id, p.collaboration_id, p.organization_id, p.status,
         (p.status = 'accepted' AND p.accepted_ground_rules_version = c.current_ground_rules_version) AS active
    FROM participations p
    JOIN collaborations c ON c.id = p.collaboration_id
   WHERE p.organization_id IN (SELECT organization_id FROM my_orgs)
     AND p.status IN ('invited', 'accepted')
)
SELECT
  (SELECT coalesce(json_agg(json_build_object('id', organization_id, 'role', role)), '[]'::json) FROM my_orgs) AS memberships,
  (SELECT coalesce(json_agg(collaboration_id), '[]'::json) FROM collaboration_facilitators WHERE user_id = (SELECT user_id FROM viewer)) AS facilitated,
  (SELECT coalesce(json_agg(DISTINCT p.organization_id), '[]'::json)
     FROM participations p
     JOIN collaboration_facilitators f ON f.collaboration_id = p.collaboration_id
                                    AND f.user_id = (SELECT user_id FROM viewer)) AS facilitated_orgs,
  (SELECT coalesce(json_agg(json_build_object(
      'id', id, 'collaborationId', collaboration_id, 'organizationId', organization_id,
      'status', status, 'active', active)), '[]'::json) FROM mine) AS participations,
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'organizationId', p.organization_id)), '[]'::json)
     FROM participations p
     JOIN collaborations c ON c.id = p.collaboration_id
    WHERE p.collaboration_id IN (SELECT collaboration_id FROM mine WHERE active)
      AND p.status = 'accepted'
      AND p.accepted_ground_rules_version = c.current_ground_rules_version) AS peers,
  (SELECT row_to_json(viewer) FROM viewer) AS viewer
`;

interface AccessContextRow {
  memberships: { id: string; role: MembershipRole }[];
  facilitated: string[];
  facilitated_orgs: string[];
  participations: MyParticipation[];
  peers: { id: string; organizationId: string }[];
  viewer: {
    user_id: string;
    token_id?: string;
    session_id?: string;
    email?: string;
    display_name?: string;
    is_platform_admin?: boolean;
    is_facilitator?: boolean;
  } | null;
}

/** Runs one SQL statement with `$n` parameters (e.g. `Db.prepared`, or an EntityManager's query). */
export type SqlRunner = (sql: string, values: unknown[]) => Promise<unknown[]>;

export async function loadAccessContext(run: SqlRunner, userId: string): Promise<AccessContext> {
  const rows = <AccessContextRow[]>(
    await run(
      accessContextSql(
        'SELECT $1::uuid AS user_id',
        'SELECT organization_id, role FROM organization_memberships WHERE user_id = $1',
      ),
      [userId],
    )
  );
  return toAccessContext(rows);
}

/**
 * The access of a plain member of `organizationId` (not an owner, facilitating nothing): what
 * the facilitator's "view as" shows. `$1` is a user id that facilitates nothing.
 */
export async function loadOrganizationAccessContext(
  run: SqlRunner,
  organizationId: string,
): Promise<AccessContext> {
  const rows = <AccessContextRow[]>(
    await run(
      accessContextSql(
        'SELECT $1::uuid AS user_id',
        `SELECT $2::uuid AS organization_id, 'member'::membership_role AS role`,
      ),
      ['00000000-0000-0000-0000-000000000000', organizationId],
    )
  );
  return toAccessContext(rows);
}

function toAccessContext(rows: AccessContextRow[]): AccessContext {
  const row = present(rows[0], 'access context row');
  return {
    memberOrganizationIds: row.memberships.map((m) => m.id),
    ownerOrganizationIds: row.memberships
      .filter((m) => m.role === MembershipRole.OWNER)
      .map((m) => m.id),
    facilitatedCollaborationIds: row.facilitated,
    facilitatedOrganizationIds: row.facilitated_orgs,
    myParticipations: row.participations,
    activePeerParticipations: row.peers,
  };
}

/** The access the database derived from a user's claim (`Db.claimFacts`): the same facts. */
export function accessContextOf(facts: ClaimFacts): AccessContext {
  return {
    memberOrganizationIds: facts.memberOrganizationIds,
    ownerOrganizationIds: facts.ownerOrganizationIds,
    facilitatedCollaborationIds: facts.facilitatedCollaborationIds,
    facilitatedOrganizationIds: facts.facilitatedOrganizationIds,
    myParticipations: facts.myParticipations.map((p) => ({
      ...p,
      status: p.status === 'accepted' ? ParticipationStatus.ACCEPTED : ParticipationStatus.INVITED,
    })),
    activePeerParticipations: facts.activePeerParticipations,
  };
}
