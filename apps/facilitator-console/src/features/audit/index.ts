export * from './audit-page';
export * from './messages';
