export * from './admin-users-page';
export * from './messages';
