export * from './lib/ledger.entities';
export * from './lib/ledger.module';
export * from './lib/ledger.service';
export * from './lib/pledge.service';
export { OrganizationBalanceType, PairBalanceType } from './lib/ledger.resolver';
