export * from './activity-page';
export * from './messages';
