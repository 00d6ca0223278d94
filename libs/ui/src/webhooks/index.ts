export { webhooksMessages } from './messages';
export {
  eventKindKey,
  WebhookDeliveriesTable,
  WebhooksPanel,
  type NewWebhookEndpoint,
  type WebhookDeliveryView,
  type WebhookEndpointView,
} from './webhooks-panel';
export {
  COLLABORATION_EVENT_KINDS,
  ORGANIZATION_EVENT_KINDS,
  WebhooksScreen,
  type WebhookOwner,
} from './webhooks-screen';
