import type { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import type { GrantEntity } from './entities/grant.entity';

/**
 * The facilitator approved a disclosure and its grants exist (not committed yet): consumers run
 * in the approving transaction (the ledger records the contribution). See `DomainEvents`.
 */
export class DisclosureApproved {
  constructor(
    readonly request: DisclosureRequestEntity,
    readonly grants: GrantEntity[],
  ) {}
}
