export * from './lib/dtos/organization.types';
export * from './lib/entities/organization-membership.entity';
export * from './lib/entities/organization.entity';
export * from './lib/organization.module';
export * from './lib/organization.service';
