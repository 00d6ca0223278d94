import { registerEnumType } from '@nestjs/graphql';

/** What a webhook delivery tells (its `kind`); an endpoint subscribes to some of them. */
export enum WebhookEventKind {
  DISCLOSURE_APPROVED = 'disclosure.approved',
}

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
    DISCLOSURE_APPROVED: {
      description:
        'A disclosure request was approved (`disclosure.approved`): ids of the request and its grants.',
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
