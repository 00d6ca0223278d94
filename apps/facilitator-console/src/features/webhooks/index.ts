export * from './webhooks-page';
