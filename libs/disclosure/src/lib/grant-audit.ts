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
