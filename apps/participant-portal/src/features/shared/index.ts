export * from './shared-page';
export * from './messages';
