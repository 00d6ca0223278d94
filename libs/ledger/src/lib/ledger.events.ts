import type { LedgerEntryEntity } from './entities/ledger-entry.entity';

/**
 * The ledger domain's events (`DomainEvents`, ADR 0021). Consumers run inside the emitting
 * transaction: `grep -r "ConsumesEvent(LedgerEntriesConfirmed)"` lists them.
 */

/**
 * Ledger entries now count in the balances (not committed yet): confirmed by their receiver or
 * the facilitator, upheld after a dispute, or born confirmed from an approved disclosure.
 */
export class LedgerEntriesConfirmed {
  constructor(readonly entries: LedgerEntryEntity[]) {}
}
