import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { NotificationModule } from '@alianza/notification';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import { WebhookEndpointService } from './webhook-endpoint.service';
import { WebhookDeliverySweep } from './webhook-delivery-sweep';
import { WebhookEventsService } from './webhook-events.service';
import { WebhookResolver } from './webhook.resolver';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';

/** Webhooks (ADR 0049): signed deliveries of domain events to registered HTTPS endpoints. */
@Module({
  imports: [
    AuditModule,
    NotificationModule,
    TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity]),
  ],
  providers: [
    WebhookSecrets,
    WebhookEndpointService,
    WebhookEventsService,
    WebhookSender,
    WebhookDeliverySweep,
    WebhookResolver,
  ],
})
export class WebhooksModule {}
