export * from './admin-mail-page';
export * from './messages';
