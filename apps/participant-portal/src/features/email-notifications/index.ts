export * from './email-notifications-page';
