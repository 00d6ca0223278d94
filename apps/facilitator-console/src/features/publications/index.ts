export * from './publications-page';
export * from './messages';
