export * from './queue-page';
export * from './messages';
