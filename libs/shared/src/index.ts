export * from './account-events';
export * from './audit-actions';
export * from './authz-names';
export * from './enums';
export * from './errors';
export * from './viewer';
export * from './seeded-random';
export * from './app-paths';
