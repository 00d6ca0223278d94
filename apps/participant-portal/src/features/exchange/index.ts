export * from './exchange-page';
export * from './messages';
