import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@alianza/api-core';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import {
  WebhookDeliveryStatus,
  WebhookEndpointStatus,
  WebhookEventKind,
  WebhookOwnerKind,
} from '../webhook.enums';

@ObjectType('WebhookEndpoint', {
  description:
    'An address that receives signed deliveries of chosen event kinds (header `Alianza-Signature`). Its secret is never shown again after creation.',
})
export class WebhookEndpointType {
  @Field(() => ID, {
    description: 'The endpoint’s id (to list its deliveries, pause, resume or delete it).',
  })
  id!: string;
  @Field(() => WebhookOwnerKind, { description: 'Whose endpoint it is.' })
  ownerKind!: WebhookOwnerKind;
  @Field(() => ID, {
    nullable: true,
    description: 'The collaboration it belongs to (owner kind COLLABORATION).',
  })
  collaborationId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The organization it belongs to (owner kind ORGANIZATION).',
  })
  organizationId!: string | null;
  @Field({ description: 'Where deliveries are POSTed.' })
  url!: string;
  @Field({ description: 'The owners’ note.' })
  description!: string;
  @Field(() => [WebhookEventKind], { description: 'The kinds of event delivered.' })
  eventKinds!: WebhookEventKind[];
  @Field(() => WebhookEndpointStatus, { description: 'Whether deliveries go out.' })
  status!: WebhookEndpointStatus;
  @Field(() => Int, { description: 'Failed attempts since the last success.' })
  consecutiveFailures!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was paused.' })
  pausedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  static from(e: WebhookEndpointEntity): WebhookEndpointType {
    return Object.assign(new WebhookEndpointType(), {
      id: e.id,
      ownerKind: e.ownerKind,
      collaborationId: e.facilitatedCollaborationId,
      organizationId: e.organizationId,
      url: e.url,
      description: e.description,
      eventKinds: e.eventKinds,
      status: e.status,
      consecutiveFailures: e.consecutiveFailures,
      pausedAt: e.pausedAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('CreatedWebhookEndpoint', { description: 'A new endpoint and its signing secret.' })
export class CreatedWebhookEndpointType {
  @Field(() => WebhookEndpointType, { description: 'The endpoint.' })
  endpoint!: WebhookEndpointType;
  @Field({
    description:
      'The signing secret, shown this once: verify `Alianza-Signature` with it (HMAC-SHA256 of "<t>.<raw body>").',
  })
  secret!: string;
}

@ObjectType('WebhookDelivery', {
  description: 'One event sent (or to be sent) to one endpoint, with how its last attempt went.',
})
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Also sent as `Alianza-Delivery-Id`.' }) id!: string;
  @Field(() => ID, { description: 'The endpoint it goes to.' }) endpointId!: string;
  @Field(() => ID, { description: 'Sent as `Alianza-Event-Id`; a replay keeps it.' })
  eventId!: string;
  @Field({ description: 'The event kind (e.g. `disclosure.approved`).' }) eventKind!: string;
  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next attempt is due (waiting ones).',
  })
  nextAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the last attempt was made.',
  })
  lastAttemptAt!: Date | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the last answer, if one came.',
  })
  lastStatusCode!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed (a short excerpt).',
  })
  lastError!: string | null;
  @Field(() => ID, { nullable: true, description: 'The delivery this one replays.' })
  replayOf!: string | null;
  @Field({ description: 'The JSON body sent (ids, kinds and links only).' }) payload!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the endpoint accepted it.',
  })
  deliveredAt!: Date | null;

  static from(d: WebhookDeliveryEntity): WebhookDeliveryType {
    const waiting = d.status === WebhookDeliveryStatus.PENDING;
    return Object.assign(new WebhookDeliveryType(), {
      id: d.id,
      endpointId: d.endpointId,
      eventId: d.eventId,
      eventKind: d.eventKind,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: waiting ? d.nextAttemptAt : null,
      lastAttemptAt: d.lastAttemptAt,
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      replayOf: d.replayOf,
      payload: d.payload,
      createdAt: d.createdAt,
      deliveredAt: d.deliveredAt,
    });
  }
}

export const WebhookEndpointConnection = Connection(WebhookEndpointType, 'WebhookEndpoint');
export const WebhookDeliveryConnection = Connection(WebhookDeliveryType, 'WebhookDelivery');
