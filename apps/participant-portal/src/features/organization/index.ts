export * from './organization-page';
export * from './messages';
export * from './received-invitations';
