export * from './collaborations-page';
export * from './messages';
