export * from './ledger-page';
export * from './messages';
