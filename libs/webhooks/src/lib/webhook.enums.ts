import { registerEnumType } from '@nestjs/graphql';

/** What a webhook delivery tells (its `kind`); an endpoint subscribes to some of them. */
export enum WebhookEventKind {
  DISCLOSURE_REQUESTED = 'disclosure.requested',
  DISCLOSURE_APPROVED = 'disclosure.approved',
  GRANT_REVOKED = 'grant.revoked',
  LEDGER_ENTRY_CONFIRMED = 'ledger.entry_confirmed',
  PARTICIPATION_ACCEPTED = 'participation.accepted',
}

/** What each kind tells whom (ADR 0049): the kinds an organization's endpoint may choose. */
export const ORGANIZATION_EVENT_KINDS: readonly WebhookEventKind[] = [
  WebhookEventKind.DISCLOSURE_APPROVED,
  WebhookEventKind.GRANT_REVOKED,
  WebhookEventKind.LEDGER_ENTRY_CONFIRMED,
  WebhookEventKind.PARTICIPATION_ACCEPTED,
];

/** Whose endpoint it is: a collaboration's (its facilitators') or an organization's (its owners'). */
export enum WebhookOwnerKind {
  COLLABORATION = 'collaboration',
  ORGANIZATION = 'organization',
}

export enum WebhookEndpointStatus {
  ACTIVE = 'active',
  /** Too many failed attempts in a row: nothing is sent until an owner resumes it. */
  PAUSED = 'paused',
}

export enum WebhookDeliveryStatus {
  PENDING = 'pending',
  SENDING = 'sending',
  SUCCEEDED = 'succeeded',
  /** Given up after WEBHOOKS_MAX_ATTEMPTS (it may be replayed). */
  FAILED = 'failed',
}

registerEnumType(WebhookEventKind, {
  name: 'WebhookEventKind',
  description:
    'What a webhook delivery tells; the payload’s `kind` is the value (e.g. `disclosure.approved`).',
  valuesMap: {
    DISCLOSURE_REQUESTED: {
      description:
        'A member asked to share an item (`disclosure.requested`): ids of the request, the item, the owner and the named recipients. To the collaboration’s endpoints only.',
    },
    DISCLOSURE_APPROVED: {
      description:
        'A disclosure request was approved (`disclosure.approved`): ids of the request and its grants.',
    },
    GRANT_REVOKED: {
      description:
        'A grant was revoked (`grant.revoked`): ids of the grant and its organizations; a recipient hears only of its own grant.',
    },
    LEDGER_ENTRY_CONFIRMED: {
      description:
        'A ledger entry now counts (`ledger.entry_confirmed`): ids of the entry, its giver and receiver; to the facilitators, the giver and the receiver.',
    },
    PARTICIPATION_ACCEPTED: {
      description:
        'An invited organization accepted the ground rules and takes part (`participation.accepted`): ids of the participation and the organization.',
    },
  },
});
registerEnumType(WebhookOwnerKind, {
  name: 'WebhookOwnerKind',
  description:
    'Whose endpoint it is: a collaboration’s (its facilitators) or an organization’s (its owners).',
  valuesMap: {
    COLLABORATION: {
      description: 'A collaboration’s endpoint, kept by its facilitators: all its events.',
    },
    ORGANIZATION: {
      description:
        'An organization’s endpoint, kept by its owners: the events about what the organization may see.',
    },
  },
});
registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description:
    'ACTIVE: deliveries go out; PAUSED: after repeated failures, nothing goes out until resumed.',
  valuesMap: {
    ACTIVE: { description: 'Deliveries go out as events happen.' },
    PAUSED: {
      description:
        'Nothing goes out (paused by its owner, or after repeated failures) until resumed; deliveries wait.',
    },
  },
});
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: waiting for its (next) attempt; SENDING: under way; SUCCEEDED: answered 2xx; FAILED: given up after the last attempt.',
  valuesMap: {
    PENDING: { description: 'Waiting for its first or next attempt (see `nextAttemptAt`).' },
    SENDING: { description: 'An attempt is under way.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up after its last attempt; it may still be replayed.' },
  },
});
