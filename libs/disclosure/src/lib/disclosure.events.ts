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

/**
 * A member asked to share an item version (saved, before it is approved at once or queued for
 * the facilitator; not committed yet). See `DomainEvents`.
 */
export class DisclosureRequested {
  constructor(readonly request: DisclosureRequestEntity) {}
}

/**
 * Grants were revoked (by the facilitator or the owner, or because the recipient left; not
 * committed yet): their recipients no longer read them. See `DomainEvents`.
 */
export class GrantsRevoked {
  constructor(readonly grants: GrantEntity[]) {}
}
