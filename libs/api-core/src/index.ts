export * from './lib/config';
export * from './lib/config.module';
export * from './lib/gql-context';
export * from './lib/graphql-errors';
export * from './lib/pagination';
export * from './lib/uuid.pipe';
export * from './lib/validation';
export * from './lib/loaders';
