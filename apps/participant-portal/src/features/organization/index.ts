export * from './organization-page';
export * from './messages';
