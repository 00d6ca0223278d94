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
 * The records of reading grants' content (`grant.read`), by collaboration: one per reading
 * participation and owner, so that every owner reads that its information was read, even on a
 * page that showed several owners' (the reader is the organization, the owner the counterpart).
 * Each names only that owner's grants; `payload` adds how they were read. A collaboration's
 * records are appended together (one write, whatever the number of owners).
 */
export function grantReadEntries(
  grants: readonly ReadGrant[],
  actorUserId: string | null,
  payload: Record<string, unknown> = {},
): { collaborationId: string; entries: AuditEntry[] }[] {
  const byReaderAndOwner = new Map<string, ReadGrant[]>();
  for (const grant of grants) {
    const key = `${grant.recipientParticipationId} ${grant.ownerOrganizationId}`;
    const read = byReaderAndOwner.get(key);
    if (read) read.push(grant);
    else byReaderAndOwner.set(key, [grant]);
  }
  const byCollaboration = new Map<string, AuditEntry[]>();
  for (const read of byReaderAndOwner.values()) {
    const [first] = read as [ReadGrant];
    const entry: AuditEntry = {
      action: 'grant.read',
      actorUserId,
      subjectType: 'Participation',
      subjectId: first.recipientParticipationId,
      organizationId: first.recipientOrganizationId,
      counterpartOrganizationId: first.ownerOrganizationId,
      payload: {
        grants: read.map((grant) => ({
          id: grant.id,
          reference: grant.reference,
          ownerOrganizationId: grant.ownerOrganizationId,
        })),
        ...payload,
      },
    };
    const entries = byCollaboration.get(first.collaborationId);
    if (entries) entries.push(entry);
    else byCollaboration.set(first.collaborationId, [entry]);
  }
  return [...byCollaboration].map(([collaborationId, entries]) => ({ collaborationId, entries }));
}
