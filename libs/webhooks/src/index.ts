export * from './lib/entities/webhook-delivery.entity';
export * from './lib/entities/webhook-endpoint.entity';
export * from './lib/webhook-signature';
export * from './lib/webhook.enums';
export * from './lib/webhooks.module';
export * from './lib/webhook-delivery-sweep';
