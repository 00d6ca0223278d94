import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  mapPage,
  oneOf,
  Page,
  ProtectedAction,
  RenamedIdArg,
  requestLoader,
} from '@alianza/api-core';
import { Actor, Authenticated, CurrentActor } from '@alianza/authz';
import {
  CreateWebhookEndpointInput,
  ReplayWebhookDeliveryInput,
  WebhookDeliveriesArgs,
  WebhookEndpointsArgs,
} from './dtos/webhook.inputs';
import {
  CreatedWebhookEndpointType,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookEndpointConnection,
  WebhookEndpointType,
} from './dtos/webhook.types';
import { WebhookEndpointService } from './webhook-endpoint.service';
import { WebhookSender } from './webhook-sender';

/**
 * Webhooks (ADR 0049). Every operation is `@Authenticated()`: who owns which endpoint (a
 * collaboration's facilitators, an organization's owners) is checked in the service and in SQL;
 * another party's endpoint or delivery is NOT_FOUND.
 */
@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  constructor(
    private readonly endpoints: WebhookEndpointService,
    private readonly sender: WebhookSender,
  ) {}

  @Authenticated() // the endpoints one owns only (SQL)
  @Query(() => WebhookEndpointConnection, {
    description:
      'The webhook endpoints you own: of collaborations you facilitate, of organizations you own (of one of them, if named).',
  })
  async webhookEndpoints(
    @CurrentActor() actor: Actor,
    @Args() args: WebhookEndpointsArgs,
  ): Promise<Page<WebhookEndpointType>> {
    return mapPage(await this.endpoints.list(actor, args, args), WebhookEndpointType.from);
  }

  @ResolveField(() => WebhookDeliveryType, {
    nullable: true,
    description: 'The latest delivery to the endpoint, with how it went (none yet: null).',
  })
  async lastDelivery(
    @Parent() endpoint: WebhookEndpointType,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDeliveryType | null> {
    const delivery = await requestLoader(actor, 'webhooks.lastDelivery', (ids) =>
      this.endpoints.lastDeliveries(actor, ids),
    ).load(endpoint.id);
    return delivery ? WebhookDeliveryType.from(delivery) : null;
  }

  @Authenticated() // deliveries of an endpoint one owns only (SQL)
  @Query(() => WebhookDeliveryConnection, {
    description: 'An endpoint’s deliveries, newest first, with their last status and next attempt.',
  })
  async webhookDeliveries(
    @CurrentActor() actor: Actor,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<Page<WebhookDeliveryType>> {
    return mapPage(
      await this.endpoints.deliveries(actor, args.endpointId.toLowerCase(), args),
      WebhookDeliveryType.from,
    );
  }

  @Authenticated() // a facilitator of the collaboration, an owner of the organization (checked)
  @ProtectedAction() // creates a credential (the signing secret)
  @Mutation(() => CreatedWebhookEndpointType, {
    description: 'Register a webhook endpoint. Its signing secret is returned this once.',
  })
  async createWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Where to send which events, and whose endpoint it is.' })
    input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpointType> {
    const { endpoint, secret } = await this.endpoints.create(actor, input);
    return { endpoint: WebhookEndpointType.from(endpoint), secret };
  }

  @Authenticated() // one's own endpoints only (SQL)
  @Mutation(() => WebhookEndpointType, {
    description: 'Stop sending to an endpoint (deliveries wait).',
  })
  async pauseWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('endpointId') endpointId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'endpointId' })
    id: string | undefined,
  ): Promise<WebhookEndpointType> {
    return WebhookEndpointType.from(
      await this.endpoints.pause(actor, oneOf({ endpointId, id }, 'endpointId')),
    );
  }

  @Authenticated() // one's own endpoints only (SQL)
  @Mutation(() => WebhookEndpointType, {
    description:
      'Send to a paused endpoint again: its waiting deliveries go out, its failures are forgotten.',
  })
  async resumeWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('endpointId') endpointId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'endpointId' })
    id: string | undefined,
  ): Promise<WebhookEndpointType> {
    const endpoint = WebhookEndpointType.from(
      await this.endpoints.resume(actor, oneOf({ endpointId, id }, 'endpointId')),
    );
    this.sender.nudgeAfterCommit();
    return endpoint;
  }

  @Authenticated() // one's own endpoints only (SQL)
  @Mutation(() => Boolean, { description: 'Delete an endpoint and its deliveries.' })
  deleteWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('endpointId') endpointId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'endpointId' })
    id: string | undefined,
  ): Promise<boolean> {
    return this.endpoints.remove(actor, oneOf({ endpointId, id }, 'endpointId'));
  }

  @Authenticated() // deliveries of one's own endpoints only (SQL)
  @Mutation(() => WebhookDeliveryType, {
    description:
      'Send a delivery again, with the same event id and body (after the endpoint’s earlier deliveries about the same subject).',
  })
  async replayWebhookDelivery(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The delivery to send again.' })
    input: ReplayWebhookDeliveryInput,
  ): Promise<WebhookDeliveryType> {
    const delivery = WebhookDeliveryType.from(
      await this.endpoints.replay(actor, input.deliveryId.toLowerCase()),
    );
    this.sender.nudgeAfterCommit();
    return delivery;
  }
}
