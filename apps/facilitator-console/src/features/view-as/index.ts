export * from './view-as-page';
export * from './messages';
