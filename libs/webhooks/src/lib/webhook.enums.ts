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
});
registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description:
    'ACTIVE: deliveries go out; PAUSED: after repeated failures, nothing goes out until resumed.',
});
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: waiting for its (next) attempt; SENDING: under way; SUCCEEDED: answered 2xx; FAILED: given up after the last attempt.',
});
