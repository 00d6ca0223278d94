export * from './questions-page';
export * from './messages';
