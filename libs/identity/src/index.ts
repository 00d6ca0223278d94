export * from './lib/api-token.service';
export * from './lib/entities/api-token.entity';
export * from './lib/dtos/user.type';
export * from './lib/entities/session.entity';
export * from './lib/entities/user.entity';
export * from './lib/identity.module';
export * from './lib/identity.service';
export * from './lib/session.middleware';
