export * from './lib/entities/ledger-entry.entity';
export * from './lib/entities/ledger-settings.entity';
export * from './lib/entities/pledge.entity';
export * from './lib/ledger.events';
export * from './lib/ledger.module';
export * from './lib/ledger.service';
export * from './lib/pledge.service';
export { OrganizationBalanceType, PairBalanceType } from './lib/dtos/ledger.types';
