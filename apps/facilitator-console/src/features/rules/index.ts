export * from './rules-page';
export * from './messages';
