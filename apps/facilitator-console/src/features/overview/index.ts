export * from './overview-page';
export * from './messages';
