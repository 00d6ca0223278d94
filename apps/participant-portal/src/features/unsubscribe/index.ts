export * from './unsubscribe-page';
