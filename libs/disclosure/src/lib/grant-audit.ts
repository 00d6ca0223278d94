import type { AuditEntry } from '@alianza/audit';
import type { GrantEntity } from './entities/grant.entity';

/**
 * The audit entry of a moment in a grant's life (created, revoked, kept, expired): about the
 * grant, between its owner and its recipient; `payload` is the moment's own.
 */
export function grantAuditEntry(
  action: AuditEntry['action'],
  grant: GrantEntity,
  actorUserId: string | null,
  payload: Record<string, unknown>,
): AuditEntry {
  return {
    action,
    actorUserId,
    subjectType: 'Grant',
    subjectId: grant.id,
    organizationId: grant.ownerOrganizationId,
    counterpartOrganizationId: grant.recipientOrganizationId,
    payload,
  };
}

/** What a record of reading grants names of each. */
export type ReadGrant = Pick<
  GrantEntity,
  | 'id'
  | 'reference'
  | 'collaborationId'
  | 'ownerOrganizationId'
  | 'recipientOrganizationId'
  | 'recipientParticipationId'
>;

/**
 * The records of reading grants' content (`grant.read`): one per reading participation (so per
 * collaboration and reading organization), naming the grants read, with the owner as
 * counterpart when they are one owner's only. `payload` adds how they were read.
 */
export function grantReadEntries(
  grants: readonly ReadGrant[],
  actorUserId: string | null,
  payload: Record<string, unknown> = {},
): { collaborationId: string; entry: AuditEntry }[] {
  const byReader = new Map<string, ReadGrant[]>();
  for (const grant of grants) {
    const reader = byReader.get(grant.recipientParticipationId);
    if (reader) reader.push(grant);
    else byReader.set(grant.recipientParticipationId, [grant]);
  }
  return [...byReader.values()].map((read) => {
    const [first] = read as [ReadGrant];
    const owners = new Set(read.map((grant) => grant.ownerOrganizationId));
    return {
      collaborationId: first.collaborationId,
      entry: {
        action: 'grant.read',
        actorUserId,
        subjectType: 'Participation',
        subjectId: first.recipientParticipationId,
        organizationId: first.recipientOrganizationId,
        counterpartOrganizationId: owners.size === 1 ? first.ownerOrganizationId : null,
        payload: {
          grants: read.map((grant) => ({
            id: grant.id,
            reference: grant.reference,
            ownerOrganizationId: grant.ownerOrganizationId,
          })),
          ...payload,
        },
      },
    };
  });
}
