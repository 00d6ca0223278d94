export * from './grants-page';
export * from './messages';
